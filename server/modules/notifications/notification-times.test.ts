import { describe, expect, it } from 'vitest';
import { afterQuietHours, nextDigestAt, zoneOrUtc } from './notification-times.js';
import { decodeCursor, encodeCursor, resolveChannels } from './notifications.presenter.js';

const at = (iso: string) => new Date(iso);

describe('quiet hours', () => {
  const overnight = { from: '22:00', until: '07:00' };

  it('sends at once outside quiet hours, or when there are none', () => {
    expect(afterQuietHours(at('2026-11-22T12:00:00Z'), overnight, 'UTC')).toEqual(at('2026-11-22T12:00:00Z'));
    expect(afterQuietHours(at('2026-11-22T23:00:00Z'), { from: null, until: null }, 'UTC')).toEqual(at('2026-11-22T23:00:00Z'));
    expect(afterQuietHours(at('2026-11-22T23:00:00Z'), { from: '08:00', until: '08:00' }, 'UTC')).toEqual(at('2026-11-22T23:00:00Z'));
  });

  it('waits until the end of quiet hours that run past midnight, on the person’s wall clock', () => {
    expect(afterQuietHours(at('2026-11-22T23:30:00Z'), overnight, 'UTC')).toEqual(at('2026-11-23T07:00:00Z'));
    expect(afterQuietHours(at('2026-11-23T03:00:00Z'), overnight, 'UTC')).toEqual(at('2026-11-23T07:00:00Z'));
    expect(afterQuietHours(at('2026-11-22T22:00:00Z'), overnight, 'UTC')).toEqual(at('2026-11-23T07:00:00Z'));
    expect(afterQuietHours(at('2026-11-23T07:00:00Z'), overnight, 'UTC')).toEqual(at('2026-11-23T07:00:00Z'));
    // 23:30 in Madrid is 22:30 UTC; quiet ends at 07:00 Madrid, 06:00 UTC.
    expect(afterQuietHours(at('2026-11-22T22:30:00Z'), overnight, 'Europe/Madrid')).toEqual(at('2026-11-23T06:00:00Z'));
  });

  it('handles daytime quiet hours and the night clocks change', () => {
    expect(afterQuietHours(at('2026-11-22T13:00:00Z'), { from: '12:30', until: '14:15' }, 'UTC')).toEqual(at('2026-11-22T14:15:00Z'));
    // New York springs forward on 8 March 2026: 07:00 that morning is EDT (UTC-4).
    expect(afterQuietHours(at('2026-03-08T05:00:00Z'), overnight, 'America/New_York')).toEqual(at('2026-03-08T11:00:00Z'));
  });

  it('reads an unknown or missing zone as UTC', () => {
    expect(zoneOrUtc('Mars/Olympus')).toBe('UTC');
    expect(zoneOrUtc(null)).toBe('UTC');
    expect(zoneOrUtc('Europe/Madrid')).toBe('Europe/Madrid');
  });
});

describe('weekly digest time', () => {
  it('is the next Monday at 09:00 in the person’s zone', () => {
    expect(nextDigestAt(at('2026-11-22T12:00:00Z'), 'UTC')).toEqual(at('2026-11-23T09:00:00Z'));
    expect(nextDigestAt(at('2026-11-23T08:59:00Z'), 'UTC')).toEqual(at('2026-11-23T09:00:00Z'));
    expect(nextDigestAt(at('2026-11-23T09:00:00Z'), 'UTC')).toEqual(at('2026-11-30T09:00:00Z'));
    expect(nextDigestAt(at('2026-11-22T12:00:00Z'), 'Asia/Tokyo')).toEqual(at('2026-11-23T00:00:00Z'));
    expect(nextDigestAt(at('2026-11-22T12:00:00Z'), 'America/Los_Angeles')).toEqual(at('2026-11-23T17:00:00Z'));
  });
});

describe('presenting notifications', () => {
  it('round-trips page cursors and rejects made-up ones', () => {
    const cursor = encodeCursor({ created_at: '2026-11-22T12:00:00.000Z', id: 'abc' });
    expect(decodeCursor(cursor)).toEqual({ createdAt: '2026-11-22T12:00:00.000Z', id: 'abc' });
    expect(decodeCursor('nonsense')).toBeNull();
    expect(decodeCursor(Buffer.from('yesterday|abc').toString('base64url'))).toBeNull();
  });

  it('fills kinds missing from stored settings with defaults and keeps safety kinds in-app', () => {
    const channels = resolveChannels(JSON.stringify({ 'goal.shared': { inApp: false, email: true }, 'check_in.missed': { inApp: false, email: true } }));
    expect(channels['goal.shared']).toEqual({ inApp: false, email: true });
    expect(channels['check_in.missed']).toEqual({ inApp: true, email: true });
    expect(channels['check_in.reminder']).toEqual({ inApp: true, email: false });
  });
});
