/** Checks on international codes that work the same in Node and in browsers (both ship ICU). */

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function isCountryCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value) || value === 'ZZ') return false;
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(value) !== value;
}

/** A well-formed BCP 47 tag whose language ICU knows; returns the canonical form or null. */
export function canonicalLanguageTag(value: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (!canonical) return null;
    const language = canonical.split('-')[0]!;
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language);
    return name && name !== language ? canonical : null;
  } catch {
    return null;
  }
}
