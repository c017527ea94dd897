import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { problems } from '../../platform/errors.js';
import { supportRepo, type RelationshipRow } from './support.repo.js';

/** Every route decides per relationship below; the route gate only asks for a session. */
export const IN_A_RELATIONSHIP: Access = 'signed-in';
export const SUPERVISES: Access = ['supervisor', 'admin'];
export const ASSIGNS_SUPERVISION: Access = ['admin'];

export type RelationshipRole = 'member' | 'supporter' | 'supervisor';

export interface RelationshipView {
  relationship: RelationshipRow;
  role: RelationshipRole;
}

/**
 * How the actor stands to a relationship: its member, its supporter, or a supervisor assigned to its
 * supporter. Anyone else gets a 404, so the existence of someone's support stays private.
 */
export async function relationshipViewFor(db: DbExecutor, actor: Actor, relationshipId: string): Promise<RelationshipView> {
  const relationship = await supportRepo.relationship(db, relationshipId);
  if (!relationship) throw problems.notFound('relationship');
  if (relationship.member_id === actor.userId) return { relationship, role: 'member' };
  if (relationship.supporter_id === actor.userId) return { relationship, role: 'supporter' };
  if (actor.roles.includes('supervisor') && (await supportRepo.supervises(db, actor.userId, relationship.supporter_id))) {
    return { relationship, role: 'supervisor' };
  }
  throw problems.notFound('relationship');
}

/** Members and supporters act; supervisors only read. */
export function requireParticipant(view: RelationshipView): asserts view is RelationshipView & { role: 'member' | 'supporter' } {
  if (view.role === 'supervisor') throw problems.forbidden();
}

/** Plans, check-ins and notes are for a relationship that is still going. */
export function requireActive(view: RelationshipView): void {
  if (view.relationship.status !== 'active') throw problems.stateConflict('relationship_ended', 'This support relationship has ended.');
}
