import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, signedInClient } from '../../test/factories.js';
import { testDialect } from '../../test/test-database.js';
import { groupsKit, type GroupsKit, START } from './groups.test-kit.js';

const FIRST = '2026-03-22T09:00:00.000Z';

describe(`facilitating a group on ${testDialect()}`, () => {
  let kit: GroupsKit;
  let groupId: string;
  let people: Array<Awaited<ReturnType<GroupsKit['member']>>>;
  beforeEach(async () => {
    kit = await groupsKit();
    groupId = (await kit.createGroup({ listing: 'invitation' })).id;
    people = [];
    for (const name of ['Named Nova', 'Named Opal', 'Private Pine']) {
      const person = await kit.member(name);
      await kit.facilitator.post(`/api/groups/${groupId}/invitations`, { handle: name });
      await person.client.post(`/api/groups/${groupId}/join`, { agreementVersion: 1 });
      people.push(person);
    }
    await people[2]!.client.put(`/api/groups/${groupId}/me`, { attendanceRecorded: false });
  });
  afterEach(() => kit.close());

  const toMeeting = () => kit.clock.advanceMinutes((new Date(FIRST).getTime() - START.getTime()) / 60_000 + 30);

  it('records who came once the meeting has started; members who opted out are counted, never named', async () => {
    const url = `/api/groups/${groupId}/meetings/${FIRST}/attendance`;
    const everyone = people.map((person) => person.user.id);
    expect((await kit.facilitator.put(url, { present: everyone })).json()).toMatchObject({ status: 409, code: 'meeting_not_started' });
    toMeeting();
    expect((await people[0]!.client.put(url, { present: everyone })).statusCode).toBe(403);
    const stranger = await createUser(kit.app);
    expect((await kit.facilitator.put(url, { present: [everyone[0], stranger.id] })).json().errors).toEqual([expect.objectContaining({ field: 'present.1', code: 'not_a_member' })]);

    const recorded = await kit.facilitator.put(url, { present: everyone });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().meeting.attendance).toMatchObject({
      named: [{ userId: everyone[0], handle: 'Named Nova' }, { userId: everyone[1], handle: 'Named Opal' }], unnamedCount: 1, total: 3,
    });
    const stored = await kit.database.db.selectFrom('group_attendees').select('user_id').where('group_id', '=', groupId).execute();
    expect(stored.map((row) => row.user_id).sort()).toEqual([everyone[0], everyone[1]].sort());
    expect(JSON.stringify(await kit.database.db.selectFrom('group_attendance').selectAll().execute())).not.toContain(everyone[2]);

    // Recording again replaces the record; members never see it.
    const corrected = await kit.facilitator.put(url, { present: [everyone[2]] });
    expect(corrected.json().meeting.attendance).toMatchObject({ named: [], unnamedCount: 1, total: 1 });
    const past = (await people[0]!.client.get(`/api/groups/${groupId}/meetings?when=past`)).json().meetings;
    expect(past).toEqual([expect.objectContaining({ occurrence: FIRST, attendance: null })]);
    expect((await kit.facilitator.get(`/api/groups/${groupId}/meetings?when=past`)).json().meetings[0].attendance.total).toBe(1);
  });

  it('keeps meeting notes and the fidelity checklist for facilitators and supervisors, auditing supervisors’ reads', async () => {
    const url = `/api/groups/${groupId}/meetings/${FIRST}/note`;
    const note = { body: 'Warm meeting; two newcomers. Reminded everyone of the agreement.', checklist: { opened_with_agreement: true, check_in_round: true, crisis_resources_mentioned: false } };
    expect((await kit.facilitator.put(url, { ...note, checklist: { made_tea: true } })).statusCode).toBe(400);
    expect((await people[0]!.client.put(url, note)).statusCode).toBe(403);
    const written = await kit.facilitator.put(url, note);
    expect(written.json().note).toMatchObject({ occurrence: FIRST, authorHandle: kit.facilitatorUser.handle, body: note.body, checklist: note.checklist });
    const updated = await kit.facilitator.put(url, { ...note, body: 'Warm meeting; two newcomers.' });
    expect(updated.json().note.id).toBe(written.json().note.id);

    expect((await kit.facilitator.get(`/api/groups/${groupId}/notes`)).json().notes).toEqual([expect.objectContaining({ body: 'Warm meeting; two newcomers.' })]);
    expect((await people[0]!.client.get(`/api/groups/${groupId}/notes`)).statusCode).toBe(403);
    const outsider = await kit.member();
    expect((await outsider.client.get(`/api/groups/${groupId}/notes`)).statusCode).toBe(404);
    const admin = await signedInClient(kit.app, await createUser(kit.app, { roles: ['admin'] }));
    expect((await admin.get(`/api/groups/${groupId}/notes`)).statusCode).toBe(403);

    const supervisorUser = await createUser(kit.app, { roles: ['supervisor'] });
    const supervisor = await signedInClient(kit.app, supervisorUser);
    expect((await supervisor.get(`/api/groups/${groupId}/notes`)).json().notes).toHaveLength(1);
    const audit = await kit.database.db.selectFrom('audit_log').select(['action', 'actor_id', 'subject_id']).where('action', '=', 'group.notes_read').execute();
    expect(audit).toEqual([{ action: 'group.notes_read', actor_id: supervisorUser.id, subject_id: groupId }]);
  });

  it('screens meeting notes: worrying words reach the facilitator’s supervisors, urgent words open an alert about the meeting', async () => {
    const admin = await signedInClient(kit.app, await createUser(kit.app, { roles: ['admin'] }));
    const supervisorUser = await createUser(kit.app, { roles: ['supervisor'] });
    const supervisor = await signedInClient(kit.app, supervisorUser);
    expect((await admin.post('/api/admin/supervision', { supporterId: kit.facilitatorUser.id, supervisorId: supervisorUser.id })).statusCode).toBe(204);
    const now = kit.clock.now().getTime();
    await admin.post('/api/admin/on-call', { userId: supervisorUser.id, startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3600_000).toISOString() });
    const url = `/api/groups/${groupId}/meetings/${FIRST}/note`;
    const checklist = { opened_with_agreement: true, check_in_round: true, crisis_resources_mentioned: true };

    expect((await kit.facilitator.put(url, { body: 'Calm meeting; we talked about sleep.', checklist })).statusCode).toBe(200);
    expect((await supervisor.get('/api/safety/concerns')).json().concerns).toEqual([]);

    const urgent = 'One member said the pills are counted out and she will take them all tonight.';
    const written = await kit.facilitator.put(url, { body: urgent, checklist });
    expect(written.statusCode).toBe(200);
    const alerts = (await supervisor.get('/api/safety/alerts')).json().alerts;
    expect(alerts).toEqual([expect.objectContaining({
      reason: 'urgent_text', member: null, message: expect.objectContaining({ id: written.json().note.id, body: urgent, source: 'group_note' }),
    })]);
    expect((await supervisor.get('/api/safety/concerns')).json().concerns).toEqual([expect.objectContaining({ source: 'group_note', level: 'urgent', body: urgent })]);
    // The words are about someone at the meeting, not the facilitator: nobody is shown a support card for them.
    expect(written.json()).not.toHaveProperty('supportCard');
  });

  it('audits staff reading the member list, but not the group’s own facilitators', async () => {
    const supervisorUser = await createUser(kit.app, { roles: ['supervisor'] });
    const supervisor = await signedInClient(kit.app, supervisorUser);
    const list = (await kit.facilitator.get(`/api/groups/${groupId}/members`)).json();
    expect(list.members.map((m: { handle: string; attendanceRecorded: boolean }) => [m.handle, m.attendanceRecorded])).toEqual([
      ['Named Nova', true], ['Named Opal', true], ['Private Pine', false],
    ]);
    expect((await supervisor.get(`/api/groups/${groupId}/members`)).statusCode).toBe(200);
    const audit = await kit.database.db.selectFrom('audit_log').select(['actor_id']).where('action', '=', 'group.members_read').execute();
    expect(audit).toEqual([{ actor_id: supervisorUser.id }]);
  });
});
