import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per message (e.g. the notification's id), so a retried send is recognisable as the same email. */
  messageId?: string;
  /** The language of the text, for screen readers in mail clients. */
  language?: string;
}

export interface Mailer {
  /** True when emails really leave the server (SMTP, or a transport given by tests). */
  readonly configured: boolean;
  /** Sends, or writes to the log without SMTP. A failed SMTP send throws, so the job that sends it retries. */
  send(mail: OutgoingMail): Promise<void>;
}

export interface MailerOptions {
  smtpUrl: string | null;
  from: string;
  env: 'development' | 'production' | 'test';
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  /** Any nodemailer transport; tests pass memoryMailTransport(). */
  transport?: Transporter;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1) : 'unknown';
}

export function createMailer(options: MailerOptions): Mailer {
  const transport = options.transport ?? (options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null);
  if (!transport) {
    return {
      configured: false,
      async send(mail) {
        // Without SMTP the email is only logged; outside development only what cannot identify anyone.
        try {
          if (options.env === 'development') options.log.info({ mail: { to: mail.to, subject: mail.subject, content: mail.text } }, 'email not sent (no SMTP_URL); full text follows');
          else options.log.info({ mail: { toDomain: domainOf(mail.to), subject: mail.subject } }, 'email not sent (no SMTP_URL)');
        } catch {
          // Logging must never break the caller.
        }
      },
    };
  }
  return {
    configured: true,
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
        ...(mail.language ? { headers: { 'Content-Language': mail.language } } : {}),
      });
    },
  };
}

export interface CapturedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

/** A nodemailer transport that keeps what it is given, for tests and local inspection. */
export function memoryMailTransport(): { transport: Transporter; sent: CapturedMail[] } {
  const sent: CapturedMail[] = [];
  const transport = nodemailer.createTransport({
    name: 'memory',
    version: '1.0.0',
    send(mail, callback) {
      const data = mail.data as { to?: unknown; from?: unknown; subject?: unknown; text?: unknown; headers?: Record<string, string> };
      const messageId = mail.message.messageId();
      sent.push({
        to: String(data.to ?? ''), from: String(data.from ?? ''), subject: String(data.subject ?? ''), text: String(data.text ?? ''),
        messageId, headers: { ...(data.headers ?? {}) },
      });
      const envelope = mail.message.getEnvelope();
      callback(null, { envelope, messageId, accepted: envelope.to, rejected: [], pending: [], response: '250 kept in memory' });
    },
  });
  return { transport, sent };
}
