import { describe, expect, it } from 'vitest';
import { averageText, monthName, monthsNewestFirst } from './trend.js';

describe('feedback trend', () => {
  it('names months and averages the reader’s way, newest first', () => {
    expect(monthName('2026-11', 'en')).toBe('November 2026');
    expect(monthName('2026-11', 'es')).toBe('noviembre de 2026');
    expect(averageText(4.3, 'en')).toBe('4.3');
    expect(averageText(4, 'es')).toBe('4,0');
    const month = (name: string) => ({ month: name, answers: 3, feltHeard: 4, workedOnWhatIWanted: 4, wayWeTalkedSuitedMe: 4, overall: 4 });
    const trend = { supporterId: 's', supporterHandle: 'S', minimumAnswers: 3, answersNotShown: 0, months: [month('2026-09'), month('2026-11'), month('2026-10')] };
    expect(monthsNewestFirst(trend).map((row) => row.month)).toEqual(['2026-11', '2026-10', '2026-09']);
  });
});
