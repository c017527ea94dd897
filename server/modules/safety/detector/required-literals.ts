// Which literal strings must a regular expression's match contain? For "(?:he|she) is (?:going|about) to jump"
// any match contains "going" or "about" (or " is ", or " to jump": the longest is chosen). A message containing
// none of them cannot match, so the rule need not run on it at all.
//
// The answer is conservative by construction: anything the analysis does not understand (classes, optional
// parts, lookarounds' contents) requires nothing, and a pattern that requires nothing answers null.

export type Literals = readonly string[] | null;

interface Parsed {
  literals: Literals;
  end: number;
}

/** Longer strings are rarer in text; among equally long ones, fewer alternatives are rarer. */
function rarer(a: Literals, b: Literals): Literals {
  if (a === null) return b;
  if (b === null) return a;
  const shortestA = Math.min(...a.map((text) => text.length));
  const shortestB = Math.min(...b.map((text) => text.length));
  if (shortestA !== shortestB) return shortestA > shortestB ? a : b;
  return a.length <= b.length ? a : b;
}

function quantifierAt(source: string, at: number): { min: number; end: number } | null {
  const char = source[at];
  let min: number;
  let end: number;
  if (char === '?' || char === '*') [min, end] = [0, at + 1];
  else if (char === '+') [min, end] = [1, at + 1];
  else if (char === '{') {
    const braces = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
    if (!braces) return null;
    [min, end] = [Number(braces[1]), at + braces[0].length];
  } else return null;
  if (source[end] === '?') end += 1; // lazy
  return { min, end };
}

function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']' && i > at + 1 + (source[at + 1] === '^' ? 1 : 0)) return i + 1;
  }
  throw new Error(`unterminated character class at ${at}`);
}

type Atom = { kind: 'char'; char: string } | { kind: 'group'; literals: Literals } | { kind: 'other' } | { kind: 'zero-width' };

function atomAt(source: string, at: number): { atom: Atom; end: number } {
  const char = source[at]!;
  if (char === '(') {
    const lookaround = /^\(\?<?[=!]/.exec(source.slice(at, at + 4));
    const opening = lookaround ? lookaround[0].length : source.startsWith('(?:', at) ? 3 : source.startsWith('(?<', at) ? source.indexOf('>', at) + 1 - at : 1;
    const inner = parseAlternation(source, at + opening);
    if (source[inner.end] !== ')') throw new Error(`unbalanced group at ${at}`);
    return { atom: lookaround ? { kind: 'zero-width' } : { kind: 'group', literals: inner.literals }, end: inner.end + 1 };
  }
  if (char === '[') return { atom: { kind: 'other' }, end: classEnd(source, at) };
  if (char === '.') return { atom: { kind: 'other' }, end: at + 1 };
  if (char === '^' || char === '$') return { atom: { kind: 'zero-width' }, end: at + 1 };
  if (char === '\\') {
    const escaped = source[at + 1]!;
    if ('bB'.includes(escaped)) return { atom: { kind: 'zero-width' }, end: at + 2 };
    if (escaped === 'n') return { atom: { kind: 'char', char: '\n' }, end: at + 2 };
    if (escaped === 't') return { atom: { kind: 'char', char: '\t' }, end: at + 2 };
    // Classes (\d \w \s ...), back-references, code points and anything else: no literal known.
    if (/[A-Za-z0-9]/.test(escaped)) return { atom: { kind: 'other' }, end: at + 2 };
    return { atom: { kind: 'char', char: escaped }, end: at + 2 };
  }
  return { atom: { kind: 'char', char }, end: at + 1 };
}

function parseSequence(source: string, start: number): Parsed {
  let best: Literals = null;
  let run = '';
  const flush = () => {
    if (run) best = rarer(best, [run]);
    run = '';
  };
  let at = start;
  while (at < source.length && source[at] !== '|' && source[at] !== ')') {
    const { atom, end } = atomAt(source, at);
    const quantifier = quantifierAt(source, end);
    at = quantifier?.end ?? end;
    if (atom.kind === 'zero-width') continue; // consumes nothing: the literals either side stay adjacent
    const required = (quantifier?.min ?? 1) >= 1;
    if (atom.kind === 'char' && required) {
      run += atom.char;
      if (quantifier) flush(); // "s+" is at least one s, then who knows how many
      continue;
    }
    flush();
    if (atom.kind === 'group' && required) best = rarer(best, atom.literals);
  }
  flush();
  return { literals: best, end: at };
}

function parseAlternation(source: string, start: number): Parsed {
  const branches: Literals[] = [];
  let at = start;
  for (;;) {
    const branch = parseSequence(source, at);
    branches.push(branch.literals);
    at = branch.end;
    if (source[at] !== '|') break;
    at += 1;
  }
  if (branches.some((branch) => branch === null)) return { literals: null, end: at };
  return { literals: [...new Set(branches.flatMap((branch) => branch!))], end: at };
}

export function requiredLiterals(source: string): Literals {
  const parsed = parseAlternation(source, 0);
  if (parsed.end !== source.length) throw new Error(`unbalanced ")" at ${parsed.end}`);
  return parsed.literals;
}
