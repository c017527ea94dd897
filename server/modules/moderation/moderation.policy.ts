import type { Access } from '../../platform/auth/access.js';

/** Anyone signed in can report, see what became of their reports, and see and appeal decisions about them. */
export const ANY_MEMBER: Access = 'signed-in';
/** Supervisors and admins work the moderation queue. */
export const MODERATION_TEAM: Access = ['supervisor', 'admin'];
