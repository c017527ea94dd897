// Picks English or Spanish when the caller does not know the message's language.
// Counting a few very frequent function words is enough to tell the two apart in chat messages;
// ties and anything else default to English.
import type { DetectorLanguage } from './types.js';

const SPANISH_CUES = new Set(['que', 'de', 'el', 'la', 'los', 'las', 'y', 'es', 'estoy', 'quiero', 'mi', 'por', 'para', 'con', 'pero', 'una', 'un', 'muy', 'ya', 'mas', 'nada', 'todo', 'esta', 'soy', 'tengo', 'hoy', 'como', 'se', 'lo', 'le', 'del', 'al']);
const ENGLISH_CUES = new Set(['the', 'i', 'and', 'to', 'my', 'is', 'it', 'you', 'im', 'a', 'of', 'in', 'me', 'that', 'this', 'just', 'want', 'have', 'dont', 'be', 'so', 'with', 'for', 'was', 'are', 'not']);

export function resolveLanguage(lang: string, normalisedText: string): DetectorLanguage {
  const tag = lang.trim().toLowerCase().slice(0, 2);
  if (tag === 'en' || tag === 'es') return tag;
  let spanish = 0;
  let english = 0;
  for (const word of normalisedText.split(/[^a-z]+/)) {
    if (SPANISH_CUES.has(word)) spanish += 1;
    if (ENGLISH_CUES.has(word)) english += 1;
  }
  return spanish > english ? 'es' : 'en';
}
