import type { Access } from '../../platform/auth/access.js';

/** Any signed-in person reaches only the conversations they are a member of; services check membership. */
export const OWN_CONVERSATIONS: Access = 'signed-in';
