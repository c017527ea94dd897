import type { CrisisLineDto } from '../../../shared/contracts/crisis-lines.js';
import type { CrisisLineRow } from './crisis-lines.repo.js';

export function presentCrisisLine(row: CrisisLineRow): CrisisLineDto {
  return {
    id: row.id,
    region: row.region,
    name: row.name,
    phone: row.phone,
    url: row.url,
    description: row.description,
    sortOrder: row.sort_order,
    countries: row.countries ? row.countries.split(',') : [],
  };
}
