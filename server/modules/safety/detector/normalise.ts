// Turns raw chat text into the plain form every rule is written against:
// lower case, no accents, no apostrophes ("don't" -> "dont", "i'm" -> "im"), letters stretched for
// emphasis squeezed back ("sooo" -> "soo"), anything that is not a word, a digit or clause punctuation
// turned into a space. Rules then stay short and readable, and "Suicídate", "suicidate" and
// "SUICIDATE" are the same thing.

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
const DASHES = /[\u2013\u2014]/g;
const STRETCHED_LETTERS = /([a-z])\1{2,}/g;
const NOT_KEPT = /[^a-z0-9.,!?;:\n ]+/g;
const SPACES = /[ \t]+/g;
const SPACE_BEFORE_PUNCTUATION = / ([.,!?;:])/g;

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(DASHES, ',')
    .replace(STRETCHED_LETTERS, '$1$1')
    .replace(/\r\n?/g, '\n')
    .replace(NOT_KEPT, ' ')
    .replace(SPACES, ' ')
    .replace(SPACE_BEFORE_PUNCTUATION, '$1')
    .trim();
}
