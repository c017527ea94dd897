import { describe, expect, it } from 'vitest';
import en from './en.js';
import es from './es.js';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') return found.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  }
  return found;
}

/** {{placeholders}} and <tags> a translation must keep. */
function tokens(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\w+)>/g)].map((match) => match[0].replace(/\s/g, '')).sort();
}

describe('Spanish messages', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('cover exactly the English keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keep every placeholder and tag of the English text', () => {
    for (const [key, text] of english) {
      expect({ key, tokens: tokens(spanish.get(key) ?? '') }).toEqual({ key, tokens: tokens(text) });
    }
  });
});
