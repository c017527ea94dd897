import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOAL_STEP_MAX, GOAL_STEPS_MAX, GOAL_TITLE_MAX, GOAL_UPDATE_MAX, GOAL_WHY_MAX } from '../../../shared/contracts/goals.js';
import { buildTestApp, type TestApp } from '../../test/build-test-app.js';
import { createActiveSupporter, createSupportPair, createUser, signedInClient, type SupportPair } from '../../test/factories.js';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';
import { lastDayOverEverywhere } from './goals.service.js';

const WORRYING = 'Lately I keep wishing I could just go to sleep and not wake up.';
const URGENT = 'I have the pills counted out and I am going to take them all tonight.';

const errorsOf = (response: { json(): { errors?: Array<{ field: string; code: string }> } }) =>
  (response.json().errors ?? []).map((error) => [error.field, error.code]);

describe('the last day that is over everywhere', () => {
  it('is the day before today at UTC-12, so nobody’s today is refused', () => {
    expect(lastDayOverEverywhere(new Date('2026-11-22T10:00:00Z'))).toBe('2026-11-20');
    expect(lastDayOverEverywhere(new Date('2026-11-22T13:00:00Z'))).toBe('2026-11-21');
    expect(lastDayOverEverywhere(new Date('2027-01-01T11:59:00Z'))).toBe('2026-12-30');
  });
});

