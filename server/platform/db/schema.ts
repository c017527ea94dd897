import type { Generated } from 'kysely';
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
  /** ISO country codes, comma-separated; empty for lines that serve everyone. */
  countries: string;
  updated_at: Timestamp;
}

export interface ProfilesTable {
  user_id: string;
  first_name: string | null;
  pronouns: string | null;
  age_range: string | null;
  country: string | null;
  time_zone: string | null;
  languages: string;
  topics: string;
  interests: string;
  identities: string;
  meeting_modes: string;
  availability: string;
  visibility: string;
  updated_at: Timestamp;
}

export interface SupporterProfilesTable {
  user_id: string;
  story: string | null;
  story_visibility: string;
  support_topics: string;
  capacity: number;
  status: string;
  /** 0 or 1: an integer reads the same from both databases. */
  accepting_new: number;
  training_completed_at: Timestamp | null;
  updated_at: Timestamp;
  active_relationships: Generated<number>;
  last_matched_at: Timestamp | null;
}

export interface SupporterApplicationsTable {
  id: string;
  user_id: string;
  story: string;
  motivation: string;
  support_topics: string;
  status: string;
  submitted_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_note: string | null;
}

export interface TopicsTable {
  key: string;
  label_en: string;
  label_es: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ConsentRecordsTable {
  id: string;
  user_id: string;
  kind: string;
  version: string;
  agreed_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface BlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

export interface SupportRequestsTable {
  id: string;
  member_id: string;
  topics: string;
  primary_topic: string | null;
  note: string | null;
  languages: string;
  supporter_identities: string;
  communities: string;
  meeting_modes: string;
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MatchOffersTable {
  id: string;
  request_id: string;
  member_id: string;
  supporter_id: string;
  status: string;
  reasons: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  responded_at: Timestamp | null;
  decline_reason: string | null;
}

export interface SupportRelationshipsTable {
  id: string;
  member_id: string;
  supporter_id: string;
  offer_id: string | null;
  status: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  ended_by: string | null;
  end_reason: string | null;
}

export interface ProgramSettingsTable {
  key: string;
  value: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ConversationsTable {
  id: string;
  kind: string;
  relationship_id: string | null;
  title: string | null;
  last_seq: Generated<number>;
  created_at: Timestamp;
}

export interface ConversationMembersTable {
  conversation_id: string;
  user_id: string;
  role: string;
  joined_at: Timestamp;
  removed_at: Timestamp | null;
  last_read_seq: Generated<number>;
  last_delivered_seq: Generated<number>;
  agreement_version: number | null;
  removed_by: string | null;
  removal_reason: string | null;
}

export interface MessagesTable {
  id: string;
  conversation_id: string;
  seq: number;
  author_id: string | null;
  client_id: string;
  body: string;
  status: string;
  created_at: Timestamp;
  edited_at: Timestamp | null;
  held_reason: string | null;
  hidden_reason: string | null;
  hidden_by: string | null;
}

export interface ChatRoomsTable {
  conversation_id: string;
  description: string;
  topic: string | null;
  agreement: string;
  agreement_version: number;
  member_cap: number;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface RiskAssessmentsTable {
  id: string;
  author_id: string | null;
  source_type: string;
  source_id: string;
  conversation_id: string | null;
  level: string;
  signals: string;
  rules_version: string;
  lang: string;
  excerpt: string;
  created_at: Timestamp;
}

export interface ConcernNoticesTable {
  id: string;
  assessment_id: string;
  recipient_id: string;
  seen_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SafetyAlertsTable {
  id: string;
  member_id: string | null;
  reason: string;
  assessment_id: string | null;
  conversation_id: string | null;
  message_id: string | null;
  status: string;
  escalation_step: Generated<number>;
  escalate_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  resolution_note: string | null;
  created_at: Timestamp;
}

export interface SafetyAlertEventsTable {
  id: string;
  alert_id: string;
  actor_id: string | null;
  kind: string;
  note: string | null;
  notified: Generated<string>;
  created_at: Timestamp;
}

export interface OnCallShiftsTable {
  id: string;
  user_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  position: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SafetyPlansTable {
  user_id: string;
  content: string;
  updated_at: Timestamp;
}

export interface SafetyPlanSharesTable {
  id: string;
  user_id: string;
  shared_with_id: string;
  granted_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ReportsTable {
  id: string;
  reporter_id: string | null;
  subject_type: string;
  message_id: string | null;
  conversation_id: string | null;
  reported_user_id: string | null;
  reason: string;
  details: string;
  excerpt: string | null;
  status: string;
  outcome: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  appeal_text: string | null;
  appealed_at: Timestamp | null;
  appeal_outcome: string | null;
  appeal_decided_by: string | null;
  appeal_decided_at: Timestamp | null;
  appeal_note: string | null;
  created_at: Timestamp;
}

export interface UserSanctionsTable {
  id: string;
  user_id: string;
  kind: string;
  reason: string;
  report_id: string | null;
  ends_at: Timestamp | null;
  lifted_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ChatInvitationsTable {
  id: string;
  from_user_id: string;
  to_user_id: string;
  status: string;
  conversation_id: string | null;
  created_at: Timestamp;
  responded_at: Timestamp | null;
}

export interface GoalsTable {
  id: string;
  member_id: string;
  title: string;
  why: string;
  target_date: string | null;
  visibility: string;
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface GoalStepsTable {
  id: string;
  goal_id: string;
  text: string;
  status: string;
  suggested_by: string | null;
  position: number;
  created_at: Timestamp;
  done_at: Timestamp | null;
}

export interface GoalUpdatesTable {
  id: string;
  goal_id: string;
  author_id: string | null;
  note: string;
  created_at: Timestamp;
}

export interface CheckInPlansTable {
  id: string;
  relationship_id: string;
  rrule: string;
  /** Wall-clock start in the plan's time zone, 'YYYY-MM-DDTHH:mm'. */
  starts_local: string;
  time_zone: string;
  duration_minutes: number;
  meeting_mode: string;
  meeting_detail: string | null;
  status: string;
  proposed_by: string | null;
  agreed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CheckInsTable {
  id: string;
  relationship_id: string;
  plan_id: string | null;
  planned_at: Timestamp;
  duration_minutes: number;
  meeting_mode: string;
  meeting_detail: string | null;
  status: string;
  marked_by: string | null;
  marked_at: Timestamp | null;
  mood: number | null;
  mood_words: string | null;
  talked_about: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SupervisionAssignmentsTable {
  supporter_id: string;
  supervisor_id: string;
  assigned_by: string | null;
  created_at: Timestamp;
}

export interface SessionNotesTable {
  id: string;
  relationship_id: string;
  check_in_id: string | null;
  author_id: string | null;
  body: string;
  shared_with_member: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CheckInFeedbackTable {
  id: string;
  check_in_id: string;
  relationship_id: string;
  supporter_id: string | null;
  felt_heard: number;
  worked_on_what_i_wanted: number;
  way_we_talked_suited_me: number;
  overall: number;
  created_at: Timestamp;
}

export interface RelationshipClosingNotesTable {
  id: string;
  relationship_id: string;
  author_id: string;
  note: string;
  created_at: Timestamp;
}

export interface CalendarFeedsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  data: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  channels: string;
  reminder_minutes_before: number;
  quiet_from: string | null;
  quiet_until: string | null;
  weekly_digest: number;
  updated_at: Timestamp;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  dedupe_key: string | null;
  run_at: Timestamp;
  status: string;
  attempts: number;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface GroupsTable {
  id: string;
  name: string;
  description: string;
  /** Topic keys with a space on each side (' anxiety grief '), so one LIKE finds a topic on both databases. */
  topics: string;
  language: string;
  format: string;
  place_name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  video_link: string | null;
  time_zone: string;
  rrule: string | null;
  starts_local: string | null;
  duration_minutes: number;
  meeting_weekday: number | null;
  meeting_minute: number | null;
  next_meeting_at: Timestamp | null;
  capacity: number;
  member_count: number;
  agreement: string;
  agreement_version: number;
  listing: string;
  conversation_id: string | null;
  status: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GroupFacilitatorsTable {
  group_id: string;
  user_id: string;
  role: string;
  added_by: string | null;
  created_at: Timestamp;
}

export interface GroupMembershipsTable {
  id: string;
  group_id: string;
  user_id: string;
  status: string;
  waitlist_position: number | null;
  agreement_version: number | null;
  attendance_recorded: number;
  muted_until: Timestamp | null;
  removed_reason: string | null;
  removed_by: string | null;
  joined_at: Timestamp;
  updated_at: Timestamp;
}

export interface GroupMeetingChangesTable {
  group_id: string;
  occurrence_start: Timestamp;
  new_start: Timestamp | null;
  cancelled: number;
  note: string | null;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface GroupRsvpsTable {
  group_id: string;
  occurrence_start: Timestamp;
  user_id: string;
  answer: string;
  answered_at: Timestamp;
}

export interface GroupAttendanceTable {
  group_id: string;
  occurrence_start: Timestamp;
  unnamed_count: number;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface GroupAttendeesTable {
  group_id: string;
  occurrence_start: Timestamp;
  user_id: string;
}

export interface GroupMeetingNotesTable {
  id: string;
  group_id: string;
  occurrence_start: Timestamp;
  author_id: string | null;
  body: string;
  checklist: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  auth_throttle: AuthThrottleTable;
  crisis_lines: CrisisLinesTable;
  profiles: ProfilesTable;
  supporter_profiles: SupporterProfilesTable;
  supporter_applications: SupporterApplicationsTable;
  topics: TopicsTable;
  consent_records: ConsentRecordsTable;
  blocks: BlocksTable;
  support_requests: SupportRequestsTable;
  match_offers: MatchOffersTable;
  support_relationships: SupportRelationshipsTable;
  program_settings: ProgramSettingsTable;
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  messages: MessagesTable;
  chat_rooms: ChatRoomsTable;
  chat_invitations: ChatInvitationsTable;
  risk_assessments: RiskAssessmentsTable;
  concern_notices: ConcernNoticesTable;
  safety_alerts: SafetyAlertsTable;
  safety_alert_events: SafetyAlertEventsTable;
  on_call_shifts: OnCallShiftsTable;
  safety_plans: SafetyPlansTable;
  safety_plan_shares: SafetyPlanSharesTable;
  reports: ReportsTable;
  user_sanctions: UserSanctionsTable;
  goals: GoalsTable;
  goal_steps: GoalStepsTable;
  goal_updates: GoalUpdatesTable;
  check_in_plans: CheckInPlansTable;
  check_ins: CheckInsTable;
  supervision_assignments: SupervisionAssignmentsTable;
  session_notes: SessionNotesTable;
  check_in_feedback: CheckInFeedbackTable;
  relationship_closing_notes: RelationshipClosingNotesTable;
  calendar_feeds: CalendarFeedsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  jobs: JobsTable;
  groups: GroupsTable;
  group_facilitators: GroupFacilitatorsTable;
  group_memberships: GroupMembershipsTable;
  group_meeting_changes: GroupMeetingChangesTable;
  group_rsvps: GroupRsvpsTable;
  group_attendance: GroupAttendanceTable;
  group_attendees: GroupAttendeesTable;
  group_meeting_notes: GroupMeetingNotesTable;
}

