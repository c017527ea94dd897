import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActiveSupporter, createUser, signedInClient } from '../../test/factories.js';
import { testDialect } from '../../test/test-database.js';
import { groupsKit, type GroupsKit, SUNDAY_GROUP } from './groups.test-kit.js';

describe(`groups on ${testDialect()}`, () => {
  let kit: GroupsKit;
  beforeEach(async () => {
    kit = await groupsKit();
  });
  afterEach(() => kit.close());

  const fieldsOf = (response: { json(): { errors?: Array<{ field: string; code: string }> } }) =>
    (response.json().errors ?? []).map((error) => `${error.field}:${error.code}`);

  it('lets admins and supervisors start a group with trained facilitators; the finder facts are filled in', async () => {
    const { id } = await kit.createGroup();
    const group = (await kit.facilitator.get(`/api/groups/${id}`)).json().group;
    expect(group).toMatchObject({
      name: 'Sunday circle', topics: ['anxiety'], format: 'online', capacity: 3, memberCount: 0, spotsLeft: 3, listing: 'public', status: 'active',
      agreementVersion: 1, videoLink: SUNDAY_GROUP.videoLink, myFacilitatorRole: 'lead', canManage: true,
      schedule: { rule: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'Europe/Madrid', weekday: 7, minuteOfDay: 600 },
      nextMeetingAt: '2026-03-22T09:00:00.000Z',
    });
    expect(group.agreement).toMatch(/one voice at a time/i);
    expect(group.facilitators).toEqual([{ userId: kit.facilitatorUser.id, handle: kit.facilitatorUser.handle, role: 'lead' }]);
    const row = await kit.database.db.selectFrom('groups').select(['topics', 'meeting_weekday', 'meeting_minute', 'member_count']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ topics: ' anxiety ', meeting_weekday: 7, meeting_minute: 600, member_count: 0 });

    const supervisor = await signedInClient(kit.app, await createUser(kit.app, { roles: ['supervisor'] }));
    expect((await supervisor.post('/api/groups', { ...SUNDAY_GROUP, facilitators: [{ userId: kit.facilitatorUser.id }] })).statusCode).toBe(201);
    const { client: member } = await kit.member();
    expect((await member.post('/api/groups', { ...SUNDAY_GROUP, facilitators: [{ userId: kit.facilitatorUser.id }] })).statusCode).toBe(403);
  });

  it('only trained supporters facilitate, and every bad field is named', async () => {
    const untrained = await createUser(kit.app);
    const create = (body: object) => kit.admin.post('/api/groups', { ...SUNDAY_GROUP, facilitators: [{ userId: kit.facilitatorUser.id }], ...body });
    expect(fieldsOf(await create({ facilitators: [{ userId: untrained.id }] }))).toEqual(['facilitators.0.userId:facilitator_not_trained']);
    expect(fieldsOf(await create({ facilitators: [] }))).toEqual(['facilitators:required']);
    expect(fieldsOf(await create({ format: 'in_person', videoLink: null }))).toEqual(['address:required', 'latitude:required', 'longitude:required']);
    expect(fieldsOf(await create({ videoLink: null }))).toEqual(['videoLink:required']);
    expect(fieldsOf(await create({ videoLink: 'http://insecure.example.test' }))).toEqual(['videoLink:url_invalid']);
    expect(fieldsOf(await create({ rule: 'FREQ=HOURLY' }))).toEqual(['rule:rule_too_frequent']);
    expect(fieldsOf(await create({ timeZone: 'Mars/Olympus' }))).toEqual(['timeZone:time_zone_unknown']);
    expect(fieldsOf(await create({ topics: ['not_a_topic'] }))).toEqual(['topics.0:topic_unknown']);
    expect(fieldsOf(await create({ capacity: 1 }))).toEqual(['capacity:too_small']);
    // 02:30 on the night the clocks go forward in Madrid does not exist.
    expect(fieldsOf(await create({ rule: 'FREQ=MONTHLY', startsLocal: '2026-03-29T02:30' }))).toEqual(['startsLocal:local_time_skipped']);
    expect(await kit.database.db.selectFrom('groups').select('id').execute()).toEqual([]);
  });

  it('keeps invitation-only groups hidden from everyone outside them (404), and shows the video link only to people inside', async () => {
    const { id } = await kit.createGroup({ listing: 'invitation' });
    const { client: outsider } = await kit.member('Curious Outsider');
    expect((await outsider.get(`/api/groups/${id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/groups/${id}/meetings`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).statusCode).toBe(404);
    expect((await outsider.get('/api/groups')).json().groups).toEqual([]);
    const supervisor = await signedInClient(kit.app, await createUser(kit.app, { roles: ['supervisor'] }));
    expect((await supervisor.get(`/api/groups/${id}`)).statusCode).toBe(200);

    const { id: publicId } = await kit.createGroup({ name: 'Open circle' });
    const seen = (await outsider.get(`/api/groups/${publicId}`)).json().group;
    expect(seen).toMatchObject({ name: 'Open circle', videoLink: null, roomId: null, myMembership: null, canManage: false });
    expect((await outsider.get('/api/groups')).json().groups.map((g: { name: string }) => g.name)).toEqual(['Open circle']);
    expect((await outsider.patch(`/api/groups/${publicId}`, { name: 'Taken over' })).statusCode).toBe(403);
  });

  it('refuses a capacity below the current members, naming the count; a higher one seats the waitlist', async () => {
    const { id, agreementVersion } = await kit.createGroup();
    const people = await Promise.all([1, 2, 3, 4].map(() => kit.member()));
    for (const person of people) await person.client.post(`/api/groups/${id}/join`, { agreementVersion });
    const tooLow = await kit.facilitator.patch(`/api/groups/${id}`, { capacity: 2 });
    expect(tooLow.statusCode).toBe(400);
    expect(tooLow.json().errors).toEqual([expect.objectContaining({ field: 'capacity', code: 'capacity_below_members', message: expect.stringContaining('3 members') })]);
    const raised = await kit.facilitator.patch(`/api/groups/${id}`, { capacity: 5 });
    expect(raised.json().group).toMatchObject({ capacity: 5, memberCount: 4, waitlistCount: 0 });
    expect(await kit.kindsFor(people[3]!.client)).toContain('group.waitlist_promoted');
  });

  it('asks members to accept a changed agreement before they write in the room again', async () => {
    const { id, roomId } = await kit.createGroup();
    const { client } = await kit.member();
    await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
    const changed = await kit.facilitator.patch(`/api/groups/${id}`, { agreement: 'A new agreement: be kind, keep confidences, one voice at a time.' });
    expect(changed.json().group.agreementVersion).toBe(2);
    expect(await kit.kindsFor(client)).toContain('group.agreement_changed');
    expect((await client.get(`/api/groups/${id}`)).json().group.myMembership).toMatchObject({ agreementAccepted: false });
    const blocked = await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'after-change', body: 'Hello again' });
    expect(blocked.json()).toMatchObject({ status: 409, code: 'agreement_changed' });
    expect((await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).json()).toMatchObject({ status: 409, code: 'agreement_changed' });
    expect((await client.post(`/api/groups/${id}/join`, { agreementVersion: 2 })).statusCode).toBe(200);
    expect((await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'after-accept', body: 'Hello again' })).statusCode).toBe(201);
  });

  it('lets staff add and remove facilitators, who moderate the room; a group keeps a lead', async () => {
    const { id, roomId } = await kit.createGroup();
    const co = await createActiveSupporter(kit.app);
    const coClient = await signedInClient(kit.app, co);
    const added = await kit.admin.put(`/api/groups/${id}/facilitators/${co.id}`, { role: 'co' });
    expect(added.json().group.facilitators.map((f: { role: string }) => f.role)).toEqual(['lead', 'co']);
    expect((await coClient.get('/api/conversations')).json().conversations).toEqual([expect.objectContaining({ id: roomId, kind: 'room', title: 'Sunday circle' })]);
    expect((await kit.facilitator.put(`/api/groups/${id}/facilitators/${co.id}`, { role: 'lead' })).statusCode).toBe(403);
    expect((await kit.admin.put(`/api/groups/${id}/facilitators/${kit.facilitatorUser.id}`, { role: 'co' })).json().code).toBe('last_lead');
    const removed = await kit.admin.delete(`/api/groups/${id}/facilitators/${kit.facilitatorUser.id}`);
    expect(removed.json().group.facilitators).toEqual([expect.objectContaining({ userId: co.id, role: 'lead' })]);
    expect((await kit.facilitator.get('/api/conversations')).json().conversations).toEqual([]);
    expect((await kit.admin.delete(`/api/groups/${id}/facilitators/${co.id}`)).json().code).toBe('last_facilitator');
  });
  it('lets staff archive a group: it leaves the listings, its room closes for writing, and it has no next meeting', async () => {
    const { id, roomId } = await kit.createGroup();
    const { client } = await kit.member();
    await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
    expect((await kit.facilitator.patch(`/api/groups/${id}`, { archived: true })).json().errors).toEqual([expect.objectContaining({ field: 'archived', code: 'staff_only' })]);
    const archived = await kit.admin.patch(`/api/groups/${id}`, { archived: true });
    expect(archived.json().group).toMatchObject({ status: 'archived', nextMeetingAt: null });
    expect((await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'after-archive', body: 'Anyone here?' })).json()).toMatchObject({ status: 409, code: 'group_archived' });
    expect((await client.get(`/api/conversations/${roomId}/messages`)).statusCode).toBe(200);
    expect((await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).json().code).toBe('group_archived');
    const { client: outsider } = await kit.member();
    expect((await outsider.get(`/api/groups/${id}`)).statusCode).toBe(404);
    expect((await client.get('/api/groups')).json().groups).toEqual([]);
    expect((await client.get('/api/groups?scope=mine&includeArchived=true')).json().groups.map((g: { id: string }) => g.id)).toEqual([id]);
    expect((await kit.facilitator.get('/api/groups?scope=mine&includeArchived=true')).json().groups.map((g: { id: string }) => g.id)).toEqual([id]);
  });
});
