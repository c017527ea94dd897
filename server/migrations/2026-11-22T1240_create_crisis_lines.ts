import type { Kysely } from 'kysely';

const CREATED_AT = '2026-11-22T12:40:00.000Z';

/** Every installation starts with these; admins edit them for their program's region. */
const DEFAULT_LINES = [
  { id: '019aa000-0000-7000-8000-000000000001', region: 'United States', name: '988 Suicide & Crisis Lifeline', phone: '988', url: 'https://988lifeline.org', description: 'Call or text 988, any time, free and confidential.', sort_order: 10 },
  { id: '019aa000-0000-7000-8000-000000000002', region: 'United Kingdom and Ireland', name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', description: 'Call 116 123, free, day or night.', sort_order: 20 },
  { id: '019aa000-0000-7000-8000-000000000003', region: 'España', name: 'Línea 024 de atención a la conducta suicida', phone: '024', url: null, description: 'Llama al 024, gratuito y confidencial, 24 horas.', sort_order: 30 },
  { id: '019aa000-0000-7000-8000-000000000004', region: 'United States and Canada', name: 'Emergency services', phone: '911', url: null, description: 'If you or someone else is in immediate danger, call 911.', sort_order: 40 },
  { id: '019aa000-0000-7000-8000-000000000006', region: 'Europe and many other countries', name: 'Emergency services', phone: '112', url: null, description: 'If you or someone else is in immediate danger, call 112.', sort_order: 45 },
  { id: '019aa000-0000-7000-8000-000000000005', region: 'Everywhere else', name: 'Find A Helpline', phone: null, url: 'https://findahelpline.com', description: 'Free, confidential helplines in your country.', sort_order: 50 },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('crisis_lines')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('phone', 'text')
    .addColumn('url', 'text')
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('sort_order', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db
    .insertInto('crisis_lines')
    .values(DEFAULT_LINES.map((line) => ({ ...line, updated_at: CREATED_AT })))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('crisis_lines').execute();
}
