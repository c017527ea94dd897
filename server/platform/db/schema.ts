import type { Role } from '../../../shared/roles.js';

/** Timestamps are ISO-8601 UTC strings in both databases so one query code base compares them the same way. */
type Timestamp = string;

export interface UsersTable {
  id: string;
  email: string;
  handle: string;
  handle_key: string;
  password_hash: string;
  locale: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
  granted_by: string | null;
  granted_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  revoked_at: Timestamp | null;
  user_agent: string | null;
  ip: string | null;
}

export interface AuditLogTable {
  id: string;
  at: Timestamp;
  action: string;
  actor_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  details: string;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface CrisisLinesTable {
  id: string;
  region: string;
  name: string;
  phone: string | null;
  url: string | null;
  description: string;
  sort_order: number;
  updated_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  auth_throttle: AuthThrottleTable;
  crisis_lines: CrisisLinesTable;
}

