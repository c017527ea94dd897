import { describe, expect, it } from 'vitest';
import { localInputToIso } from './local-datetime.js';

describe('localInputToIso', () => {
  it('keeps the wall-clock time and names the moment exactly', () => {
    const iso = localInputToIso('2026-11-22T21:30');
    expect(iso).toMatch(/^2026-11-22T21:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso).getTime()).toBe(new Date(2026, 10, 22, 21, 30).getTime());
  });

  it('gives nothing for an empty or unfinished value, so the form names the field', () => {
    expect(localInputToIso('')).toBe('');
    expect(localInputToIso('2026-11-22')).toBe('');
  });
});
