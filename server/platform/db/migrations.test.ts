import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database.js';
import { migrateAllDown, migrateToLatest } from './migrate.js';

async function tableNames(database: TestDatabase): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.map((table) => table.name).sort();
}

describe(`migrations on ${testDialect()}`, () => {
  let database: TestDatabase;
  afterEach(() => database.dispose());

  it('run every migration up, down and up again', async () => {
    database = await createTestDatabase({ migrate: false });
    const names = Object.keys(migrations);

    expect(await migrateToLatest(database.db)).toEqual(names.map((name) => `Up ${name}`));
    expect(await tableNames(database)).toEqual([
      'audit_log', 'auth_throttle', 'blocks', 'calendar_feeds', 'chat_invitations', 'chat_rooms', 'check_in_feedback', 'check_in_plans',
      'check_ins', 'concern_notices', 'consent_records', 'conversation_members', 'conversations', 'crisis_lines', 'goal_steps', 'goal_updates',
      'goals', 'group_attendance', 'group_attendees', 'group_facilitators', 'group_meeting_changes', 'group_meeting_notes', 'group_memberships', 'group_rsvps',
      'groups', 'jobs', 'match_offers', 'messages', 'notification_preferences', 'notifications', 'on_call_shifts', 'profiles',
      'program_settings', 'relationship_closing_notes', 'reports', 'risk_assessments', 'safety_alert_events', 'safety_alerts', 'safety_plan_shares', 'safety_plans',
      'session_notes', 'sessions', 'supervision_assignments', 'support_relationships', 'support_requests', 'supporter_applications', 'supporter_profiles', 'topics',
      'user_roles', 'user_sanctions', 'users',
    ]);

    expect(await migrateAllDown(database.db)).toEqual([...names].reverse().map((name) => `Down ${name}`));
    expect(await tableNames(database)).toEqual([]);

    expect(await migrateToLatest(database.db)).toHaveLength(names.length);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('are named by timestamp and applied in that order', () => {
    const names = Object.keys(migrations);
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}_[a-z0-9_]+$/);
    expect([...names].sort()).toEqual(names);
  });

  it('enforce foreign keys', async () => {
    database = await createTestDatabase();
    const orphanRole = database.db
      .insertInto('user_roles')
      .values({ user_id: 'missing', role: 'member', granted_by: null, granted_at: new Date().toISOString() })
      .execute();
    await expect(orphanRole).rejects.toThrow();
  });
});
