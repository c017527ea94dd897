import type { MySafetyPlanDto, SafetyPlanContent, SafetyPlanDto, SafetyPlanShareDto, SharedSafetyPlanDto, SharedWithMeDto } from '../../../shared/contracts/safety-plan.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { SupportCircle } from '../profiles/index.js';
import { safetyPlanReader } from './safety-plan.policy.js';
import { presentPlan, presentShare, presentSharedWithMe } from './safety-plan.presenter.js';
import { safetyPlanRepo } from './safety-plan.repo.js';

export type SafetyPlanService = ReturnType<typeof createSafetyPlanService>;

export function createSafetyPlanService({ db, clock }: PlatformContext, deps: { circle: SupportCircle }) {
  const isShared = (ownerId: string, viewerId: string) => safetyPlanRepo.isShared(db, ownerId, viewerId);

  async function mine(userId: string): Promise<MySafetyPlanDto> {
    const [plan, shares] = await Promise.all([safetyPlanRepo.findPlan(db, userId), safetyPlanRepo.sharesGrantedBy(db, userId)]);
    return { plan: presentPlan(plan), shares: shares.map(presentShare) };
  }

  return {
    mine: (actor: Actor) => mine(actor.userId),

    save: (actor: Actor, content: SafetyPlanContent): Promise<SafetyPlanDto> =>
      db.transaction().execute(async (trx) => {
        await safetyPlanRepo.savePlan(trx, actor.userId, JSON.stringify(content), clock.now().toISOString());
        return presentPlan(await safetyPlanRepo.findPlan(trx, actor.userId));
      }),

    /** Sharing is a consent: given to one current supporter, recorded, and audited like other consents. */
    async share(actor: Actor, supporterId: string, ip: string): Promise<SafetyPlanShareDto> {
      // The circle reads outside the transaction: SQLite has one connection, which the transaction holds.
      if (supporterId === actor.userId || !(await deps.circle.includes(supporterId, actor.userId))) throw problems.notFound('supporter');
      await db.transaction().execute(async (trx) => {
        if (await safetyPlanRepo.isShared(trx, actor.userId, supporterId)) return;
        const at = clock.now();
        await safetyPlanRepo.insertShare(trx, { id: newId(), user_id: actor.userId, shared_with_id: supporterId, granted_at: at.toISOString(), revoked_at: null });
        await recordAudit(trx, { action: 'safety_plan.shared', at, actorId: actor.userId, subjectType: 'user', subjectId: supporterId, ip });
      });
      const share = (await safetyPlanRepo.sharesGrantedBy(db, actor.userId)).find((row) => row.personId === supporterId);
      if (!share) throw problems.notFound('supporter');
      return presentShare(share);
    },

    /** Takes effect at once: the next read by that supporter is refused. */
    revoke: (actor: Actor, supporterId: string, ip: string): Promise<void> =>
      db.transaction().execute(async (trx) => {
        const at = clock.now();
        if ((await safetyPlanRepo.revokeShares(trx, actor.userId, supporterId, at.toISOString())) === 0) throw problems.notFound('share');
        await recordAudit(trx, { action: 'safety_plan.share_revoked', at, actorId: actor.userId, subjectType: 'user', subjectId: supporterId, ip });
      }),

    /** Members whose plans this person may read now: shared with them, and still in a relationship with them. */
    async sharedWithMe(actor: Actor): Promise<SharedWithMeDto[]> {
      const rows = await safetyPlanRepo.sharesReceivedBy(db, actor.userId);
      const readable = await Promise.all(rows.map((row) => deps.circle.includes(actor.userId, row.personId)));
      return rows.filter((_, index) => readable[index]).map(presentSharedWithMe);
    },

    /** A supporter reading a member's plan is staff-like access to member data, so each read is audited. */
    async read(actor: Actor, memberId: string, ip: string): Promise<SharedSafetyPlanDto> {
      const reader = await safetyPlanReader(actor, memberId, { isShared, circle: deps.circle });
      if (!reader) throw problems.notFound('safety plan');
      if (reader === 'owner') return { memberId, handle: actor.handle, plan: (await mine(memberId)).plan };
      return db.transaction().execute(async (trx) => {
        const plan = presentPlan(await safetyPlanRepo.findPlan(trx, memberId));
        await recordAudit(trx, { action: 'safety_plan.viewed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: memberId, ip });
        return { memberId, handle: await safetyPlanRepo.handleOf(trx, memberId), plan };
      });
    },
  };
}
