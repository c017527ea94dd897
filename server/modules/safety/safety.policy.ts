import type { Access } from '../../platform/auth/access.js';

/** Crisis lines must reach everyone, signed in or not; only admins change them. */
export const READ_CRISIS_LINES: Access = 'public';
export const EDIT_CRISIS_LINES: Access = ['admin'];
