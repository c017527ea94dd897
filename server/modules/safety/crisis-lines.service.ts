import type { CrisisLineDto, CrisisLineInput } from '../../../shared/contracts/crisis-lines.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { crisisLinesRepo } from './crisis-lines.repo.js';
import { presentCrisisLine } from './crisis-lines.presenter.js';

type ValidLine = Required<{ [K in keyof CrisisLineInput]: Exclude<CrisisLineInput[K], undefined> }>;

export type CrisisLinesService = ReturnType<typeof createCrisisLinesService>;

export function createCrisisLinesService({ db, clock }: PlatformContext) {
  const columns = (line: ValidLine, at: Date) => ({
    region: line.region,
    name: line.name,
    phone: line.phone || null,
    url: line.url,
    description: line.description,
    sort_order: line.sortOrder,
    countries: line.countries.join(','),
    updated_at: at.toISOString(),
  });

  return {
    async list(): Promise<CrisisLineDto[]> {
      return (await crisisLinesRepo.list(db)).map(presentCrisisLine);
    },

    /** The lines that reach someone in this country, and those that serve everyone; all of them when the country is unknown. */
    async forCountry(country: string | null): Promise<CrisisLineDto[]> {
      const lines = (await crisisLinesRepo.list(db)).map(presentCrisisLine);
      return country ? lines.filter((line) => line.countries.length === 0 || line.countries.includes(country)) : lines;
    },

    /** Numbers anyone may share anywhere, including supporters in one-to-one conversations. */
    async phoneNumbers(): Promise<string[]> {
      return (await crisisLinesRepo.list(db)).flatMap((line) => (line.phone ? [line.phone] : []));
    },

    create: (actor: Actor, line: ValidLine, ip: string) =>
      db.transaction().execute(async (trx) => {
        const row = { id: newId(), ...columns(line, clock.now()) };
        await crisisLinesRepo.insert(trx, row);
        await recordAudit(trx, { action: 'crisis_line.created', at: clock.now(), actorId: actor.userId, subjectType: 'crisis_line', subjectId: row.id, ip });
        return presentCrisisLine(row);
      }),

    update: (actor: Actor, id: string, line: ValidLine, ip: string) =>
      db.transaction().execute(async (trx) => {
        if (!(await crisisLinesRepo.update(trx, id, columns(line, clock.now())))) throw problems.notFound('crisis line');
        await recordAudit(trx, { action: 'crisis_line.updated', at: clock.now(), actorId: actor.userId, subjectType: 'crisis_line', subjectId: id, ip });
        const row = await crisisLinesRepo.find(trx, id);
        if (!row) throw problems.notFound('crisis line');
        return presentCrisisLine(row);
      }),

    remove: (actor: Actor, id: string, ip: string) =>
      db.transaction().execute(async (trx) => {
        if (!(await crisisLinesRepo.remove(trx, id))) throw problems.notFound('crisis line');
        await recordAudit(trx, { action: 'crisis_line.deleted', at: clock.now(), actorId: actor.userId, subjectType: 'crisis_line', subjectId: id, ip });
      }),
  };
}
