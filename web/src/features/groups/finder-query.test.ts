import { describe, expect, it } from 'vitest';
import { groupSearchQuery } from '../../../../shared/contracts/groups-finder.js';
import { EMPTY_FILTERS, filtersFromSearch, filtersToQuery, filtersToSearch, hasFilters } from './finder-query.js';

describe('finder filters to query string', () => {
  it('leaves out empty filters, so an empty finder asks for everything', () => {
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({});
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('joins several formats and days with commas, in the contract’s and the week’s order', () => {
    const query = filtersToQuery({ ...EMPTY_FILTERS, formats: ['hybrid', 'in_person'], days: ['7', '6', '6'] });
    expect(query).toEqual({ format: 'in_person,hybrid', day: '6,7' });
    expect(groupSearchQuery.safeParse(query).success).toBe(true);
  });

  it('sends a radius and nearest-first only with a typed place, trimmed', () => {
    expect(filtersToQuery({ ...EMPTY_FILTERS, radiusKm: '10', sort: 'distance' })).toEqual({});
    expect(filtersToQuery({ ...EMPTY_FILTERS, near: '  Madrid ', radiusKm: ' 10 ', sort: 'distance' })).toEqual({ near: 'Madrid', radiusKm: '10', sort: 'distance' });
    expect(filtersToQuery({ ...EMPTY_FILTERS, sort: 'next' })).toEqual({ sort: 'next' });
  });

  it('keeps topic, language and the time window as chosen', () => {
    const query = filtersToQuery({ ...EMPTY_FILTERS, topic: 'anxiety', language: 'es', from: '18:00', to: '21:00' });
    expect(query).toEqual({ topic: 'anxiety', language: 'es', from: '18:00', to: '21:00' });
    expect(groupSearchQuery.safeParse(query).success).toBe(true);
  });

  it('reads the same filters back from the page address, dropping values it does not know', () => {
    const filters = { ...EMPTY_FILTERS, near: 'Madrid', radiusKm: '25', formats: ['in_person' as const], days: ['2'], sort: 'distance' as const };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
    expect(filtersFromSearch(new URLSearchParams('format=online,teleport&day=0,3,9&sort=random'))).toEqual({ ...EMPTY_FILTERS, formats: ['online'], days: ['3'] });
  });
});
