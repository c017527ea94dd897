// Context checks around a rule's match: is it negated, told in the past, or framed as education,
// fiction or a hypothetical? Computed once per message, then asked per match.
import type { CompiledLanguage } from './compile.js';

const SENTENCE_END = /[.!?\n]/g;

export interface MessageContext {
  text: string;
  /** Positions just after each clause break, ascending. */
  clauseStarts: number[];
  /** [start, end) of each sentence. */
  sentences: [number, number][];
  historicalSentences: boolean[];
  /** Positions of history markers ("used to", "years ago") and of turns back to now ("but", "now", "tonight"). */
  historyMarks: number[];
  turns: number[];
  framed: boolean;
  disavowed: boolean;
}

function positionsAfter(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    positions.push(match.index + match[0].length);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return positions;
}

export function contextOf(text: string, language: CompiledLanguage): MessageContext {
  const sentences: [number, number][] = [];
  let start = 0;
  for (const end of positionsAfter(text, SENTENCE_END)) {
    sentences.push([start, end]);
    start = end;
  }
  if (start < text.length || sentences.length === 0) sentences.push([start, text.length]);
  const historicalSentences = sentences.map(([from, to]) => {
    const sentence = text.slice(from, to);
    return language.history.test(sentence) && !language.recency.test(sentence);
  });
  const clauseStarts = positionsAfter(text, language.clauseBreak);
  const historyMarks = historicalSentences.some(Boolean) ? positionsOf(text, language.historyAll) : [];
  const turns = historyMarks.length && language.turns ? positionsOf(text, language.turns) : [];
  const context: MessageContext = { text, clauseStarts, sentences, historicalSentences, historyMarks, turns, framed: false, disavowed: false };
  context.framed = isFramed(context, language);
  context.disavowed = isDisavowed(text, language);
  return context;
}

function clauseStartBefore(context: MessageContext, index: number): number {
  let start = 0;
  for (const position of context.clauseStarts) {
    if (position > index) break;
    start = position;
  }
  return start;
}

/** A negation word at most three words before the match, in the same clause ("im not suicidal"). */
export function isNegated(context: MessageContext, index: number, language: CompiledLanguage): boolean {
  const before = context.text.slice(clauseStartBefore(context, index), index);
  // "cant stop", "dont care if": the negation belongs to another verb and the meaning stays positive.
  const withoutExceptions = before.replace(language.negationExceptions, ' _ ');
  return language.negationWindow.test(withoutExceptions);
}

/**
 * A match is told in the past when its sentence carries a history marker and nothing turns the sentence back to
 * now between that marker and the match: "i used to cut, now i have the pills ready" keeps "pills ready".
 */
export function isHistorical(context: MessageContext, index: number): boolean {
  const at = context.sentences.findIndex(([from, to]) => index >= from && index < to);
  if (at < 0 || context.historicalSentences[at] !== true) return false;
  if (context.turns.length === 0) return true;
  const [from, to] = context.sentences[at]!;
  return context.historyMarks.some((mark) => {
    if (mark < from || mark >= to) return false;
    const [low, high] = mark < index ? [mark, index] : [index, mark];
    return !context.turns.some((turn) => turn > low && turn < high);
  });
}

function positionsOf(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    positions.push(match.index);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return positions;
}

/** An education/fiction/hypothetical frame anywhere in the message, unless itself negated ("not for a project"). */
function isFramed(context: MessageContext, language: CompiledLanguage): boolean {
  if (!language.frames) return false;
  language.frames.lastIndex = 0;
  for (let match = language.frames.exec(context.text); match; match = language.frames.exec(context.text)) {
    if (!isNegated(context, match.index, language)) return true;
  }
  return false;
}

/**
 * A disavowal ("im not suicidal", "no lo voy a hacer") counts only when nothing turns the message around after it:
 * "im not suicidal but ive got the pills lined up" keeps its present-tense signals.
 */
function isDisavowed(text: string, language: CompiledLanguage): boolean {
  if (!language.disavowal) return false;
  language.disavowal.lastIndex = 0;
  for (let match = language.disavowal.exec(text); match; match = language.disavowal.exec(text)) {
    const after = text.slice(match.index + match[0].length);
    if (!language.contrast || !language.contrast.test(after)) return true;
    if (match[0].length === 0) language.disavowal.lastIndex += 1;
  }
  return false;
}
