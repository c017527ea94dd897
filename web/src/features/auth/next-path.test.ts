import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path.js';

describe('sign-in return path', () => {
  it('round-trips a path with its query', () => {
    const next = new URL(signInPath('/admin/audit?action=x'), 'https://kindred.test').searchParams.get('next');
    expect(safeNextPath(next)).toBe('/admin/audit?action=x');
  });

  it('never leaves the site', () => {
    for (const next of [null, '', 'https://evil.test', '//evil.test', '/\\evil.test', 'javascript:alert(1)']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
