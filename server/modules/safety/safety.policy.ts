import type { Access } from '../../platform/auth/access.js';

/** Crisis lines must reach everyone, signed in or not; only admins change them. */
export const READ_CRISIS_LINES: Access = 'public';
export const EDIT_CRISIS_LINES: Access = ['admin'];

/** Supervisors and admins watch over safety alerts; admins set who is on call. */
export const SAFETY_TEAM: Access = ['supervisor', 'admin'];
export const MANAGE_ON_CALL: Access = ['admin'];
/** Anyone signed in can ask to talk to someone now, and read the concerns addressed to them. */
export const ANY_MEMBER: Access = 'signed-in';
