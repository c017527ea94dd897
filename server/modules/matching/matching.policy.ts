import type { Access } from '../../platform/auth/access.js';
import type { Db } from '../../platform/db/connect.js';
import type { SupportCircle } from '../profiles/index.js';
import { matchingRepo } from './matching.repo.js';

/** Asking for support is for every member; answering is for supporters; tuning the weights is for admins. */
export const ASK_FOR_SUPPORT: Access = ['member'];
export const ANSWER_REQUESTS: Access = ['supporter'];
export const TUNE_MATCHING: Access = ['admin'];
export const OWN_RELATIONSHIPS: Access = 'signed-in';

/** A supporter is in a member's circle while their 1:1 relationship is active. */
export function relationshipCircle(db: Db): SupportCircle {
  return { includes: (viewerId, memberId) => matchingRepo.isActivePair(db, viewerId, memberId) };
}
