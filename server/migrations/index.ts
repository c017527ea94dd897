import type { Migration } from 'kysely';
import * as createUsersAndRoles from './2026-11-22T1200_create_users_and_roles.js';
import * as createSessions from './2026-11-22T1210_create_sessions.js';
import * as createAuditLog from './2026-11-22T1220_create_audit_log.js';
import * as createAuthThrottle from './2026-11-22T1230_create_auth_throttle.js';
import * as createCrisisLines from './2026-11-22T1240_create_crisis_lines.js';
import * as createProfiles from './2026-11-22T1300_create_profiles.js';
import * as createConsentsAndBlocks from './2026-11-22T1310_create_consents_and_blocks.js';
import * as createMatching from './2026-11-22T1400_create_matching.js';
import * as createConversations from './2026-11-22T1500_create_conversations.js';
import * as createRoomsAndModeration from './2026-11-22T1510_create_rooms_and_moderation.js';
import * as createSafety from './2026-11-22T1600_create_safety.js';
import * as createReports from './2026-11-22T1610_create_reports.js';
import * as createSupportTools from './2026-11-22T1700_create_support_tools.js';
import * as createGroups from './2026-11-22T1800_create_groups.js';

/** Listed explicitly so the same set runs from source, tests and any bundle; names are frozen once landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T1200_create_users_and_roles': createUsersAndRoles,
  '2026-11-22T1210_create_sessions': createSessions,
  '2026-11-22T1220_create_audit_log': createAuditLog,
  '2026-11-22T1230_create_auth_throttle': createAuthThrottle,
  '2026-11-22T1240_create_crisis_lines': createCrisisLines,
  '2026-11-22T1300_create_profiles': createProfiles,
  '2026-11-22T1310_create_consents_and_blocks': createConsentsAndBlocks,
  '2026-11-22T1400_create_matching': createMatching,
  '2026-11-22T1500_create_conversations': createConversations,
  '2026-11-22T1510_create_rooms_and_moderation': createRoomsAndModeration,
  '2026-11-22T1600_create_safety': createSafety,
  '2026-11-22T1610_create_reports': createReports,
  '2026-11-22T1700_create_support_tools': createSupportTools,
  '2026-11-22T1800_create_groups': createGroups,
};
