// Labelled messages: one JSON object a line, {"text", "lang", "label"}, as our sets and the shared dev set are written.
import type { RiskLevel } from './types.js';

export const LEVELS: readonly RiskLevel[] = ['none', 'concern', 'urgent'];

export interface LabelledMessage {
  text: string;
  lang: string;
  label: RiskLevel;
}

export function parseLabelledLine(line: string, lineNumber: number): LabelledMessage {
  const value = JSON.parse(line) as Partial<LabelledMessage>;
  if (typeof value.text !== 'string' || !LEVELS.includes(value.label as RiskLevel)) {
    throw new Error(`line ${lineNumber}: expected {"text": string, "lang": string, "label": "none"|"concern"|"urgent"}`);
  }
  return { text: value.text, lang: typeof value.lang === 'string' ? value.lang : '', label: value.label as RiskLevel };
}

export function parseLabelledFile(content: string): LabelledMessage[] {
  return content
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => parseLabelledLine(line, index + 1));
}
