import type { TFunction } from 'i18next';
import type { CrisisLineDto } from '../../../../../shared/contracts/crisis-lines.js';

/** Widely available lines, shown whenever the program's own list cannot be loaded or is empty. */
const FALLBACK = [
  { key: 'us988', phone: '988', url: 'https://988lifeline.org' },
  { key: 'samaritans', phone: '116 123', url: 'https://www.samaritans.org' },
  { key: 'es024', phone: '024', url: null },
  { key: 'emergency911', phone: '911', url: null },
  { key: 'emergency112', phone: '112', url: null },
  { key: 'findahelpline', phone: null, url: 'https://findahelpline.com' },
] as const;

export function fallbackLines(t: TFunction): CrisisLineDto[] {
  return FALLBACK.map(({ key, phone, url }, index) => ({
    id: `fallback-${key}`,
    name: t(`help.fallback.${key}.name`),
    region: t(`help.fallback.${key}.region`),
    description: t(`help.fallback.${key}.description`),
    phone,
    url,
    sortOrder: index,
    countries: [],
  }));
}
