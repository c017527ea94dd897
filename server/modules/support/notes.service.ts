import type { z } from 'zod';
import type { SupportCardDto } from '../../../shared/contracts/safety.js';
import type { closingNoteInput, SessionNoteDto, sessionNoteInput, sessionNoteUpdate } from '../../../shared/contracts/support.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { TextSafety } from '../safety/index.js';
import { checkInsRepo } from './check-ins.repo.js';
import { closingNotesRepo } from './closing-notes.repo.js';
import { presentNote } from './notes.presenter.js';
import { notesRepo } from './notes.repo.js';
import type { Notifier } from '../notifications/index.js';
import { relationshipViewFor, requireActive, requireParticipant } from './support.policy.js';
import { writtenIn } from './written-text.js';

/**
 * Session notes are the supporter's: private to them and the supervisors who look after them, unless
 * they share a note with the member. Every supervisor read is audited. Closing notes are either side's
 * last words on a relationship that has ended.
 */
export function createNotesService(ctx: PlatformContext, deps: { notifier: Notifier; textSafety: TextSafety }) {
  const { db, clock } = ctx;

  async function screened(actor: Actor, relationship: Parameters<typeof writtenIn>[2], source: 'session_note' | 'closing_note', id: string, text: string) {
    return deps.textSafety.screen(await writtenIn(db, actor, relationship, source, id, text));
  }

  return {
    async list(actor: Actor, relationshipId: string, ip: string | null): Promise<SessionNoteDto[]> {
      const view = await relationshipViewFor(db, actor, relationshipId);
      const rows = await notesRepo.of(db, relationshipId, view.role === 'member');
      if (view.role === 'supervisor') {
        await recordAudit(db, {
          action: 'session_notes.read', at: clock.now(), actorId: actor.userId, subjectType: 'support_relationship', subjectId: relationshipId, ip,
          details: { notes: rows.length },
        });
      }
      return rows.map(presentNote);
    },

    async write(actor: Actor, relationshipId: string, input: z.output<typeof sessionNoteInput>): Promise<{ note: SessionNoteDto; level: string }> {
      const view = await relationshipViewFor(db, actor, relationshipId);
      requireParticipant(view);
      if (view.role !== 'supporter') throw problems.forbidden();
      requireActive(view);
      if (input.checkInId) {
        const checkIn = await checkInsRepo.checkIn(db, input.checkInId);
        if (!checkIn || checkIn.relationship_id !== relationshipId) throw problems.invalidFields([fieldError('checkInId', 'not_in_relationship', 'Choose a check-in from this relationship.')]);
      }
      const at = clock.now().toISOString();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await notesRepo.insert(trx, {
          id, relationship_id: relationshipId, check_in_id: input.checkInId ?? null, author_id: actor.userId, body: input.body,
          shared_with_member: input.sharedWithMember ? 1 : 0, created_at: at, updated_at: at,
        });
        if (input.sharedWithMember) {
          await deps.notifier.notify(trx, { userId: view.relationship.member_id, kind: 'session_note.shared', data: { handle: actor.handle }, link: `/support/${relationshipId}` });
        }
      });
      const { level } = await screened(actor, view.relationship, 'session_note', id, input.body);
      return { note: presentNote((await notesRepo.find(db, id))!), level };
    },

    async update(actor: Actor, noteId: string, input: z.output<typeof sessionNoteUpdate>): Promise<SessionNoteDto> {
      const note = await notesRepo.find(db, noteId);
      if (!note) throw problems.notFound('note');
      const view = await relationshipViewFor(db, actor, note.relationship_id).catch(() => {
        throw problems.notFound('note');
      });
      if (view.role === 'member' && !note.shared_with_member) throw problems.notFound('note');
      if (note.author_id !== actor.userId) throw problems.forbidden();
      const at = clock.now().toISOString();
      const nowShared = input.sharedWithMember === true && !note.shared_with_member;
      await db.transaction().execute(async (trx) => {
        await notesRepo.update(trx, noteId, {
          ...(input.body !== undefined ? { body: input.body } : {}),
          ...(input.sharedWithMember !== undefined ? { shared_with_member: input.sharedWithMember ? 1 : 0 } : {}),
          updated_at: at,
        });
        if (nowShared) {
          await deps.notifier.notify(trx, { userId: view.relationship.member_id, kind: 'session_note.shared', data: { handle: actor.handle }, link: `/support/${note.relationship_id}` });
        }
      });
      if (input.body !== undefined && input.body !== note.body) await screened(actor, view.relationship, 'session_note', noteId, input.body);
      return presentNote((await notesRepo.find(db, noteId))!);
    },

    /** Either side's short note once the relationship has ended; one each. */
    async writeClosingNote(actor: Actor, relationshipId: string, input: z.output<typeof closingNoteInput>): Promise<{ supportCard: SupportCardDto | null }> {
      const view = await relationshipViewFor(db, actor, relationshipId);
      requireParticipant(view);
      if (view.relationship.status === 'active') throw problems.stateConflict('relationship_active', 'A closing note is written once the relationship has ended.');
      const id = newId();
      const stored = await closingNotesRepo.insert(db, { id, relationship_id: relationshipId, author_id: actor.userId, note: input.note, created_at: clock.now().toISOString() });
      if (!stored) throw problems.stateConflict('closing_note_written', 'You have already written your closing note.');
      const { supportCard } = await screened(actor, view.relationship, 'closing_note', id, input.note);
      return { supportCard };
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
