import type { SessionNoteDto } from '../../../shared/contracts/support.js';
import type { SessionNoteRow } from './notes.repo.js';

export function presentNote(row: SessionNoteRow): SessionNoteDto {
  return {
    id: row.id,
    checkInId: row.check_in_id,
    authorHandle: row.author_handle,
    body: row.body,
    sharedWithMember: Boolean(row.shared_with_member),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
