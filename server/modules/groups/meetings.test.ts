import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/test-client.js';
import { testDialect } from '../../test/test-database.js';
import { groupsKit, type GroupsKit, START } from './groups.test-kit.js';

const FIRST = '2026-03-22T09:00:00.000Z';
// Summer time starts in Madrid on 29 March: 10:00 there is 08:00 UTC from then on.
const SECOND = '2026-03-29T08:00:00.000Z';
const THIRD = '2026-04-05T08:00:00.000Z';

describe(`group meetings on ${testDialect()}`, () => {
  let kit: GroupsKit;
  let groupId: string;
  let member: Awaited<ReturnType<GroupsKit['member']>>;
  beforeEach(async () => {
    kit = await groupsKit();
    groupId = (await kit.createGroup()).id;
    member = await kit.member('Meeting Member');
    await member.client.post(`/api/groups/${groupId}/join`, { agreementVersion: 1 });
  });
  afterEach(() => kit.close());

  const meetingUrl = (occurrence: string) => `/api/groups/${groupId}/meetings/${occurrence}`;
  const nextMeetingAt = async () => (await kit.database.db.selectFrom('groups').select('next_meeting_at').where('id', '=', groupId).executeTakeFirstOrThrow()).next_meeting_at;

  it('lists meetings at 10:00 on the Madrid wall clock across the change to summer time', async () => {
    const meetings = (await member.client.get(`/api/groups/${groupId}/meetings?limit=3`)).json().meetings;
    expect(meetings.map((m: { startsAt: string; startsLocal: string }) => [m.startsAt, m.startsLocal])).toEqual([
      [FIRST, '2026-03-22T10:00'], [SECOND, '2026-03-29T10:00'], [THIRD, '2026-04-05T10:00'],
    ]);
    expect(meetings[0]).toMatchObject({ occurrence: FIRST, endsAt: '2026-03-22T10:30:00.000Z', cancelled: false, moved: false, myRsvp: null, rsvpCounts: null, checkInPrompt: null });
    const forFacilitator = (await kit.facilitator.get(`/api/groups/${groupId}/meetings?limit=1`)).json().meetings[0];
    expect(forFacilitator.checkInPrompt).toMatch(/go around/);
    expect(forFacilitator.fidelityItems).toContain('no_advice_unless_asked');
    expect(forFacilitator.rsvpCounts).toEqual({ yes: 0, no: 0, maybe: 0 });
    expect((await member.client.get(meetingUrl('2026-03-23T09:00:00.000Z'))).statusCode).toBe(404);
  });

  it('reminds each member of the next meeting at their own lead time, not someone who said no, and follows a moved meeting', async () => {
    const earlyBird = await kit.member('Early Bird');
    expect((await earlyBird.client.put('/api/me/notification-preferences', { reminderMinutesBefore: 1440 })).statusCode).toBe(200);
    await earlyBird.client.post(`/api/groups/${groupId}/join`, { agreementVersion: 1 });
    const notComing = await kit.member('Not Coming');
    await notComing.client.post(`/api/groups/${groupId}/join`, { agreementVersion: 1 });
    expect((await notComing.client.put(`${meetingUrl(FIRST)}/rsvp`, { answer: 'no' })).statusCode).toBe(200);
    const reminders = async (client: typeof member.client) => ((await client.get('/api/notifications')).json().notifications as Array<{ kind: string; data: { plannedAt?: string } }>)
      .filter((n) => n.kind === 'group.meeting_reminder').map((n) => n.data.plannedAt);
    const at = async (iso: string) => {
      kit.clock.advanceMinutes((new Date(iso).getTime() - kit.clock.now().getTime()) / 60_000);
      await kit.app.kindred.jobs.runDue();
    };

    await at('2026-03-21T09:01:00.000Z');
    expect(await reminders(earlyBird.client)).toEqual([FIRST]);
    expect(await reminders(member.client)).toEqual([]);
    await at('2026-03-22T08:01:00.000Z');
    expect(await reminders(member.client)).toEqual([FIRST]);
    expect(await reminders(notComing.client)).toEqual([]);

    // Once the first meeting has begun, the next one's reminders are queued; moving it moves them.
    await at('2026-03-22T09:01:00.000Z');
    expect((await kit.facilitator.patch(meetingUrl(SECOND), { startsLocal: '2026-03-28T18:00' })).statusCode).toBe(200);
    await at('2026-03-28T15:59:00.000Z');
    expect(await reminders(member.client)).toEqual([FIRST]);
    await at('2026-03-28T16:01:00.000Z');
    expect(await reminders(member.client)).toEqual(['2026-03-28T17:00:00.000Z', FIRST]);
    expect(await reminders(notComing.client)).toEqual(['2026-03-28T17:00:00.000Z']);
    await at('2026-03-29T07:01:00.000Z');
    expect(await reminders(member.client)).toHaveLength(2);
  });

  it('moves one meeting in local time, refusing a time the clocks skip, and tells the members', async () => {
    const skipped = await kit.facilitator.patch(meetingUrl(SECOND), { startsLocal: '2026-03-29T02:30' });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().errors).toEqual([expect.objectContaining({ field: 'startsLocal', code: 'local_time_skipped', message: expect.stringContaining('Europe/Madrid') })]);
    expect((await kit.facilitator.patch(meetingUrl(SECOND), { startsLocal: '2026-03-19T10:00' })).json().errors).toEqual([expect.objectContaining({ field: 'startsLocal', code: 'in_past' })]);
    expect((await kit.facilitator.patch(meetingUrl(SECOND), {})).json().errors).toEqual([expect.objectContaining({ field: 'startsLocal', code: 'one_change' })]);
    expect((await member.client.patch(meetingUrl(SECOND), { startsLocal: '2026-03-28T18:00' })).statusCode).toBe(403);

    const moved = await kit.facilitator.patch(meetingUrl(SECOND), { startsLocal: '2026-03-28T18:00', note: 'Saturday evening this week' });
    expect(moved.json().meeting).toMatchObject({ occurrence: SECOND, startsAt: '2026-03-28T17:00:00.000Z', startsLocal: '2026-03-28T18:00', moved: true, note: 'Saturday evening this week' });
    expect(await kit.kindsFor(member.client)).toEqual(['group.meeting_changed']);
    const list = (await member.client.get(`/api/groups/${groupId}/meetings?limit=2`)).json().meetings;
    expect(list.map((m: { startsAt: string }) => m.startsAt)).toEqual([FIRST, '2026-03-28T17:00:00.000Z']);
  });

  it('cancels a meeting (members are told), keeps the next-meeting fact true, and restores it', async () => {
    expect(await nextMeetingAt()).toBe(FIRST);
    const cancelled = await kit.facilitator.patch(meetingUrl(FIRST), { cancelled: true, note: 'Facilitator unwell' });
    expect(cancelled.json().meeting).toMatchObject({ cancelled: true, startsAt: FIRST });
    expect(await kit.kindsFor(member.client)).toEqual(['group.meeting_cancelled']);
    expect(await nextMeetingAt()).toBe(SECOND);
    expect((await kit.facilitator.get(`/api/groups/${groupId}`)).json().group.nextMeetingAt).toBe(SECOND);
    await kit.facilitator.patch(meetingUrl(FIRST), { restore: true });
    expect(await nextMeetingAt()).toBe(FIRST);
  });

  it('moves the next-meeting fact on once a meeting has begun (a job at its start)', async () => {
    kit.clock.advanceMinutes((new Date(FIRST).getTime() - START.getTime()) / 60_000 + 1);
    await kit.app.kindred.jobs.runDue();
    expect(await nextMeetingAt()).toBe(SECOND);
    kit.clock.advanceMinutes(7 * 24 * 60);
    await kit.app.kindred.jobs.runDue();
    expect(await nextMeetingAt()).toBe(THIRD);
  });

  it('takes RSVPs from members for meetings still to come', async () => {
    const answered = await member.client.put(`${meetingUrl(SECOND)}/rsvp`, { answer: 'yes' });
    expect(answered.json().meeting).toMatchObject({ myRsvp: 'yes', rsvpCounts: null });
    await member.client.put(`${meetingUrl(SECOND)}/rsvp`, { answer: 'maybe' });
    const counts = (await kit.facilitator.get(meetingUrl(SECOND))).json().meeting.rsvpCounts;
    expect(counts).toEqual({ yes: 0, no: 0, maybe: 1 });
    expect((await member.client.put(`${meetingUrl(SECOND)}/rsvp`, { answer: 'perhaps' })).json().errors).toEqual([expect.objectContaining({ field: 'answer' })]);

    const outsider = await kit.member();
    expect((await outsider.client.put(`${meetingUrl(SECOND)}/rsvp`, { answer: 'yes' })).json()).toMatchObject({ status: 409, code: 'not_a_member' });
    await kit.facilitator.patch(meetingUrl(THIRD), { cancelled: true });
    expect((await member.client.put(`${meetingUrl(THIRD)}/rsvp`, { answer: 'yes' })).json()).toMatchObject({ status: 409, code: 'meeting_cancelled' });
    kit.clock.advanceMinutes((new Date(FIRST).getTime() - START.getTime()) / 60_000 + 5);
    expect((await member.client.put(`${meetingUrl(FIRST)}/rsvp`, { answer: 'yes' })).json()).toMatchObject({ status: 409, code: 'meeting_started' });
  });

  it('puts members’ and facilitators’ group meetings in their private calendar feed', async () => {
    await kit.facilitator.patch(meetingUrl(SECOND), { cancelled: true });
    for (const client of [member.client, kit.facilitator]) {
      const feed = (await client.post('/api/me/calendar-feed')).json();
      const ics = (await new TestClient(kit.app).get(new URL(feed.url).pathname)).body.replace(/\r\n /g, '');
      expect(ics).toContain(`UID:group-${groupId}-20260322T090000Z@kindred`);
      expect(ics).toContain('SUMMARY:Sunday circle');
      expect(ics).toContain('DTSTART:20260322T090000Z');
      expect(ics).toMatch(/SUMMARY:Cancelled: Sunday circle\r\n(.*\r\n)*?STATUS:CANCELLED/);
    }
    const outsider = await kit.member();
    const feed = (await outsider.client.post('/api/me/calendar-feed')).json();
    expect((await new TestClient(kit.app).get(new URL(feed.url).pathname)).body).not.toContain('Sunday circle');
  });
});
