import { describe, expect, it } from 'vitest';
import { compileLanguage } from './compile.js';
import { loadLanguageRules } from './load-rules.js';

describe('compiled patterns', () => {
  const data = loadLanguageRules('en');
  const patternOf = (...patterns: string[]) => compileLanguage({ ...data, rules: [{ ...data.rules[0]!, id: 'en.test', patterns }] }).rules[0]!.pattern;
  const matches = (pattern: RegExp, text: string) => {
    pattern.lastIndex = 0;
    return pattern.exec(text)?.[0] ?? null;
  };

  it('never start or stop inside a word', () => {
    expect(matches(patternOf('cut'), 'the cutlery drawer')).toBeNull();
    expect(matches(patternOf('cut'), 'a haircut today')).toBeNull();
    expect(matches(patternOf('cut'), 'i cut again')).toBe('cut');
  });

  it('match before the next word when they end in a space, as when an optional word is left out', () => {
    expect(matches(patternOf('still cutting {W}'), 'im still cutting tonight')).toBe('still cutting ');
    expect(matches(patternOf('still cutting {W}'), 'im still cutting myself again')).toBe('still cutting myself ');
    expect(matches(patternOf('burning (?:my )?'), 'me burning my arm')).toBe('burning my ');
  });
});
