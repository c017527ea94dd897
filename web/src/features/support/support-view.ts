import type { SupportCardDto } from '../../../../shared/contracts/safety.js';
import type { RelationshipSummaryDto } from '../../../../shared/contracts/support.js';
import type { Side, ViewerRole } from './check-in-forms.js';

/** What every part of a relationship's page needs to know about who is reading it. */
export interface SupportView {
  summary: RelationshipSummaryDto;
  role: ViewerRole;
  /** The reader's own time zone: check-in times are shown, and typed, on its wall clock. */
  zone: string;
  active: boolean;
  /** The member for a supporter or supervisor; the supporter for the member. */
  otherHandle: string;
  announce: (message: string) => void;
  offerSupportCard: (card: SupportCardDto) => void;
}

/** The reader's zone: their profile's, from the relationship itself; a supervisor's own, given by the caller. */
export function zoneFor(summary: RelationshipSummaryDto, supervisorZone: string): string {
  if (summary.myRole === 'member') return summary.member.timeZone;
  if (summary.myRole === 'supporter') return summary.supporter.timeZone;
  return supervisorZone;
}

export function otherHandleFor(summary: RelationshipSummaryDto): string {
  return summary.myRole === 'member' ? summary.supporter.handle : summary.member.handle;
}

/** The handle of one side of the relationship. */
export function handleOf(summary: RelationshipSummaryDto, side: Side): string {
  return side === 'member' ? summary.member.handle : summary.supporter.handle;
}

/** Element ids the page points focus at; check-in, plan and note ids are uuids, safe in an id. */
export const supportIds = {
  rhythmHeading: 'support-rhythm-heading',
  proposalHeading: 'support-proposal-heading',
  upcomingHeading: 'support-upcoming-heading',
  historyHeading: 'support-history-heading',
  notesHeading: 'support-notes-heading',
  checkIn: (checkInId: string) => `check-in-${checkInId}`,
  note: (noteId: string) => `note-${noteId}`,
};

/**
 * Moves focus once React has drawn what a finished action changed: the page's data refetches first, so
 * the element may only now exist. Tries frame by frame (up to about two seconds). A private support card
 * that has taken focus keeps it: the person is reading it.
 */
export function focusSoon(id: string): void {
  let frames = 0;
  const attempt = () => {
    if (document.activeElement?.closest('.support-card')) return;
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      return;
    }
    frames += 1;
    if (frames < 120) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
