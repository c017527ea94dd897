import { describe, expect, it } from 'vitest';
import { createMailer, memoryMailTransport } from './mail.js';

function recordingLog() {
  const lines: Array<{ obj: unknown; msg: string }> = [];
  const log = { info: (obj: unknown, msg: string) => lines.push({ obj, msg }), warn: (obj: unknown, msg: string) => lines.push({ obj, msg }) };
  return { log: log as never, lines };
}

const MAIL = { to: 'rowan@example.test', subject: 'You have a check-in reminder on Kindred', text: 'Open Kindred: http://kindred.test/notifications', messageId: '<n-1@kindred.test>', language: 'en' };

describe('mail', () => {
  it('sends through the given transport with the configured sender and a stable message id', async () => {
    const { transport, sent } = memoryMailTransport();
    const { log } = recordingLog();
    const mailer = createMailer({ smtpUrl: null, from: 'Kindred <care@kindred.test>', env: 'production', log, transport });
    expect(mailer.configured).toBe(true);
    await mailer.send(MAIL);
    expect(sent).toEqual([{
      to: 'rowan@example.test', from: 'Kindred <care@kindred.test>', subject: MAIL.subject, text: MAIL.text, messageId: '<n-1@kindred.test>',
      headers: { 'Content-Language': 'en' },
    }]);
  });

  it('builds an SMTP transport from SMTP_URL without connecting until it sends', () => {
    const { log } = recordingLog();
    expect(createMailer({ smtpUrl: 'smtp://mail.invalid:2525', from: 'x@kindred.test', env: 'production', log }).configured).toBe(true);
  });

  it('without SMTP logs only the subject and the recipient’s domain outside development', async () => {
    const { log, lines } = recordingLog();
    const mailer = createMailer({ smtpUrl: null, from: 'x@kindred.test', env: 'production', log });
    expect(mailer.configured).toBe(false);
    await mailer.send(MAIL);
    expect(lines).toEqual([{ obj: { mail: { toDomain: 'example.test', subject: MAIL.subject } }, msg: 'email not sent (no SMTP_URL)' }]);
    expect(JSON.stringify(lines)).not.toContain('rowan@');
  });

  it('without SMTP logs the full email in development, and never throws', async () => {
    const { log, lines } = recordingLog();
    await createMailer({ smtpUrl: null, from: 'x@kindred.test', env: 'development', log }).send(MAIL);
    expect(JSON.stringify(lines[0])).toContain('rowan@example.test');
    expect(JSON.stringify(lines[0])).toContain(MAIL.text);
    const throwing = { info: () => { throw new Error('log down'); }, warn: () => undefined } as never;
    await expect(createMailer({ smtpUrl: null, from: 'x@kindred.test', env: 'test', log: throwing }).send(MAIL)).resolves.toBeUndefined();
  });
});
