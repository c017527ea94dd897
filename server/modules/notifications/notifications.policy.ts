import { type NotificationKind, SAFETY_RELEVANT_KINDS } from '../../../shared/contracts/notifications.js';
import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';

/** Everyone signed in has their own notifications and settings; nobody, whatever their role, reads another's. */
export const OWN_NOTIFICATIONS: Access = 'signed-in';

/** The only notifications an actor may see or change: their own. Repos take this id, never one from the request. */
export function notificationOwner(actor: Actor): string {
  return actor.userId;
}

/** Safety-relevant kinds always reach the notification centre, so turning them off is refused. */
export function canTurnOffInApp(kind: NotificationKind): boolean {
  return !SAFETY_RELEVANT_KINDS.includes(kind);
}

/**
 * Links are paths inside Kindred. Anything else (another site, a protocol-relative '//host') is refused
 * when the notification is written, so a notification can never send someone off-site.
 */
export function isInternalLink(link: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(link) && link.length <= 500;
}
