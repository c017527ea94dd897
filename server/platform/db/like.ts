import { type Expression, type RawBuilder, sql } from 'kysely';

/** Case-insensitive "contains" that treats % and _ in the search text literally on both databases. */
export function containsText(column: Expression<string>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // SQLite has no default LIKE escape character, so it is named for both databases.
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}
