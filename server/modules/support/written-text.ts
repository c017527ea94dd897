import type { TextSource } from '../../../shared/contracts/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { WrittenText } from '../safety/index.js';
import { type RelationshipRow, supportRepo } from './support.repo.js';

/**
 * Words written in a relationship, ready for the safety screen. A member's worrying words reach their
 * supporter; a supporter's (a note about the member) reach the supervisors who look after them.
 */
export async function writtenIn(
  db: DbExecutor, actor: Actor, relationship: RelationshipRow, source: Exclude<TextSource, 'message'>, sourceId: string, text: string,
): Promise<WrittenText> {
  const carers = actor.userId === relationship.member_id ? [relationship.supporter_id] : await supportRepo.supervisorsOf(db, relationship.supporter_id);
  return { authorId: actor.userId, memberId: relationship.member_id, source, sourceId, text, locale: actor.locale, carers };
}
