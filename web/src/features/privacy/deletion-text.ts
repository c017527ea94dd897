import type { TFunction } from 'i18next';
import en from '../../locales/en.js';

type ItemKey = keyof typeof en.data.items;
type ReasonKey = keyof typeof en.data.keptReasons;

function isItemKey(key: string): key is ItemKey {
  return Object.hasOwn(en.data.items, key);
}

function isReasonKey(key: string): key is ReasonKey {
  return Object.hasOwn(en.data.keptReasons, key);
}

/** What an erased or kept item is, in the reader's language; unknown keys are shown readably ("group_posts" → "Group posts"). */
export function deletionItemText(t: TFunction, key: string): string {
  if (isItemKey(key)) return t(`data.items.${key}`);
  const words = key.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Why something is kept. The server's English reason is the authoritative wording, so English readers see it;
 * others see our translation when there is one, or the English reason marked as English.
 */
export function keptReasonText(t: TFunction, language: string, key: string, reason: string): { text: string; lang?: 'en' } {
  if (language !== 'en' && isReasonKey(key)) return { text: t(`data.keptReasons.${key}`) };
  if (language !== 'en') return { text: reason, lang: 'en' };
  return { text: reason || (isReasonKey(key) ? t(`data.keptReasons.${key}`) : '') };
}