describe(`recovery goals on ${testDialect()}`, () => {
  let t: TestApp;
  let pair: SupportPair;
  beforeEach(async () => {
    t = await buildTestApp();
    pair = await createSupportPair(t.app, { member: 'Wren Willow', supporter: 'Cedar Calm' });
  });
  afterEach(() => t.close());

  const createGoal = async (body: Record<string, unknown> = {}) => {
    const response = await pair.member.post('/api/me/goals', { title: 'Walk to the park each week', why: 'Fresh air helps me sleep', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().goal;
  };
  const sharedGoalsFor = async (client: TestClient) => client.get(`/api/relationships/${pair.relationshipId}/goals`);
  const auditOf = (action: string) =>
    t.database.db.selectFrom('audit_log').select(['actor_id', 'subject_id']).where('action', '=', action).orderBy('at').execute();
  const assessments = () => t.database.db.selectFrom('risk_assessments').select(['author_id', 'source_type', 'source_id', 'level', 'excerpt']).orderBy('created_at').execute();
  const noticesFor = (recipientId: string) =>
    t.database.db.selectFrom('concern_notices').innerJoin('risk_assessments', 'risk_assessments.id', 'concern_notices.assessment_id')
      .select('risk_assessments.excerpt').where('concern_notices.recipient_id', '=', recipientId).execute();

  it('keeps what the member writes: the goal, why it matters, small steps and a target date', async () => {
    expect((await pair.member.get('/api/me/goals')).json()).toEqual({ goals: [] });
    const response = await pair.member.post('/api/me/goals', {
      title: '  Walk to the park each week ', why: 'Fresh air helps me sleep', steps: ['Find my trainers', 'Walk to the corner'], targetDate: '2099-06-30',
    });
    expect(response.statusCode).toBe(201);
    const { goal, supportCard } = response.json();
    expect(supportCard).toBeNull();
    expect(goal).toEqual({
      id: expect.any(String), memberId: pair.memberUser.id, title: 'Walk to the park each week', why: 'Fresh air helps me sleep', targetDate: '2099-06-30',
      visibility: 'private', status: 'active', createdAt: expect.any(String), updatedAt: expect.any(String), closedAt: null,
      steps: [
        { id: expect.any(String), text: 'Find my trainers', status: 'open', suggestedBy: { id: pair.memberUser.id, handle: 'Wren Willow' }, suggestedByRole: 'member', createdAt: expect.any(String), doneAt: null },
        { id: expect.any(String), text: 'Walk to the corner', status: 'open', suggestedBy: { id: pair.memberUser.id, handle: 'Wren Willow' }, suggestedByRole: 'member', createdAt: expect.any(String), doneAt: null },
      ],
      updates: [],
    });
    expect((await pair.member.get('/api/me/goals')).json().goals).toEqual([goal]);

    // No target date is fine too, and "why" may wait.
    const plain = await pair.member.post('/api/me/goals', { title: 'Call my sister' });
    expect(plain.json().goal).toMatchObject({ why: '', targetDate: null, steps: [] });
  });

  it('names each bad field and writes nothing', async () => {
    const bad = await pair.member.post('/api/me/goals', {
      title: '   ', why: 'x'.repeat(GOAL_WHY_MAX + 1), steps: ['fine', 'y'.repeat(GOAL_STEP_MAX + 1)], targetDate: '2027-02-30', visibility: 'everyone',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(errorsOf(bad)).toEqual(expect.arrayContaining([
      ['title', 'required'], ['why', 'too_long'], ['steps.1', 'too_long'], ['targetDate', 'date_invalid'], ['visibility', 'invalid_value'],
    ]));
    expect(errorsOf(await pair.member.post('/api/me/goals', { title: 'z'.repeat(GOAL_TITLE_MAX + 1) }))).toEqual([['title', 'too_long']]);

    const past = await pair.member.post('/api/me/goals', { title: 'Back to the pool', targetDate: '2020-01-01' });
    expect(past.statusCode).toBe(400);
    expect(errorsOf(past)).toEqual([['targetDate', 'date_in_past']]);
    expect((await pair.member.get('/api/me/goals')).json().goals).toEqual([]);

    const goal = await createGoal();
    expect(errorsOf(await pair.member.patch(`/api/me/goals/${goal.id}`, { title: '' }))).toEqual([['title', 'required']]);
    expect(errorsOf(await pair.member.patch(`/api/me/goals/${goal.id}`, { targetDate: '2021-03-04' }))).toEqual([['targetDate', 'date_in_past']]);
    expect(errorsOf(await pair.member.post(`/api/goals/${goal.id}/steps`, { text: ' ' }))).toEqual([['text', 'required']]);
    expect(errorsOf(await pair.member.post(`/api/goals/${goal.id}/updates`, { note: 'n'.repeat(GOAL_UPDATE_MAX + 1) }))).toEqual([['note', 'too_long']]);
    expect((await pair.member.get('/api/me/goals')).json().goals[0]).toMatchObject({ title: 'Walk to the park each week', targetDate: null, steps: [], updates: [] });

    const full = await createGoal({ steps: Array.from({ length: GOAL_STEPS_MAX }, (_, index) => `Step ${index + 1}`) });
    expect(errorsOf(await pair.member.post(`/api/goals/${full.id}/steps`, { text: 'One too many' }))).toEqual([['text', 'too_many']]);
    expect(errorsOf(await pair.member.post('/api/me/goals', { title: 'Many', steps: [...full.steps.map((step: { text: string }) => step.text), 'More'] }))).toEqual([['steps', 'too_many']]);
  });

  it('keeps completed and set-aside goals in history, and lets the member reopen them', async () => {
    const first = await createGoal({ title: 'First goal' });
    const second = await createGoal({ title: 'Second goal' });
    const third = await createGoal({ title: 'Third goal' });

    const completed = await pair.member.patch(`/api/me/goals/${first.id}`, { status: 'completed' });
    expect(completed.statusCode).toBe(200);
    expect(completed.json().goal).toMatchObject({ status: 'completed', closedAt: expect.any(String) });
    await pair.member.patch(`/api/me/goals/${second.id}`, { status: 'set_aside' });

    const listed = (await pair.member.get('/api/me/goals')).json().goals;
    expect(listed.map((goal: { title: string; status: string }) => [goal.title, goal.status])).toEqual([
      ['Third goal', 'active'], ['Second goal', 'set_aside'], ['First goal', 'completed'],
    ]);

    // History is read-only until reopened.
    const closedStep = await pair.member.post(`/api/goals/${first.id}/steps`, { text: 'One more thing' });
    expect(closedStep.statusCode).toBe(409);
    expect(closedStep.json().code).toBe('goal_closed');
    expect((await pair.member.post(`/api/goals/${first.id}/updates`, { note: 'Still going' })).statusCode).toBe(409);

    const reopened = await pair.member.patch(`/api/me/goals/${first.id}`, { status: 'active' });
    expect(reopened.json().goal).toMatchObject({ status: 'active', closedAt: null });
    expect((await pair.member.post(`/api/goals/${first.id}/steps`, { text: 'One more thing' })).statusCode).toBe(201);

    const edited = await pair.member.patch(`/api/me/goals/${third.id}`, { title: 'Third goal, reworded', why: 'Because', targetDate: '2099-01-01', visibility: 'shared' });
    expect(edited.json().goal).toMatchObject({ title: 'Third goal, reworded', why: 'Because', targetDate: '2099-01-01', visibility: 'shared', status: 'active' });
    expect((await pair.member.patch(`/api/me/goals/${third.id}`, { targetDate: null })).json().goal.targetDate).toBeNull();
  });

  it('lets the supporter suggest steps and add updates on a shared goal, and the member take suggestions on', async () => {
    const goal = await createGoal({ visibility: 'shared', steps: ['Find my trainers'] });
    await createGoal({ title: 'Just for me' });

    const seen = await sharedGoalsFor(pair.supporter);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().relationship).toEqual({ id: pair.relationshipId, status: 'active', memberHandle: 'Wren Willow', supporterHandle: 'Cedar Calm', myRole: 'supporter' });
    expect(seen.json().goals.map((shared: { title: string }) => shared.title)).toEqual(['Walk to the park each week']);
    expect((await sharedGoalsFor(pair.member)).json().relationship.myRole).toBe('member');

    const suggested = await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Ask a friend to come along' });
    expect(suggested.statusCode).toBe(201);
    expect(suggested.json().supportCard).toBeNull();
    const suggestion = suggested.json().goal.steps[1];
    expect(suggestion).toMatchObject({ text: 'Ask a friend to come along', status: 'suggested', suggestedBy: { id: pair.supporterUser.id, handle: 'Cedar Calm' }, suggestedByRole: 'supporter' });
    const update = await pair.supporter.post(`/api/goals/${goal.id}/updates`, { note: 'Great start this week!' });
    expect(update.statusCode).toBe(201);
    expect(update.json().goal.updates).toEqual([
      { id: expect.any(String), note: 'Great start this week!', author: { id: pair.supporterUser.id, handle: 'Cedar Calm' }, authorRole: 'supporter', createdAt: expect.any(String) },
    ]);

    // Taking it on, ticking it off and undoing are the member's.
    const ownStep = suggested.json().goal.steps[0];
    expect((await pair.supporter.patch(`/api/goals/${goal.id}/steps/${suggestion.id}`, { status: 'open' })).statusCode).toBe(403);
    expect((await pair.supporter.delete(`/api/goals/${goal.id}/steps/${ownStep.id}`)).statusCode).toBe(403);
    expect((await pair.supporter.patch(`/api/me/goals/${goal.id}`, { status: 'completed' })).statusCode).toBe(404);
    const accepted = await pair.member.patch(`/api/goals/${goal.id}/steps/${suggestion.id}`, { status: 'open' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().goal.steps[1]).toMatchObject({ status: 'open', suggestedByRole: 'supporter', doneAt: null });
    const done = await pair.member.patch(`/api/goals/${goal.id}/steps/${ownStep.id}`, { status: 'done' });
    expect(done.json().goal.steps[0]).toMatchObject({ status: 'done', doneAt: expect.any(String) });
    const undone = await pair.member.patch(`/api/goals/${goal.id}/steps/${ownStep.id}`, { status: 'open', text: 'Find my blue trainers' });
    expect(undone.json().goal.steps[0]).toMatchObject({ text: 'Find my blue trainers', status: 'open', doneAt: null });
    await pair.member.post(`/api/goals/${goal.id}/updates`, { note: 'Walked to the corner and back.' });

    // A supporter withdraws a suggestion of theirs only while it waits; the member may remove any step.
    const second = (await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Try the longer loop' })).json().goal.steps[2];
    expect((await pair.supporter.delete(`/api/goals/${goal.id}/steps/${suggestion.id}`)).statusCode).toBe(403);
    expect((await pair.supporter.delete(`/api/goals/${goal.id}/steps/${second.id}`)).statusCode).toBe(204);
    expect((await pair.member.delete(`/api/goals/${goal.id}/steps/${suggestion.id}`)).statusCode).toBe(204);
    expect((await pair.member.delete(`/api/goals/${goal.id}/steps/${suggestion.id}`)).statusCode).toBe(404);

    const mine = (await pair.member.get('/api/me/goals')).json().goals[1];
    expect(mine.steps.map((step: { text: string }) => step.text)).toEqual(['Find my blue trainers']);
    expect(mine.updates.map((entry: { note: string; authorRole: string }) => [entry.authorRole, entry.note])).toEqual([
      ['supporter', 'Great start this week!'], ['member', 'Walked to the corner and back.'],
    ]);

    const completed = await pair.member.patch(`/api/me/goals/${goal.id}`, { status: 'completed' });
    expect(completed.json().goal.status).toBe('completed');
    expect((await sharedGoalsFor(pair.supporter)).json().goals[0]).toMatchObject({ status: 'completed', closedAt: expect.any(String) });
    expect((await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Too late' })).statusCode).toBe(409);
  });

  it('hides a goal from the supporter the moment the member makes it private', async () => {
    const goal = await createGoal({ visibility: 'shared' });
    const suggestion = (await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Ask a friend to come along' })).json().goal.steps[0];
    expect((await sharedGoalsFor(pair.supporter)).json().goals).toHaveLength(1);

    await pair.member.patch(`/api/me/goals/${goal.id}`, { visibility: 'private' });
    expect((await sharedGoalsFor(pair.supporter)).json().goals).toEqual([]);
    expect((await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Another idea' })).statusCode).toBe(404);
    expect((await pair.supporter.post(`/api/goals/${goal.id}/updates`, { note: 'Checking in' })).statusCode).toBe(404);
    expect((await pair.supporter.delete(`/api/goals/${goal.id}/steps/${suggestion.id}`)).statusCode).toBe(404);
    // The member still sees everything, the supporter's waiting suggestion included.
    expect((await sharedGoalsFor(pair.member)).json().goals).toEqual([]);
    expect((await pair.member.get('/api/me/goals')).json().goals[0].steps).toEqual([expect.objectContaining({ status: 'suggested' })]);

    await pair.member.patch(`/api/me/goals/${goal.id}`, { visibility: 'shared' });
    expect((await sharedGoalsFor(pair.supporter)).json().goals).toHaveLength(1);
  });

  it('stops the supporter when the relationship ends, while the member keeps their goals', async () => {
    const goal = await createGoal({ visibility: 'shared' });
    await pair.member.post(`/api/relationships/${pair.relationshipId}/end`, { reason: 'We agreed to close our sessions.' });
    const after = await sharedGoalsFor(pair.supporter);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({ relationship: { status: 'ended', myRole: 'supporter' }, goals: [] });
    expect((await pair.supporter.post(`/api/goals/${goal.id}/updates`, { note: 'Checking in' })).statusCode).toBe(404);
    expect((await sharedGoalsFor(pair.member)).json().goals).toHaveLength(1);
  });

  it('is a 404 for everyone else, lets the assigned supervisor read shared goals, and audits each of their reads', async () => {
    const goal = await createGoal({ visibility: 'shared' });
    const supervisorUser = await createUser(t.app, { roles: ['supervisor'] });
    await t.database.db.insertInto('supervision_assignments')
      .values({ supporter_id: pair.supporterUser.id, supervisor_id: supervisorUser.id, assigned_by: null, created_at: new Date().toISOString() }).execute();
    const supervisor = await signedInClient(t.app, supervisorUser);

    const read = await sharedGoalsFor(supervisor);
    expect(read.statusCode).toBe(200);
    expect(read.json().relationship.myRole).toBe('supervisor');
    expect(read.json().goals.map((shared: { id: string }) => shared.id)).toEqual([goal.id]);
    await sharedGoalsFor(supervisor);
    expect(await auditOf('goals.viewed')).toEqual([
      { actor_id: supervisorUser.id, subject_id: pair.memberUser.id },
      { actor_id: supervisorUser.id, subject_id: pair.memberUser.id },
    ]);
    // Supervisors read; they never write on a member's goal.
    expect((await supervisor.post(`/api/goals/${goal.id}/steps`, { text: 'A supervisor idea' })).statusCode).toBe(404);
    expect((await supervisor.post(`/api/goals/${goal.id}/updates`, { note: 'Noted' })).statusCode).toBe(404);

    const others = [
      await createUser(t.app, { roles: ['admin'] }),
      await createUser(t.app, { roles: ['supervisor'] }),
      await createUser(t.app, { roles: ['clinician'] }),
      await createUser(t.app),
      await createActiveSupporter(t.app),
    ];
    for (const other of others) {
      const client = await signedInClient(t.app, other);
      const label = other.roles.join();
      expect((await client.get(`/api/relationships/${pair.relationshipId}/goals`)).statusCode, label).toBe(404);
      expect((await client.post(`/api/goals/${goal.id}/steps`, { text: 'Hello' })).statusCode, label).toBe(404);
      expect((await client.post(`/api/goals/${goal.id}/updates`, { note: 'Hello' })).statusCode, label).toBe(404);
      expect((await client.patch(`/api/goals/${goal.id}/steps/anything`, { status: 'done' })).statusCode, label).toBe(404);
      expect((await client.delete(`/api/goals/${goal.id}/steps/anything`)).statusCode, label).toBe(404);
      expect((await client.patch(`/api/me/goals/${goal.id}`, { status: 'completed' })).statusCode, label).toBe(404);
      expect((await client.get('/api/me/goals')).json().goals).toEqual([]);
    }
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/me/goals')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/relationships/${pair.relationshipId}/goals`)).statusCode).toBe(401);
    expect(await auditOf('goals.viewed')).toHaveLength(2);
    expect((await pair.member.get('/api/me/goals')).json().goals[0]).toMatchObject({ steps: [], updates: [] });
  });

  it('screens what is written: the member gets a support card, their supporters hear the words that worried, even on a private goal', async () => {
    const created = await pair.member.post('/api/me/goals', { title: 'Get through the winter', why: WORRYING, steps: ['Open the curtains'] });
    expect(created.statusCode).toBe(201);
    expect(created.json().supportCard).toMatchObject({ level: 'concern', crisisLines: expect.any(Array) });
    const goal = created.json().goal;
    expect(goal.visibility).toBe('private');
    expect(await assessments()).toEqual([
      { author_id: pair.memberUser.id, source_type: 'goal', source_id: goal.id, level: 'concern', excerpt: `Get through the winter\n${WORRYING}\nOpen the curtains` },
    ]);
    expect(await noticesFor(pair.supporterUser.id)).toEqual([{ excerpt: `Get through the winter\n${WORRYING}\nOpen the curtains` }]);

    // Only what this request wrote is screened and passed on: not the rest of the goal.
    const update = await pair.member.post(`/api/goals/${goal.id}/updates`, { note: URGENT });
    expect(update.json().supportCard).toMatchObject({ level: 'urgent' });
    const alerts = await t.database.db.selectFrom('safety_alerts').select(['member_id', 'reason']).execute();
    expect(alerts).toEqual([{ member_id: pair.memberUser.id, reason: 'urgent_text' }]);
    expect((await noticesFor(pair.supporterUser.id)).map((notice) => notice.excerpt)).toEqual([`Get through the winter\n${WORRYING}\nOpen the curtains`, URGENT]);

    // Calm words raise nothing; renaming only the title screens only the title.
    const calm = await pair.member.patch(`/api/me/goals/${goal.id}`, { title: 'This commute is killing me, but I will get through the winter', why: WORRYING });
    expect(calm.json().supportCard).toBeNull();
    expect(await assessments()).toHaveLength(2);
    const step = await pair.member.post(`/api/goals/${goal.id}/steps`, { text: 'Make tea when I wake' });
    expect(step.json().supportCard).toBeNull();
  });

  it('screens a supporter’s words too, without a support card for them, telling their supervisors', async () => {
    const supervisorUser = await createUser(t.app, { roles: ['supervisor'] });
    await t.database.db.insertInto('supervision_assignments')
      .values({ supporter_id: pair.supporterUser.id, supervisor_id: supervisorUser.id, assigned_by: null, created_at: new Date().toISOString() }).execute();
    const goal = await createGoal({ visibility: 'shared' });
    const response = await pair.supporter.post(`/api/goals/${goal.id}/updates`, { note: WORRYING });
    expect(response.statusCode).toBe(201);
    expect(response.json().supportCard).toBeNull();
    expect(await assessments()).toEqual([expect.objectContaining({ author_id: pair.supporterUser.id, source_type: 'goal', excerpt: WORRYING })]);
    expect(await noticesFor(supervisorUser.id)).toEqual([{ excerpt: WORRYING }]);
    expect(await noticesFor(pair.supporterUser.id)).toEqual([]);
  });

  it('exports the member’s goals and what they wrote on others’, and erases theirs while others keep what they took on', async () => {
    const section = t.app.kindred.personalData.sections().find((candidate) => candidate.key === 'goals');
    expect(section?.keptBecause).toContain('nothing linking them to you');
    const goal = await createGoal({ visibility: 'shared', steps: ['Find my trainers'] });
    const accepted = (await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Ask a friend to come along' })).json().goal.steps[1];
    await pair.member.patch(`/api/goals/${goal.id}/steps/${accepted.id}`, { status: 'open' });
    await pair.supporter.post(`/api/goals/${goal.id}/steps`, { text: 'Still waiting for an answer' });
    await pair.supporter.post(`/api/goals/${goal.id}/updates`, { note: 'Well done this week' });
    await pair.member.post(`/api/goals/${goal.id}/updates`, { note: 'Walked twice' });

    const memberExport = await section!.export(t.database.db, { userId: pair.memberUser.id, email: pair.memberUser.email }) as { mine: Array<Record<string, unknown>> };
    expect(memberExport.mine).toEqual([expect.objectContaining({
      title: 'Walk to the park each week', visibility: 'shared',
      steps: [
        expect.objectContaining({ text: 'Find my trainers', written_by: 'member' }),
        expect.objectContaining({ text: 'Ask a friend to come along', written_by: 'supporter' }),
        expect.objectContaining({ text: 'Still waiting for an answer', status: 'suggested', written_by: 'supporter' }),
      ],
      updates: [expect.objectContaining({ note: 'Well done this week', written_by: 'supporter' }), expect.objectContaining({ note: 'Walked twice', written_by: 'member' })],
    })]);
    expect(JSON.stringify(memberExport)).not.toContain(pair.supporterUser.id);
    const supporterExport = await section!.export(t.database.db, { userId: pair.supporterUser.id, email: pair.supporterUser.email });
    expect(supporterExport).toEqual({
      mine: [],
      onOtherMembersGoals: {
        stepsSuggested: [
          { text: 'Ask a friend to come along', status: 'open', created_at: expect.any(String) },
          { text: 'Still waiting for an answer', status: 'suggested', created_at: expect.any(String) },
        ],
        updatesWritten: [{ note: 'Well done this week', created_at: expect.any(String) }],
      },
    });

    await t.database.db.transaction().execute((trx) => section!.erase(trx, { userId: pair.supporterUser.id, email: pair.supporterUser.email }));
    const kept = (await pair.member.get('/api/me/goals')).json().goals[0];
    expect(kept.steps.map((step: { text: string; suggestedBy: unknown; suggestedByRole: unknown }) => [step.text, step.suggestedBy, step.suggestedByRole])).toEqual([
      ['Find my trainers', { id: pair.memberUser.id, handle: 'Wren Willow' }, 'member'], ['Ask a friend to come along', null, null],
    ]);
    expect(kept.updates.map((entry: { note: string; author: unknown }) => [entry.note, entry.author])).toEqual([
      ['Well done this week', null], ['Walked twice', { id: pair.memberUser.id, handle: 'Wren Willow' }],
    ]);

    await t.database.db.transaction().execute((trx) => section!.erase(trx, { userId: pair.memberUser.id, email: pair.memberUser.email }));
    for (const table of ['goals', 'goal_steps', 'goal_updates'] as const) {
      expect(await t.database.db.selectFrom(table).select('id').execute(), table).toEqual([]);
    }
  });
});
