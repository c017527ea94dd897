import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { registerBody } from '../../shared/contracts/accounts.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../platform/db/connect.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { HttpProblem } from '../platform/errors.js';

const USAGE = 'Usage: npm run admin:create -- --email you@example.org --handle "Your Handle"\n' +
  'The password is read from standard input (or KINDRED_ADMIN_PASSWORD).';

async function readPassword(): Promise<string> {
  if (process.env.KINDRED_ADMIN_PASSWORD) return process.env.KINDRED_ADMIN_PASSWORD;
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('Password for the new admin: ');
  const line = await prompt.question('');
  prompt.close();
  return line;
}

const { values } = parseArgs({ options: { email: { type: 'string' }, handle: { type: 'string' } } });
const parsed = registerBody.omit({ acceptTerms: true }).safeParse({ email: values.email, handle: values.handle, password: await readPassword() });
if (!parsed.success) {
  console.error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
const database = connectDatabase(config.databaseUrl);
await migrateToLatest(database.db);
const app = await buildApp({ ...config, logLevel: 'warn' }, { database });
try {
  const userId = await app.kindred.accounts.createAccount(parsed.data, ['admin']);
  console.log(`Created admin ${parsed.data.email} (${userId}).`);
} catch (error) {
  if (!(error instanceof HttpProblem)) throw error;
  console.error([error.message, ...(error.fieldErrors ?? []).map((e) => `${e.field}: ${e.message}`)].join('\n'));
  process.exitCode = 1;
} finally {
  await app.close();
  await database.close();
}
