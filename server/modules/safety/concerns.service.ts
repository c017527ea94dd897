import type { ConcernDto } from '../../../shared/contracts/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { assessmentsRepo } from './assessments.repo.js';

/** Concerns addressed to a supporter or moderator about the people in their care. */
export function createConcernsService({ db }: PlatformContext) {
  return {
    async mine(actor: Actor): Promise<ConcernDto[]> {
      const rows = await assessmentsRepo.noticesFor(db, actor.userId, 50);
      return rows.map((row) => ({
        assessmentId: row.id,
        level: row.level as ConcernDto['level'],
        conversationId: row.conversation_id,
        messageId: row.source_id,
        source: row.source_type as ConcernDto['source'],
        authorHandle: row.author_handle,
        body: row.excerpt,
        signals: (JSON.parse(row.signals) as ConcernDto['signals']).map(({ rule, category, evidence }) => ({ rule, category, evidence })),
        createdAt: row.created_at,
      }));
    },
  };
}
