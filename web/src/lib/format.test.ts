import { describe, expect, it } from 'vitest';
import { dayBoundary, formatDateTime, formatDay, formatList, inSentence, summarizeUserAgent } from './format.js';

describe('summarizeUserAgent', () => {
  it('names common browsers and systems', () => {
    expect(
      summarizeUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({ browser: 'Safari', os: 'iOS' });
    expect(
      summarizeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
      ),
    ).toEqual({ browser: 'Edge', os: 'Windows' });
    expect(
      summarizeUserAgent('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36'),
    ).toEqual({ browser: 'Chrome', os: 'Android' });
  });

  it('gives up on unknown or missing agents', () => {
    expect(summarizeUserAgent('curl/8.0')).toBeNull();
    expect(summarizeUserAgent(null)).toBeNull();
  });
});

describe('dayBoundary', () => {
  it('covers the whole local day', () => {
    const start = new Date(dayBoundary('2026-03-01', 'start'));
    const end = new Date(dayBoundary('2026-03-01', 'end'));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 2, 1, 0]);
    expect(end.getTime() - start.getTime()).toBe(24 * 60 * 60 * 1000 - 1);
  });

  it('is empty without a date', () => {
    expect(dayBoundary('', 'start')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('follows the language and leaves unreadable input alone', () => {
    expect(formatDateTime('2026-03-01T12:00:00Z', 'es')).toMatch(/2026/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('formatDay', () => {
  it('writes a calendar day out in the reader’s language, whatever the local time zone', () => {
    expect(formatDay('2026-11-22', 'en')).toBe('November 22, 2026');
    expect(formatDay('2026-11-22', 'es')).toBe('22 de noviembre de 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});

describe('formatList', () => {
  it('joins items the way the reader’s language does', () => {
    expect(formatList(['anxiety', 'OCD', 'grief'], 'en')).toBe('anxiety, OCD, and grief');
    expect(formatList(['ansiedad', 'TOC'], 'es')).toBe('ansiedad y TOC');
    expect(formatList(['Spanish'], 'en')).toBe('Spanish');
  });
});

describe('inSentence', () => {
  it('lowercases a label’s first letter unless the label starts with a capitalised name', () => {
    expect(inSentence('Grief and loss')).toBe('grief and loss');
    expect(inSentence('OCD')).toBe('OCD');
    expect(inSentence('TEPT y trauma')).toBe('TEPT y trauma');
    expect(inSentence('Self-harm')).toBe('self-harm');
  });
});
