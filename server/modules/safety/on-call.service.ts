import type { z } from 'zod';
import type { OnCallShiftDto, onCallShiftInput } from '../../../shared/contracts/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import { rolesRepo } from '../../platform/auth/roles.repo.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { onCallRepo, type ShiftView } from './on-call.repo.js';

export type OnCallService = ReturnType<typeof createOnCallService>;

const present = (row: ShiftView): OnCallShiftDto => ({
  id: row.id, userId: row.user_id, handle: row.handle, startsAt: row.starts_at, endsAt: row.ends_at, position: row.position,
});

/** The on-call rota: shifts admins give to supervisors; overlapping shifts are tried in position order. */
export function createOnCallService({ db, clock }: PlatformContext) {
  return {
    async upcoming(): Promise<OnCallShiftDto[]> {
      return (await onCallRepo.upcoming(db, clock.now().toISOString())).map(present);
    },

    async add(actor: Actor, input: z.output<typeof onCallShiftInput>, ip: string): Promise<OnCallShiftDto> {
      if (new Date(input.endsAt) <= clock.now()) throw problems.invalidFields([fieldError('endsAt', 'shift_in_past', 'This shift would already be over.')]);
      return db.transaction().execute(async (trx) => {
        const roles = await rolesRepo.of(trx, input.userId);
        if (!roles.includes('supervisor')) throw problems.invalidFields([fieldError('userId', 'not_a_supervisor', 'Only supervisors can be on call.')]);
        const id = newId();
        await onCallRepo.insert(trx, {
          id, user_id: input.userId, starts_at: new Date(input.startsAt).toISOString(), ends_at: new Date(input.endsAt).toISOString(),
          position: input.position, created_by: actor.userId, created_at: clock.now().toISOString(),
        });
        await recordAudit(trx, { action: 'on_call.shift_added', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: input.userId, ip });
        return present((await onCallRepo.find(trx, id))!);
      });
    },

    async remove(actor: Actor, id: string, ip: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const shift = await onCallRepo.find(trx, id);
        if (!shift || !(await onCallRepo.remove(trx, id))) throw problems.notFound('shift');
        await recordAudit(trx, { action: 'on_call.shift_removed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: shift.user_id, ip });
      });
    },

    /** Whether a person in distress can reach someone on the team now. */
    async someoneReachable(): Promise<boolean> {
      const now = clock.now().toISOString();
      return (await onCallRepo.onCallAt(db, now)).length > 0 || (await onCallRepo.holdersOf(db, 'supervisor')).length > 0;
    },
  };
}
