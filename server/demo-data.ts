import type { Role } from '../shared/roles.js';
import type { AccountsService } from './modules/accounts/index.js';
import type { Db } from './platform/db/connect.js';

/** Shared by every demo account so a newcomer can try each role; never used outside demo databases. */
export const DEMO_PASSWORD = 'kindred-demo-garden-lantern';

interface DemoPerson {
  email: string;
  handle: string;
  roles: Role[];
  locale?: 'en' | 'es';
}

/** Clearly fictional people on the reserved .invalid domain. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.kindred.invalid', handle: 'Demo Admin Aurora', roles: ['admin'] },
  { email: 'supervisor@demo.kindred.invalid', handle: 'Demo Supervisor Basil', roles: ['supervisor', 'supporter'] },
  { email: 'clinician@demo.kindred.invalid', handle: 'Demo Clinician Cedar', roles: ['clinician'] },
  { email: 'supporter@demo.kindred.invalid', handle: 'Demo Supporter Dahlia', roles: ['supporter'] },
  { email: 'supporter2@demo.kindred.invalid', handle: 'Demo Supporter Elio', roles: ['supporter'], locale: 'es' },
  { email: 'supporter3@demo.kindred.invalid', handle: 'Demo Supporter Fern', roles: ['supporter'] },
  { email: 'member@demo.kindred.invalid', handle: 'Demo Member Juniper', roles: ['member'] },
  { email: 'member2@demo.kindred.invalid', handle: 'Demo Member Kestrel', roles: ['member'], locale: 'es' },
  { email: 'member3@demo.kindred.invalid', handle: 'Demo Member Linden', roles: ['member'] },
  { email: 'member4@demo.kindred.invalid', handle: 'Demo Member Marlow', roles: ['member'] },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function seedDemoPeople(accounts: AccountsService): Promise<DemoPerson[]> {
  for (const person of DEMO_PEOPLE) {
    await accounts.createAccount(
      { email: person.email, handle: person.handle, password: DEMO_PASSWORD, locale: person.locale ?? 'en' },
      person.roles,
      { checkStrength: false },
    );
  }
  return DEMO_PEOPLE;
}
