import { canonicalLanguageTag, isCountryCode } from '../../../shared/vocabularies/intl-checks.js';

export interface NamedCode {
  code: string;
  name: string;
}

/** Region codes ICU names that are not places someone lives in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);

/** Languages offered first; any other valid tag a person already has is kept. */
export const COMMON_LANGUAGES = [
  'ar', 'bn', 'ca', 'de', 'el', 'en', 'es', 'eu', 'fa', 'fil', 'fr', 'gl', 'he', 'hi', 'id', 'it', 'ja', 'ko',
  'nl', 'pl', 'pt', 'ro', 'ru', 'so', 'sw', 'tr', 'uk', 'ur', 'vi', 'yue', 'zh',
] as const;

const cache = new Map<string, NamedCode[]>();

function memo(key: string, build: () => NamedCode[]): NamedCode[] {
  let value = cache.get(key);
  if (!value) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

function byName(locale: string) {
  const collator = new Intl.Collator(locale);
  return (a: NamedCode, b: NamedCode) => collator.compare(a.name, b.name);
}

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO 3166 country the shared check accepts, named in `locale` and sorted by that name. */
export function countryOptions(locale: string): NamedCode[] {
  return memo(`country:${locale}`, () => {
    const codes: string[] = [];
    for (let first = 65; first <= 90; first += 1) {
      for (let second = 65; second <= 90; second += 1) {
        const code = String.fromCharCode(first, second);
        if (!NOT_COUNTRIES.has(code) && isCountryCode(code)) codes.push(code);
      }
    }
    return codes.map((code) => ({ code, name: displayName(locale, 'region', code) })).sort(byName(locale));
  });
}

export function countryName(code: string, locale: string): string {
  return displayName(locale, 'region', code);
}

/** A language's name in `locale`, e.g. "Spanish" or "español" for "es". */
export function languageName(tag: string, locale: string): string {
  return displayName(locale, 'language', tag);
}

/** The common languages plus any the person already chose, named in `locale` and sorted by name. */
export function languageOptions(locale: string, chosen: readonly string[] = []): NamedCode[] {
  const tags = new Set<string>(COMMON_LANGUAGES);
  for (const tag of chosen) if (canonicalLanguageTag(tag)) tags.add(tag);
  return [...tags].map((code) => ({ code, name: languageName(code, locale) })).sort(byName(locale));
}

/** The browser's IANA time zones (plus `current` when the browser lacks it), with readable names. */
export function timeZoneOptions(current: string | null = null): NamedCode[] {
  const zones = memo('zones', () =>
    Intl.supportedValuesOf('timeZone').map((code) => ({ code, name: code.replaceAll('_', ' ') })),
  );
  return current && !zones.some((zone) => zone.code === current) ? [{ code: current, name: current.replaceAll('_', ' ') }, ...zones] : zones;
}

/** The time zone this browser is in, for suggesting a default. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

/** Monday = 0 … Sunday = 6, as in the shared vocabulary: the weekday's name in `locale`. */
export function weekdayName(day: number, locale: string): string {
  // 5 January 2026 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 5 + day)));
}
