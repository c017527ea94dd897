import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

describe('normalise', () => {
  it('lowers case, strips accents and apostrophes, squeezes stretched letters', () => {
    expect(normalise("I'm SOOOO done, Mañana me MUERO")).toBe('im soo done, manana me muero');
    expect(normalise('don’t  ¿por qué?')).toBe('dont por que?');
  });
  it('keeps clause punctuation and turns dashes into commas', () => {
    expect(normalise('fine — not really. ok!')).toBe('fine, not really. ok!');
  });
});
