import type { Access } from '../../platform/auth/access.js';

/** Consents, blocks, export and deletion are each person's own; nobody acts on them for someone else. */
export const OWN_DATA: Access = 'signed-in';
