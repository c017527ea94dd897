import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { fieldError, problems } from '../../platform/errors.js';
import { supervisionRepo } from './supervision.repo.js';

/** Admins decide which supervisor looks after which supporter. */
export function createSupervisionService({ db, clock }: PlatformContext) {
  return {
    list: () => supervisionRepo.list(db),

    /** The supervisor's own supporters, for their overview. */
    mine: (actor: Actor) => supervisionRepo.supportersOf(db, actor.userId),

    async assign(actor: Actor, supporterId: string, supervisorId: string, ip: string | null): Promise<void> {
      const [supporterRoles, supervisorRoles] = await Promise.all([supervisionRepo.rolesOf(db, supporterId), supervisionRepo.rolesOf(db, supervisorId)]);
      const errors = [
        ...(supporterRoles.includes('supporter') ? [] : [fieldError('supporterId', 'not_a_supporter', 'Choose someone with the supporter role.')]),
        ...(supervisorRoles.includes('supervisor') ? [] : [fieldError('supervisorId', 'not_a_supervisor', 'Choose someone with the supervisor role.')]),
        ...(supporterId === supervisorId ? [fieldError('supervisorId', 'self_supervision', 'A supporter cannot supervise themselves.')] : []),
      ];
      if (errors.length > 0) throw problems.invalidFields(errors);
      await db.transaction().execute(async (trx) => {
        await supervisionRepo.insert(trx, { supporter_id: supporterId, supervisor_id: supervisorId, assigned_by: actor.userId, created_at: clock.now().toISOString() });
        await recordAudit(trx, { action: 'supervision.assigned', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: supporterId, ip, details: { supervisorId } });
      });
    },

    async unassign(actor: Actor, supporterId: string, supervisorId: string, ip: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (!(await supervisionRepo.remove(trx, supporterId, supervisorId))) throw problems.notFound('assignment');
        await recordAudit(trx, { action: 'supervision.unassigned', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: supporterId, ip, details: { supervisorId } });
      });
    },
  };
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
