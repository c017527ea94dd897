import type { Access } from '../../platform/auth/access.js';
import type { Role } from '../../../shared/roles.js';

export const ROOM_ADMINS: Access = ['admin'];
/** Any signed-in person may browse and join rooms; moderation rights come from the room itself. */
export const ROOM_PARTICIPANTS: Access = 'signed-in';
/** Moderators are people the program has trained. */
export const MODERATOR_ELIGIBLE_ROLES: readonly Role[] = ['supporter', 'supervisor', 'admin'];
