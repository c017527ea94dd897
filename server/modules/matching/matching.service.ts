import {
  DEFAULT_MATCHING_WEIGHTS,
  type MatchingWeights,
  matchingWeightsSchema,
  type OfferDto,
  type RelationshipDto,
  type SuggestionsDto,
  type SupportRequestDto,
  type ValidSupportRequest,
} from '../../../shared/contracts/matching.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { addMinutes } from '../../platform/clock.js';
import type { PlatformContext } from '../../platform/context.js';
import { afterCommit, type DbExecutor, type Trx } from '../../platform/db/connect.js';
import { problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { ConversationsService } from '../conversations/index.js';
import type { BlocksService } from '../privacy/index.js';
import { releaseSupporterSlot, reserveSupporterSlot } from '../profiles/index.js';
import type { TopicsService } from '../profiles/index.js';
import type { CandidatePool } from './candidate-pool.js';
import { type OfferView, matchingRepo, type RequestRow } from './matching.repo.js';
import { presentOffer, presentRelationship, presentRequest } from './matching.presenter.js';
import { needForRequest } from './need.js';
import { buildIndex, rank, relaxOptions } from './ranking.js';

export const SUGGESTIONS_PER_PAGE = 5;
const WEIGHTS_KEY = 'matching.weights';


export interface MatchingDeps {
  blocks: BlocksService;
  conversations: ConversationsService;
  topics: TopicsService;
  pool: CandidatePool;
  /** Runs inside the ending's transaction, so what other features do about it commits with it. */
  onRelationshipEnded?: (trx: Trx, ended: EndedRelationship) => Promise<void>;
}

export interface EndedRelationship {
  id: string;
  memberId: string;
  supporterId: string;
  endedBy: string;
  endedByHandle: string;
}

export type MatchingService = ReturnType<typeof createMatchingService>;

export function createMatchingService({ db, clock }: PlatformContext, deps: MatchingDeps) {
  const { pool } = deps;

  async function weights(executor: DbExecutor = db): Promise<MatchingWeights> {
    const stored = await matchingRepo.setting(executor, WEIGHTS_KEY);
    return stored ? { ...DEFAULT_MATCHING_WEIGHTS, ...matchingWeightsSchema.partial().parse(JSON.parse(stored)) } : DEFAULT_MATCHING_WEIGHTS;
  }

  const needOf = (executor: DbExecutor, request: RequestRow) => needForRequest(executor, request, deps.blocks, clock.now());

  /** The member's own open request; anyone else's is reported as not found. */
  async function ownOpenRequest(executor: DbExecutor, actor: Actor, requestId: string): Promise<RequestRow> {
    const request = await matchingRepo.findRequest(executor, requestId);
    if (!request || request.member_id !== actor.userId) throw problems.notFound('request');
    if (request.status !== 'open') throw problems.stateConflict('request_closed', 'This request is no longer open.');
    return request;
  }

  async function supportersOffer(executor: DbExecutor, actor: Actor, offerId: string): Promise<OfferView> {
    await matchingRepo.expireOverdue(executor, clock.now().toISOString());
    const offer = await matchingRepo.findOffer(executor, offerId);
    if (!offer || offer.supporter_id !== actor.userId) throw problems.notFound('request');
    if (offer.status === 'expired') throw problems.stateConflict('offer_expired', 'This request has expired.');
    if (offer.status !== 'pending') throw problems.stateConflict('offer_not_pending', 'This request has already been answered.');
    return offer;
  }

  async function requestView(executor: DbExecutor, request: RequestRow): Promise<SupportRequestDto> {
    return presentRequest(request, await matchingRepo.offersForRequest(executor, request.id));
  }

  return {
    weights: () => weights(),

    async saveWeights(admin: Actor, value: MatchingWeights, ip: string): Promise<MatchingWeights> {
      await db.transaction().execute(async (trx) => {
        await matchingRepo.saveSetting(trx, WEIGHTS_KEY, JSON.stringify(value), clock.now().toISOString(), admin.userId);
        await recordAudit(trx, { action: 'matching.weights_changed', at: clock.now(), actorId: admin.userId, ip, details: value });
      });
      return value;
    },

    createRequest: (member: Actor, input: ValidSupportRequest) =>
      db.transaction().execute(async (trx) => {
        await deps.topics.assertKnown(trx, 'topics', input.topics);
        if (await matchingRepo.openRequestOf(trx, member.userId)) throw problems.stateConflict('request_open', 'You already have an open request.');
        const now = clock.now().toISOString();
        const row: RequestRow = {
          id: newId(),
          member_id: member.userId,
          topics: JSON.stringify(input.topics),
          primary_topic: input.primaryTopic,
          note: input.note,
          languages: JSON.stringify(input.languages),
          supporter_identities: JSON.stringify(input.supporterIdentities),
          communities: JSON.stringify(input.communities),
          meeting_modes: JSON.stringify(input.meetingModes),
          status: 'open',
          created_at: now,
          updated_at: now,
        };
        await matchingRepo.insertRequest(trx, row);
        return requestView(trx, row);
      }),

    async currentRequest(member: Actor): Promise<SupportRequestDto | null> {
      await matchingRepo.expireOverdue(db, clock.now().toISOString());
      const request = await matchingRepo.latestRequestOf(db, member.userId);
      return request ? requestView(db, request) : null;
    },

    async cancelRequest(member: Actor, requestId: string): Promise<SupportRequestDto> {
      return db.transaction().execute(async (trx) => {
        const request = await ownOpenRequest(trx, member, requestId);
        await matchingRepo.withdrawPendingOffers(trx, request.id);
        await matchingRepo.setRequestStatus(trx, request.id, 'cancelled', clock.now().toISOString());
        return requestView(trx, (await matchingRepo.findRequest(trx, request.id))!);
      });
    },

    /** Up to five supporters per page, best first, each with reasons; when none fit, what to relax. */
    async suggestions(member: Actor, requestId: string, page: number): Promise<SuggestionsDto> {
      const request = await ownOpenRequest(db, member, requestId);
      const need = await needOf(db, request);
      const { index, facts } = await pool.snapshot();
      const ranked = rank(need, index, await weights(), clock.now().getTime(), SUGGESTIONS_PER_PAGE, page * SUGGESTIONS_PER_PAGE);
      return {
        suggestions: ranked.map((entry) => ({
          supporterId: entry.userId,
          handle: facts.get(entry.userId)!.handle,
          story: facts.get(entry.userId)!.story,
          score: entry.score,
          reasons: entry.reasons,
        })),
        relax: ranked.length === 0 && page === 0 ? relaxOptions(need, index) : [],
      };
    },

    /** The member's choice goes to the supporter, re-checked against the database as it is now. */
    choose: (member: Actor, requestId: string, supporterId: string) =>
      db.transaction().execute(async (trx) => {
        await matchingRepo.expireOverdue(trx, clock.now().toISOString());
        const request = await ownOpenRequest(trx, member, requestId);
        const offers = await matchingRepo.offersForRequest(trx, request.id);
        if (offers.some((offer) => offer.status === 'pending' || offer.status === 'proposed')) {
          throw problems.stateConflict('offer_pending', 'Your request is waiting for an answer.');
        }
        const supporter = await pool.fresh(trx, supporterId);
        const need = await needOf(trx, request);
        const now = clock.now();
        const config = await weights(trx);
        const [scored] = supporter ? rank(need, buildIndex([supporter]), config, now.getTime(), 1) : [];
        if (!scored) throw problems.stateConflict('supporter_unavailable', 'This supporter cannot take a new person right now.');
        const offerId = newId();
        await matchingRepo.insertOffer(trx, {
          id: offerId,
          request_id: request.id,
          member_id: member.userId,
          supporter_id: supporterId,
          status: 'pending',
          reasons: JSON.stringify(scored.reasons),
          created_at: now.toISOString(),
          expires_at: addMinutes(now, config.offerHours * 60).toISOString(),
          responded_at: null,
          decline_reason: null,
        });
        pool.invalidate();
        return presentOffer((await matchingRepo.findOffer(trx, offerId))!, request.note);
      }),

    /** A proposal from bulk intake goes to the supporter only once the member agrees to it. */
    respondToProposal: (member: Actor, requestId: string, accept: boolean) =>
      db.transaction().execute(async (trx) => {
        await matchingRepo.expireOverdue(trx, clock.now().toISOString());
        const request = await ownOpenRequest(trx, member, requestId);
        const proposal = (await matchingRepo.offersForRequest(trx, request.id)).find((offer) => offer.status === 'proposed');
        if (!proposal) throw problems.stateConflict('no_proposal', 'There is no proposed supporter waiting for your answer.');
        const now = clock.now();
        const next = accept
          ? { status: 'pending', expires_at: addMinutes(now, (await weights(trx)).offerHours * 60).toISOString() }
          : { status: 'withdrawn', responded_at: now.toISOString() };
        if (!(await matchingRepo.transitionOffer(trx, proposal.id, 'proposed', next))) throw problems.stateConflict('no_proposal', 'This proposal has already been answered.');
        pool.invalidate();
        return requestView(trx, request);
      }),

    async inbox(supporter: Actor): Promise<OfferDto[]> {
      await matchingRepo.expireOverdue(db, clock.now().toISOString());
      const offers = await matchingRepo.offersForSupporter(db, supporter.userId, ['pending']);
      const notes = new Map<string, string | null>();
      for (const offer of offers) notes.set(offer.request_id, (await matchingRepo.findRequest(db, offer.request_id))?.note ?? null);
      return offers.map((offer) => presentOffer(offer, notes.get(offer.request_id) ?? null));
    },

    /** Accepting takes one of the supporter's places atomically; at capacity the accept is refused. */
    accept: (supporter: Actor, offerId: string, ip: string) =>
      afterCommit(db, async (trx) => {
        const offer = await supportersOffer(trx, supporter, offerId);
        if (await deps.blocks.hasBlocked(offer.member_id, supporter.userId, trx) || await deps.blocks.hasBlocked(supporter.userId, offer.member_id, trx)) {
          throw problems.stateConflict('supporter_unavailable', 'This request can no longer be accepted.');
        }
        const now = clock.now().toISOString();
        if (!(await reserveSupporterSlot(trx, supporter.userId, now))) {
          throw problems.stateConflict('at_capacity', 'You are supporting as many people as your capacity allows.');
        }
        if (!(await matchingRepo.transitionOffer(trx, offer.id, 'pending', { status: 'accepted', responded_at: now }))) {
          throw problems.stateConflict('offer_not_pending', 'This request has already been answered.');
        }
        await matchingRepo.setRequestStatus(trx, offer.request_id, 'matched', now);
        const relationshipId = newId();
        await matchingRepo.insertRelationship(trx, {
          id: relationshipId, member_id: offer.member_id, supporter_id: supporter.userId, offer_id: offer.id,
          status: 'active', started_at: now, ended_at: null, ended_by: null, end_reason: null,
        });
        const announce = await deps.conversations.openForRelationship(trx, relationshipId, offer.member_id, supporter.userId);
        await recordAudit(trx, { action: 'match.accepted', at: clock.now(), actorId: supporter.userId, subjectType: 'support_relationship', subjectId: relationshipId, ip });
        pool.invalidate();
        return { result: presentRelationship((await matchingRepo.findRelationship(trx, relationshipId))!), announce };
      }),

    decline: (supporter: Actor, offerId: string, reason: string | null) =>
      db.transaction().execute(async (trx) => {
        const offer = await supportersOffer(trx, supporter, offerId);
        if (!(await matchingRepo.transitionOffer(trx, offer.id, 'pending', { status: 'declined', responded_at: clock.now().toISOString(), decline_reason: reason }))) {
          throw problems.stateConflict('offer_not_pending', 'This request has already been answered.');
        }
        pool.invalidate();
        return presentOffer((await matchingRepo.findOffer(trx, offer.id))!, null);
      }),

    async relationships(actor: Actor): Promise<RelationshipDto[]> {
      return (await matchingRepo.relationshipsOf(db, actor.userId)).map(presentRelationship);
    },

    endRelationship: (actor: Actor, relationshipId: string, reason: string, ip: string) =>
      afterCommit(db, async (trx) => {
        const relationship = await matchingRepo.findRelationship(trx, relationshipId);
        if (!relationship || (relationship.member_id !== actor.userId && relationship.supporter_id !== actor.userId)) throw problems.notFound('relationship');
        if (!(await matchingRepo.endRelationship(trx, relationshipId, actor.userId, reason, clock.now().toISOString()))) {
          throw problems.stateConflict('relationship_ended', 'This relationship has already ended.');
        }
        await releaseSupporterSlot(trx, relationship.supporter_id);
        await deps.onRelationshipEnded?.(trx, {
          id: relationshipId, memberId: relationship.member_id, supporterId: relationship.supporter_id, endedBy: actor.userId, endedByHandle: actor.handle,
        });
        const announce = await deps.conversations.closeForRelationship(trx, relationshipId);
        await recordAudit(trx, { action: 'relationship.ended', at: clock.now(), actorId: actor.userId, subjectType: 'support_relationship', subjectId: relationshipId, ip });
        pool.invalidate();
        return { result: presentRelationship((await matchingRepo.findRelationship(trx, relationshipId))!), announce };
      }),
  };
}
