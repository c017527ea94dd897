import { describe, expect, it } from 'vitest';
import { isCountryCode, isTimeZone } from '../../../shared/vocabularies/intl-checks.js';
import { countryOptions, languageName, languageOptions, timeZoneOptions, weekdayName } from './intl-options.js';

describe('countryOptions', () => {
  it('offers only codes the server accepts, named and sorted in the reader’s language', () => {
    const countries = countryOptions('es');
    expect(countries.length).toBeGreaterThan(200);
    expect(countries.every((country) => isCountryCode(country.code))).toBe(true);
    expect(countries.find((country) => country.code === 'DE')?.name).toBe('Alemania');
    expect(countries.some((country) => country.code === 'EU')).toBe(false);
    const names = countries.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
  });
});

describe('languageOptions', () => {
  it('names common languages and keeps valid tags the person already has', () => {
    const options = languageOptions('en', ['pt-BR', 'not a tag']);
    expect(options.find((option) => option.code === 'es')?.name).toBe('Spanish');
    expect(options.some((option) => option.code === 'pt-BR')).toBe(true);
    expect(options.some((option) => option.code === 'not a tag')).toBe(false);
    expect(languageName('es', 'es')).toBe('español');
  });
});

describe('timeZoneOptions', () => {
  it('lists valid zones and keeps a saved one the browser does not list', () => {
    const zones = timeZoneOptions('Etc/UTC');
    expect(zones[0]?.code).toBe('Etc/UTC');
    expect(zones.slice(1).every((zone) => isTimeZone(zone.code))).toBe(true);
    expect(zones.find((zone) => zone.code === 'America/New_York')?.name).toBe('America/New York');
  });
});

describe('weekdayName', () => {
  it('counts from Monday', () => {
    expect(weekdayName(0, 'en')).toBe('Monday');
    expect(weekdayName(6, 'es')).toBe('domingo');
  });
});
