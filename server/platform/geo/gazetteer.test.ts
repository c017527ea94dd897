import { describe, expect, it } from 'vitest';
import { gazetteerStats, resolvePlace, warmUpGazetteer } from './gazetteer.js';
import { editDistance, normalisePlaceName } from './normalise.js';

const foundOf = (text: string, options = {}) => {
  const resolution = resolvePlace(text, options);
  if (!resolution.found) throw new Error(`${text} was not found; suggestions: ${resolution.suggestions.map((place) => place.name).join(', ')}`);
  return resolution.found;
};
const suggestionsOf = (text: string, options = {}) => {
  const resolution = resolvePlace(text, options);
  expect(resolution.found, text).toBeNull();
  return resolution.found ? [] : resolution.suggestions.map((place) => `${place.name}, ${place.country}`);
};

describe('place names as people type them', () => {
  it('ignores accents, case, punctuation and letters Unicode does not decompose', () => {
    expect(normalisePlaceName('  Málaga ')).toBe('malaga');
    expect(normalisePlaceName('Saint-Étienne')).toBe('saint etienne');
    expect(normalisePlaceName('Łódź')).toBe('lodz');
    expect(normalisePlaceName('Straße')).toBe('strasse');
    expect(normalisePlaceName("L'Hospitalet de Llobregat")).toBe('lhospitalet de llobregat');
  });

  it('counts a typo, a missing letter and two swapped letters as one edit, and stops past the limit', () => {
    expect(editDistance('barcelna', 'barcelona', 2)).toBe(1);
    expect(editDistance('mlaaga', 'malaga', 2)).toBe(1);
    expect(editDistance('londres', 'london', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('the offline gazetteer', () => {
  it('loads the GeoNames cities once, from the installed package', () => {
    const stats = warmUpGazetteer();
    expect(stats.cities).toBeGreaterThan(130_000);
    expect(gazetteerStats()).toBe(stats);
    expect(warmUpGazetteer()).toBe(stats);
  });

  it('finds a city with or without its accents', () => {
    const withAccent = foundOf('Málaga');
    expect(foundOf('malaga')).toEqual(withAccent);
    expect(foundOf('MALAGA')).toEqual(withAccent);
    expect(withAccent).toMatchObject({ name: 'Málaga', country: 'ES', kind: 'city' });
    expect(withAccent.latitude).toBeCloseTo(36.72, 1);
    expect(withAccent.longitude).toBeCloseTo(-4.42, 1);
  });

  it('tells places of the same name apart by country code or name, division, or the member’s own country', () => {
    expect(foundOf('Valencia, ES')).toMatchObject({ name: 'Valencia', country: 'ES' });
    expect(foundOf('Valencia, Spain').country).toBe('ES');
    expect(foundOf('Valencia, España').country).toBe('ES');
    expect(foundOf('Valencia', { country: 'es' }).country).toBe('ES');
    expect(foundOf('Cambridge, US')).toMatchObject({ country: 'US', admin: 'MA' });
    expect(foundOf('Cambridge, UK').country).toBe('GB');
    expect(foundOf('Cambridge, England')).toMatchObject({ country: 'GB', admin: 'ENG' });
    // MA is Morocco's code too: with no Cambridge there, it reads as the US state.
    expect(foundOf('Cambridge, MA')).toMatchObject({ country: 'US', admin: 'MA' });
    expect(foundOf('Athens, Georgia')).toMatchObject({ country: 'US', admin: 'GA' });
    expect(foundOf('Athens').country).toBe('GR');
    expect(foundOf('Athens, GA, US')).toMatchObject({ country: 'US', admin: 'GA' });
    expect(foundOf('Washington, DC, US').name).toBe('Washington, D.C.');
    // The largest place of the name wins, unless the member's own country has one of a fair size.
    expect(foundOf('Paris').country).toBe('FR');
    expect(foundOf('Paris', { preferCountry: 'US' }).country).toBe('FR');
    expect(foundOf('Cambridge', { preferCountry: 'GB' }).country).toBe('GB');
    expect(foundOf('Cambridge', { preferCountry: 'US' }).country).toBe('US');
  });

  it('knows names people use that GeoNames spells another way', () => {
    expect(foundOf('New York')).toMatchObject({ name: 'New York City', country: 'US' });
    expect(foundOf('Nueva York').name).toBe('New York City');
    expect(foundOf('Cologne').name).toBe('Köln');
    expect(foundOf('Geneva').country).toBe('CH');
    expect(foundOf('San Sebastián').country).toBe('ES');
    expect(foundOf('Saint Louis').name).toBe('St. Louis');
    expect(foundOf('Washington').name).toBe('Washington, D.C.');
  });

  it('names countries in the member’s language', () => {
    expect(foundOf('Málaga', { lang: 'es' }).countryName).toBe('España');
    expect(foundOf('Málaga', { lang: 'en' }).countryName).toBe('Spain');
  });

  it('resolves US ZIP codes to their centroid', () => {
    expect(foundOf('02139')).toMatchObject({ country: 'US', admin: 'MA', kind: 'postal_code' });
    expect(foundOf('02139-4307').kind).toBe('postal_code');
    expect(suggestionsOf('99999')).toEqual([]);
  });

  it('suggests up to five close names for a typo, the right one first', () => {
    const barcelona = suggestionsOf('Barcelna');
    expect(barcelona[0]).toBe('Barcelona, ES');
    expect(barcelona.length).toBeLessThanOrEqual(5);
    expect(suggestionsOf('Mlaaga')[0]).toBe('Málaga, ES');
    expect(suggestionsOf('Sevila')[0]).toBe('Sevilla, ES');
    expect(suggestionsOf('Londn')[0]).toBe('London, GB');
    expect(suggestionsOf('Cambrige', { preferCountry: 'US' })[0]).toBe('Cambridge, US');
    expect(suggestionsOf('Cambrige', { preferCountry: 'GB' })[0]).toBe('Cambridge, GB');
  });

  it('keeps suggestions in the asked country, or looks everywhere when it has none close', () => {
    expect(suggestionsOf('Valencia, FR')).toContain('Valence, FR');
    expect(suggestionsOf('Valencia, FR').every((place) => place.endsWith(', FR'))).toBe(true);
    expect(suggestionsOf('Barcelna, IS')[0]).toBe('Barcelona, ES');
  });

  it('answers nonsense and empty text with no place and no suggestions, without throwing', () => {
    expect(suggestionsOf('Xyzzyqq')).toEqual([]);
    expect(suggestionsOf('  ,, ')).toEqual([]);
    expect(suggestionsOf('%_*')).toEqual([]);
  });
});
