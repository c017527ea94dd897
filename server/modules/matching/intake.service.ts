import type { IntakePlanDto, MatchingWeights } from '../../../shared/contracts/matching.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { addMinutes } from '../../platform/clock.js';
import type { PlatformContext } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { availableSupporterFacts } from '../profiles/index.js';
import type { BlocksService } from '../privacy/index.js';
import { solveAssignment } from './assignment.js';
import { type CandidatePool, toTraits } from './candidate-pool.js';
import { matchingRepo } from './matching.repo.js';
import { needForRequest } from './need.js';
import { buildIndex, rank, scoreMatrix } from './ranking.js';

export type IntakeService = ReturnType<typeof createIntakeService>;

/**
 * Program intake in bulk: everyone waiting is placed at once by an exact optimal assignment that
 * respects capacities and hard rules; the admin reviews, then each member sees and answers their proposal.
 */
export function createIntakeService({ db, clock }: PlatformContext, deps: { blocks: BlocksService; pool: CandidatePool; weights: () => Promise<MatchingWeights> }) {
  return {
    async propose(admin: Actor, ip: string): Promise<IntakePlanDto> {
      const now = clock.now();
      const requests = await matchingRepo.waitingRequests(db);
      if (requests.length === 0) return { proposals: [], unplaced: [] };
      const needs = await Promise.all(requests.map((request) => needForRequest(db, request, deps.blocks, now)));
      const supporters = await availableSupporterFacts(db, now.toISOString());
      const index = buildIndex(supporters.map((facts) => toTraits(facts, now)));
      const weights = await deps.weights();
      const score = scoreMatrix(needs, index, weights, now.getTime());
      const capacity = Int32Array.from(index.candidates, (candidate) => Math.max(0, candidate.traits.capacity - candidate.traits.load));
      const { assignedTo } = solveAssignment({ members: needs.length, supporters: index.candidates.length, capacity, score });
      const handles = await matchingRepo.handlesOf(db, requests.map((request) => request.member_id));
      const plan: IntakePlanDto = { proposals: [], unplaced: [] };
      requests.forEach((request, row) => {
        const column = assignedTo[row]!;
        const memberHandle = handles.get(request.member_id) ?? '';
        if (column < 0) {
          plan.unplaced.push({ requestId: request.id, memberHandle });
          return;
        }
        const traits = index.candidates[column]!.traits;
        const [explained] = rank(needs[row]!, buildIndex([{ ...traits, load: 0 }]), weights, now.getTime(), 1);
        plan.proposals.push({
          requestId: request.id,
          memberId: request.member_id,
          memberHandle,
          supporterId: traits.userId,
          supporterHandle: supporters[column]!.handle,
          score: explained?.score ?? 0,
          reasons: explained?.reasons ?? [],
        });
      });
      await recordAudit(db, { action: 'intake.proposed', at: now, actorId: admin.userId, ip, details: { waiting: requests.length, proposed: plan.proposals.length } });
      return plan;
    },

    /** Each confirmed pair is checked again; the ones that no longer fit are skipped and reported. */
    async confirm(admin: Actor, assignments: Array<{ requestId: string; supporterId: string }>, ip: string) {
      // Read before the transaction: the embedded database has one connection, which the transaction holds.
      const weights = await deps.weights();
      return db.transaction().execute(async (trx) => {
        const now = clock.now();
        const placedNow = new Map<string, number>();
        const skipped: Array<{ requestId: string; code: string }> = [];
        let proposed = 0;
        for (const { requestId, supporterId } of assignments) {
          const request = await matchingRepo.findRequest(trx, requestId);
          const inFlight = request ? (await matchingRepo.offersForRequest(trx, requestId)).some((o) => o.status === 'pending' || o.status === 'proposed') : false;
          if (!request || request.status !== 'open' || inFlight) {
            skipped.push({ requestId, code: 'request_not_waiting' });
            continue;
          }
          const supporter = await deps.pool.fresh(trx, supporterId);
          const traits = supporter ? { ...supporter, load: supporter.load + (placedNow.get(supporterId) ?? 0) } : null;
          const [explained] = traits ? rank(await needForRequest(trx, request, deps.blocks, now), buildIndex([traits]), weights, now.getTime(), 1) : [];
          if (!explained) {
            skipped.push({ requestId, code: 'supporter_unavailable' });
            continue;
          }
          await matchingRepo.insertOffer(trx, {
            id: newId(), request_id: requestId, member_id: request.member_id, supporter_id: supporterId, status: 'proposed',
            reasons: JSON.stringify(explained.reasons), created_at: now.toISOString(),
            expires_at: addMinutes(now, weights.offerHours * 60).toISOString(), responded_at: null, decline_reason: null,
          });
          placedNow.set(supporterId, (placedNow.get(supporterId) ?? 0) + 1);
          proposed += 1;
        }
        await recordAudit(trx, { action: 'intake.confirmed', at: now, actorId: admin.userId, ip, details: { proposed, skipped: skipped.length } });
        deps.pool.invalidate();
        return { proposed, skipped };
      });
    },
  };
}
