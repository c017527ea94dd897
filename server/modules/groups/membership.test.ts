import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialect } from '../../test/test-database.js';
import { groupsKit, type GroupsKit } from './groups.test-kit.js';

describe(`group membership on ${testDialect()}`, () => {
  let kit: GroupsKit;
  beforeEach(async () => {
    kit = await groupsKit();
  });
  afterEach(() => kit.close());

  it('puts people on the waitlist in order when full (201, not an error), and a freed seat goes to the first, who is told', async () => {
    const { id, roomId } = await kit.createGroup();
    const people = await Promise.all(['Ash', 'Birch', 'Cedar', 'Dogwood', 'Elm'].map((name) => kit.member(`Member ${name}`)));
    const answers = [];
    for (const person of people) {
      const response = await person.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
      expect(response.statusCode).toBe(201);
      answers.push(response.json().membership);
    }
    expect(answers.map((m) => [m.status, m.waitlistPosition])).toEqual([['member', null], ['member', null], ['member', null], ['waitlisted', 1], ['waitlisted', 2]]);
    expect((await kit.facilitator.get(`/api/groups/${id}`)).json().group).toMatchObject({ memberCount: 3, spotsLeft: 0, waitlistCount: 2 });
    const waitlist = (await kit.facilitator.get(`/api/groups/${id}/members`)).json().waitlist;
    expect(waitlist.map((m: { handle: string; waitlistPosition: number }) => [m.handle, m.waitlistPosition])).toEqual([['Member Dogwood', 1], ['Member Elm', 2]]);

    // Someone waiting cannot write in the room yet; the first member leaves and Dogwood takes the seat at once.
    expect((await people[3]!.client.post(`/api/conversations/${roomId}/messages`, { clientId: 'early-message', body: 'Hi' })).statusCode).toBe(404);
    expect((await people[0]!.client.post(`/api/groups/${id}/leave`)).statusCode).toBe(204);
    const dogwood = (await people[3]!.client.get(`/api/groups/${id}`)).json().group;
    expect(dogwood.myMembership).toMatchObject({ status: 'member', waitlistPosition: null });
    expect(dogwood.roomId).toBe(roomId);
    expect(await kit.kindsFor(people[3]!.client)).toEqual(['group.waitlist_promoted']);
    expect(await kit.kindsFor(people[4]!.client)).toEqual([]);
    expect((await people[4]!.client.get(`/api/groups/${id}`)).json().group.myMembership).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const row = await kit.database.db.selectFrom('groups').select('member_count').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.member_count).toBe(3);

    // Leaving the waitlist frees nobody's seat; joining again goes to the back of the queue.
    await people[4]!.client.post(`/api/groups/${id}/leave`);
    expect((await kit.facilitator.get(`/api/groups/${id}`)).json().group).toMatchObject({ memberCount: 3, waitlistCount: 0 });
    const newcomer = await kit.member();
    expect((await newcomer.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).json().membership).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('needs the current agreement version to join', async () => {
    const { id } = await kit.createGroup();
    const { client } = await kit.member();
    const stale = await client.post(`/api/groups/${id}/join`, { agreementVersion: 2 });
    expect(stale.json()).toMatchObject({ status: 409, code: 'agreement_changed' });
    expect((await client.post(`/api/groups/${id}/join`, {})).json().errors).toEqual([expect.objectContaining({ field: 'agreementVersion' })]);
  });

  it('the room follows the group: members join it, leaving and removal take them out, facilitators moderate it', async () => {
    const { id, roomId } = await kit.createGroup();
    const { user, client } = await kit.member('Room Member');
    expect(roomId).toEqual(expect.any(String));
    // Not in the room directory, and not joinable except through the group.
    expect((await client.get('/api/rooms')).json().rooms).toEqual([]);
    expect((await client.post(`/api/rooms/${roomId}/join`, { agreementVersion: 1 })).statusCode).toBe(404);
    expect((await client.get(`/api/conversations/${roomId}/messages`)).statusCode).toBe(404);

    await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
    expect((await client.get('/api/conversations')).json().conversations).toEqual([expect.objectContaining({ id: roomId, kind: 'room', title: 'Sunday circle' })]);
    const sent = await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'first-message', body: 'Glad to be here.' });
    expect(sent.statusCode).toBe(201);
    // Urgent words are held for the facilitators, as in every room.
    const urgent = await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'urgent-message', body: 'I have the pills counted out and I am going to take them all tonight.' });
    expect(urgent.json().message.status).toBe('held');
    const seenByFacilitator = (await kit.facilitator.get(`/api/conversations/${roomId}/messages`)).json().messages;
    expect(seenByFacilitator.map((m: { status: string }) => m.status)).toEqual(['visible', 'held']);

    // Muted: reads, cannot write, until the mute is lifted.
    const muted = await kit.facilitator.post(`/api/groups/${id}/members/${user.id}/mute`, { reason: 'Cooling off after a heated exchange', hours: 24 });
    expect(muted.json().member.mutedUntil).toBe('2026-03-21T12:00:00.000Z');
    expect((await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'muted-message', body: 'Hello?' })).json()).toMatchObject({ status: 403, code: 'muted' });
    expect((await client.get(`/api/conversations/${roomId}/messages`)).statusCode).toBe(200);
    kit.clock.advanceMinutes(24 * 60 + 1);
    expect((await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'after-mute', body: 'Back again.' })).statusCode).toBe(201);

    // Removed with a reason: out of the group and the room, told, and the action is audited.
    expect((await kit.facilitator.post(`/api/groups/${id}/members/${user.id}/remove`, { reason: 'x' })).json().errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await kit.facilitator.post(`/api/groups/${id}/members/${user.id}/remove`, { reason: 'Shared another member’s phone number' })).statusCode).toBe(204);
    expect((await client.get('/api/conversations')).json().conversations).toEqual([]);
    expect((await client.post(`/api/conversations/${roomId}/messages`, { clientId: 'gone-message', body: 'Hello?' })).statusCode).toBe(404);
    expect(await kit.kindsFor(client)).toContain('group.removed');
    expect((await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).json()).toMatchObject({ status: 403, code: 'removed_from_group' });
    const audit = await kit.database.db.selectFrom('audit_log').select(['action', 'details']).where('subject_id', '=', user.id).where('action', 'like', 'group.%').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['group.member_muted', 'group.member_removed']);
    expect(JSON.parse(audit[1]!.details)).toMatchObject({ groupId: id, reason: 'Shared another member’s phone number' });
    expect((await kit.database.db.selectFrom('groups').select('member_count').where('id', '=', id).executeTakeFirstOrThrow()).member_count).toBe(0);

    // A plain member cannot remove anyone.
    const other = await kit.member();
    await other.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
    expect((await other.client.post(`/api/groups/${id}/members/${user.id}/remove`, { reason: 'Because I say so' })).statusCode).toBe(403);
    expect((await other.client.get(`/api/groups/${id}/members`)).statusCode).toBe(403);
  });

  it('lets facilitators invite by handle into an invitation-only group; the invitee sees it and joins by accepting the agreement', async () => {
    const { id } = await kit.createGroup({ listing: 'invitation' });
    const invitee = await kit.member('Invited Iris');
    expect((await invitee.client.get(`/api/groups/${id}`)).statusCode).toBe(404);
    expect((await kit.facilitator.post(`/api/groups/${id}/invitations`, { handle: 'Nobody By This Name' })).json().errors).toEqual([expect.objectContaining({ field: 'handle', code: 'user_not_found' })]);
    const invited = await kit.facilitator.post(`/api/groups/${id}/invitations`, { handle: 'invited iris' });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().member).toMatchObject({ handle: 'Invited Iris', status: 'invited' });
    expect(await kit.kindsFor(invitee.client)).toEqual(['group.invited']);
    expect((await invitee.client.get(`/api/groups/${id}`)).json().group).toMatchObject({ myMembership: { status: 'invited' }, videoLink: null });
    expect((await invitee.client.get('/api/groups?scope=mine')).json().groups.map((g: { id: string }) => g.id)).toEqual([id]);
    const joined = await invitee.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
    expect(joined.json().membership.status).toBe('member');
    expect(joined.json().group.videoLink).toBe('https://meet.example.test/sunday-circle');

    // Without an invitation there is no way in, even knowing the id.
    const stranger = await kit.member();
    expect((await stranger.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).statusCode).toBe(404);
  });

  it('never seats more people than the capacity when many join for the last seats at once', async () => {
    const { id } = await kit.createGroup({ capacity: 2 });
    const people = await Promise.all(Array.from({ length: 8 }, () => kit.member()));
    const responses = await Promise.all(people.map((person) => person.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const statuses = responses.map((r) => r.json().membership.status);
    expect(statuses.filter((s) => s === 'member')).toHaveLength(2);
    const positions = responses.filter((r) => r.json().membership.status === 'waitlisted').map((r) => r.json().membership.waitlistPosition).sort();
    expect(positions).toEqual([1, 2, 3, 4, 5, 6]);
    const rows = await kit.database.db.selectFrom('group_memberships').select(['status', 'waitlist_position']).where('group_id', '=', id).execute();
    expect(rows.filter((row) => row.status === 'member')).toHaveLength(2);
    expect(new Set(rows.filter((row) => row.status === 'waitlisted').map((row) => row.waitlist_position)).size).toBe(6);
    expect((await kit.database.db.selectFrom('groups').select('member_count').where('id', '=', id).executeTakeFirstOrThrow()).member_count).toBe(2);
    const room = await kit.database.db.selectFrom('conversation_members').innerJoin('groups', 'groups.conversation_id', 'conversation_members.conversation_id')
      .select('conversation_members.user_id').where('groups.id', '=', id).where('conversation_members.role', '=', 'member').where('conversation_members.removed_at', 'is', null).execute();
    expect(room).toHaveLength(2);
  });

  it('lets a member choose not to be recorded by name', async () => {
    const { id } = await kit.createGroup();
    const { client } = await kit.member();
    await client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
    const changed = await client.put(`/api/groups/${id}/me`, { attendanceRecorded: false });
    expect(changed.json().membership).toMatchObject({ status: 'member', attendanceRecorded: false });
    const stranger = await kit.member();
    expect((await stranger.client.put(`/api/groups/${id}/me`, { attendanceRecorded: false })).statusCode).toBe(404);
  });
});
