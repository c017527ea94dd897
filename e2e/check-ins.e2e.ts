import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { placeInZone } from '../web/src/features/support/zoned-time.js';
import { expectAccessible } from './support/browser.js';
import { useCheckInSeed } from './support/check-in-seed.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { expectInvalid, statusSays, visit } from './support/profile-helpers.js';

const DAY = 24 * 3600_000;
const suffix = Math.random().toString(36).slice(2, 7);
const MEMBER = `Wren Rhythm ${suffix}`;
const SUPPORTER = `Sorrel Steady ${suffix}`;
const SUPERVISOR = `Basil Overseer ${suffix}`;
const PRIVATE_NOTE = 'Private: Wren seemed tired, ask about sleep next time.';
const SHARED_NOTE = 'Shared: try the slow breathing we practised before bed.';

/** A day some days from now (in UTC, the supporter's zone), as the date part of a date-and-time input. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** What has focus: its label, or its own text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
  });
}

/** The machine-readable times listed in a region, in order. */
async function listedTimes(region: Locator): Promise<string[]> {
  return region.locator('li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
}

/** "7:00" for an instant in a zone: the hour as the English pages show it (12-hour clock). */
function clockIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso)).replace(/\s?[AP]M$/, '');
}

describe('check-ins journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const checkIns = useCheckInSeed();

  it('a supporter proposes a two-weekly rhythm, the member agrees live, subscribes to the calendar, reads only shared notes, marks a meeting and gives feedback', async () => {
    const member = await matching.seed.user({ handle: MEMBER });
    const supporter = await matching.seed.activeSupporter({ handle: SUPPORTER });
    await matching.seed.supportRelationship(member, supporter);
    // The member lives in Madrid; the supporter has set no zone, so theirs is UTC.
    await matching.seed.profile(member, { timeZone: 'Europe/Madrid' });
    const relationshipId = await checkIns.seed.relationshipId(member, supporter);
    // A one-off meeting that started an hour and a half ago, not yet marked.
    await checkIns.seed.pastCheckIn(relationshipId, supporter, 90);

    // The member opens their relationship page from the list of relationships.
    const mine = await journey.page();
    const page = mine.page;
    await mine.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, member.email, member.password);
    await visit(page, '/relationships', 'Your support relationships');
    await page.getByRole('link', { name: `Check-ins, notes and goals with ${SUPPORTER}` }).click();
    await page.getByRole('heading', { level: 1, name: `Your support with ${SUPPORTER}` }).waitFor();
    await page.getByText('Times on this page are in your time zone, Europe/Madrid.').waitFor();
    await page.getByText(`You and ${SUPPORTER} haven’t agreed a regular time to meet yet.`, { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Check-in history' }).getByText('Not marked yet').waitFor();
    await page.getByRole('region', { name: 'Shared goals' }).waitFor();
    await expectAccessible(page);

    // The supporter proposes, by keyboard: first a rule that repeats too often, named beside its field.
    const theirs = await journey.page();
    const supporterPage = theirs.page;
    await signIn(supporterPage, supporter.email, supporter.password);
    await visit(supporterPage, '/relationships', 'Your support relationships');
    await supporterPage.getByRole('link', { name: `Check-ins, notes and goals with ${MEMBER}` }).click();
    await supporterPage.getByRole('heading', { level: 1, name: `Supporting ${MEMBER}` }).waitFor();
    await expectAccessible(supporterPage);
    const start = `${daysAhead(3)}T18:00`;
    const rhythm = supporterPage.getByRole('group', { name: 'How often' });
    await rhythm.getByRole('radio', { name: 'Every week' }).focus();
    await supporterPage.keyboard.press('ArrowDown');
    await supporterPage.keyboard.press('ArrowDown');
    expect(await rhythm.getByRole('radio', { name: 'Something else (a calendar rule)' }).isChecked()).toBe(true);
    await supporterPage.getByLabel('Calendar rule', { exact: true }).focus();
    await supporterPage.keyboard.type('FREQ=HOURLY');
    await supporterPage.getByLabel('First check-in: date and time').fill(start);
    expect(await supporterPage.getByLabel('Time zone').inputValue()).toBe('UTC');
    const ways = supporterPage.getByRole('group', { name: 'Way to meet' }).first();
    await ways.getByRole('radio', { name: 'Text chat' }).focus();
    await supporterPage.keyboard.press('ArrowDown');
    await supporterPage.keyboard.press('ArrowDown');
    expect(await ways.getByRole('radio', { name: 'Video call' }).isChecked()).toBe(true);
    await supporterPage.getByLabel('Details (optional)').first().fill('https://meet.example.test/wren');
    await supporterPage.getByRole('button', { name: `Send proposal to ${MEMBER}` }).focus();
    await supporterPage.keyboard.press('Enter');
    const ruleField = supporterPage.getByLabel('Calendar rule', { exact: true });
    await expectInvalid(ruleField);
    await supporterPage.getByText('Check-ins can repeat at most once a day.').first().waitFor();
    await expect.poll(() => focusedName(supporterPage)).toBe('Calendar rule');
    await expectAccessible(supporterPage);

    // Every two weeks instead.
    await rhythm.getByRole('radio', { name: 'Something else (a calendar rule)' }).focus();
    await supporterPage.keyboard.press('ArrowUp');
    expect(await rhythm.getByRole('radio', { name: 'Every two weeks' }).isChecked()).toBe(true);
    await supporterPage.getByRole('button', { name: `Send proposal to ${MEMBER}` }).focus();
    await supporterPage.keyboard.press('Enter');
    await statusSays(supporterPage, `Your proposal has been sent to ${MEMBER}. It starts once they agree.`);
    const proposal = supporterPage.getByRole('region', { name: 'Your proposal' });
    await proposal.getByText(/^Every 2 weeks on \w+day at 6:00\sPM, UTC — 45 minutes, video call$/).waitFor();
    await proposal.getByText(`Waiting for ${MEMBER} to agree.`).waitFor();
    await expect.poll(() => focusedName(supporterPage)).toBe('Your proposal');
    const firstMeeting = `${daysAhead(3)}T18:00:00.000Z`;
    const expected = [0, 14, 28, 42].map((days) => new Date(Date.parse(firstMeeting) + days * DAY).toISOString());
    expect(await listedTimes(proposal)).toEqual(expected);
    await expectAccessible(supporterPage);

    // The proposal reaches the member's open page without a reload; they agree by keyboard.
    const offered = page.getByRole('region', { name: `${SUPPORTER} proposes` });
    await offered.waitFor({ timeout: 15_000 });
    await offered.getByText(/^Every 2 weeks on \w+day at 6:00\sPM, UTC — 45 minutes, video call$/).waitFor();
    expect(await listedTimes(offered)).toEqual(expected);
    await offered.getByText(`${clockIn(expected[0]!, 'Europe/Madrid')}`, { exact: false }).first().waitFor();
    await expectAccessible(page);
    await offered.getByRole('button', { name: 'Agree to this rhythm' }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, 'You agreed. Your check-ins are planned.');
    const ourRhythm = page.getByRole('region', { name: 'Our rhythm' });
    await ourRhythm.getByText(/^Every 2 weeks on \w+day at 6:00\sPM, UTC — 45 minutes, video call$/).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Our rhythm');
    const upcoming = page.getByRole('region', { name: 'Upcoming check-ins' });
    await expect.poll(async () => (await listedTimes(upcoming)).slice(0, 3)).toEqual(expected.slice(0, 3));
    // Shown on the member's own clock (Madrid), not the plan's.
    const firstUpcoming = upcoming.getByRole('heading', { level: 3 }).first();
    expect(await firstUpcoming.textContent()).toContain(clockIn(expected[0]!, 'Europe/Madrid'));
    await upcoming.getByText('From our rhythm').first().waitFor();
    expect(await page.getByRole('region', { name: `${SUPPORTER} proposes` }).count()).toBe(0);
    await expectAccessible(page);

    // The member moves the second meeting (typed on their own clock) and cancels the third.
    const second = upcoming.getByRole('listitem').nth(1);
    await second.getByRole('button', { name: 'Move or change' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Date and time');
    const movedLocal = `${daysAhead(19)}T10:30`;
    await second.getByLabel('Date and time').fill(movedLocal);
    await second.getByRole('button', { name: 'Save changes' }).click();
    const moved = placeInZone(movedLocal, 'Europe/Madrid')!.iso;
    await statusSays(page, `has been told.`);
    await expect.poll(async () => (await listedTimes(upcoming)).slice(0, 3)).toEqual([expected[0], moved, expected[2]]);
    const third = upcoming.getByRole('listitem').filter({ has: page.locator(`time[datetime="${expected[2]}"]`) });
    await third.getByRole('button', { name: 'Cancel this check-in' }).click();
    await third.getByRole('button', { name: 'Yes, cancel it' }).click();
    await statusSays(page, /^The check-in on .* is cancelled\. /);
    await expect.poll(async () => (await listedTimes(upcoming)).slice(0, 3)).toEqual([expected[0], moved, expected[3]]);
    await expectAccessible(page);

    // The supporter sees the agreement arrive, and the same meetings on their clock.
    const supporterRhythm = supporterPage.getByRole('region', { name: 'Our rhythm' });
    await supporterRhythm.getByRole('button', { name: 'Stop our rhythm' }).waitFor({ timeout: 15_000 });
    const supporterUpcoming = supporterPage.getByRole('region', { name: 'Upcoming check-ins' });
    await expect.poll(async () => (await listedTimes(supporterUpcoming)).slice(0, 3), { timeout: 15_000 }).toEqual([expected[0], moved, expected[3]]);
    expect(await supporterUpcoming.getByRole('heading', { level: 3 }).first().textContent()).toContain('6:00');

    // The member subscribes to a calendar; the link is shown once, can be copied and serves the meetings.
    await ourRhythm.getByRole('link', { name: 'Add your check-ins to your own calendar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-ins in your calendar' }).waitFor();
    await page.getByText('You don’t have a calendar link.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Make my calendar link' }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, 'Your calendar link is ready. Copy it now: it is shown only this once.');
    const link = page.getByLabel('Your private calendar link');
    await expect.poll(() => focusedName(page)).toBe('Your private calendar link');
    const url = await link.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await link.getAttribute('readonly')).not.toBeNull();
    await page.getByText('Keep this link private', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, 'The link is copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const feed = await page.request.get(url);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    await expectAccessible(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Check-ins in your calendar' }).waitFor();
    await page.getByText('Your calendar link is on.').waitFor();
    expect(await page.getByLabel('Your private calendar link').count()).toBe(0);
    await page.getByRole('button', { name: 'Make a new link' }).waitFor();
    await expectAccessible(page);

    // The supporter writes a private note and a shared one.
    const notes = supporterPage.getByRole('region', { name: 'Session notes' });
    await notes.getByLabel('Note', { exact: true }).focus();
    await supporterPage.keyboard.type(PRIVATE_NOTE);
    await notes.getByRole('button', { name: 'Save note' }).focus();
    await supporterPage.keyboard.press('Enter');
    await statusSays(supporterPage, 'Your private note is saved.');
    await notes.getByText(PRIVATE_NOTE).waitFor();
    await notes.getByLabel('Note', { exact: true }).focus();
    await supporterPage.keyboard.type(SHARED_NOTE);
    await notes.getByLabel(`Share this note with ${MEMBER}`).focus();
    await supporterPage.keyboard.press('Space');
    await notes.getByRole('button', { name: 'Save note' }).focus();
    await supporterPage.keyboard.press('Enter');
    await statusSays(supporterPage, `Your note is saved and shared with ${MEMBER}.`);
    await notes.getByText(SHARED_NOTE).waitFor();
    await notes.getByText(`Shared with ${MEMBER}`).waitFor();
    await notes.getByText('Private', { exact: true }).waitFor();
    await expectAccessible(supporterPage);

    // The member reads only the shared note.
    await page.goto(`/support/${relationshipId}`);
    await page.getByRole('heading', { level: 1, name: `Your support with ${SUPPORTER}` }).waitFor();
    const sharedWithMe = page.getByRole('region', { name: `Notes ${SUPPORTER} shared with you` });
    await sharedWithMe.getByText(SHARED_NOTE).waitFor();
    expect(await page.getByText(PRIVATE_NOTE).count()).toBe(0);
    expect(await sharedWithMe.getByRole('button', { name: 'Edit note' }).count()).toBe(0);
    await expectAccessible(page);

    // The member marks the meeting that has passed: it happened, with their mood check.
    const past = page.getByRole('region', { name: 'Check-in history' }).getByRole('listitem').filter({ hasText: 'One-off' }).first();
    await past.getByRole('radio', { name: 'Yes, we met' }).focus();
    await page.keyboard.press('Space');
    const mood = past.getByRole('group', { name: 'How are you feeling? (optional)' });
    await mood.getByRole('radio', { name: '1 – Very low' }).focus();
    await page.keyboard.press('Space');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    expect(await mood.getByRole('radio', { name: '4 – Good' }).isChecked()).toBe(true);
    await past.getByLabel('A few words about how you feel (optional)').fill('Lighter than last week');
    await past.getByLabel('What we talked about (optional)').fill('Walking again in the mornings');
    await past.getByRole('button', { name: 'Save', exact: true }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, 'Saved: the check-in happened.');
    await past.getByText('Happened', { exact: true }).waitFor();
    await past.getByText('marked by you', { exact: false }).waitFor();
    await past.getByRole('definition').filter({ hasText: '4 – Good' }).waitFor();
    await expectAccessible(page);

    // Feedback: all four answers are needed, then it is given once.
    const feedback = past.getByRole('form', { name: 'How was this check-in for you?' });
    await feedback.getByRole('button', { name: 'Send feedback' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByRole('link', { name: 'I felt heard: Choose an answer from 1 to 5.' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('1 – Not at all');
    await expectAccessible(page);
    const answer = async (question: string, choice: string) => {
      await feedback.getByRole('group', { name: question }).getByRole('radio', { name: choice }).focus();
      await page.keyboard.press('Space');
    };
    await answer('I felt heard', '5 – Completely');
    await answer('We worked on what I wanted', '4 – Mostly');
    await answer('The way we talked suited me', '5 – Completely');
    await answer('Overall, the check-in was', '4 – Good');
    await feedback.getByRole('button', { name: 'Send feedback' }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, 'Thank you for your feedback.');
    await past.getByText('You gave feedback on this check-in. Thank you.').waitFor();
    expect(await past.getByRole('form', { name: 'How was this check-in for you?' }).count()).toBe(0);
    await expectAccessible(page);

    // In Spanish the rhythm reads as a Spanish sentence; the member's words stay as written.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: `Tu acompañamiento con ${SUPPORTER}` }).waitFor();
    await page.getByRole('region', { name: 'Nuestro ritmo' }).getByText(/^Cada 2 semanas, el \S+ a las 18:00, UTC — 45 minutos, videollamada$/).waitFor();
    await page.getByRole('region', { name: 'Historial de encuentros' }).getByText('Walking again in the mornings').waitFor();
    await expectAccessible(page);

    // The supporter sees the meeting marked with the member's mood, and only a trend of feedback.
    await supporterPage.reload();
    const theirPast = supporterPage.getByRole('region', { name: 'Check-in history' }).getByRole('listitem').filter({ hasText: 'One-off' }).first();
    await theirPast.getByText(`marked by ${MEMBER}`, { exact: false }).waitFor();
    await theirPast.getByText(`Mood of ${MEMBER}`).waitFor();
    await theirPast.getByText('Lighter than last week').waitFor();
    await expectAccessible(supporterPage);
    await supporterPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My feedback' }).click();
    await supporterPage.getByRole('heading', { level: 1, name: 'My feedback' }).waitFor();
    await supporterPage.getByText('1 answer isn’t shown yet, because its month has too few answers so far.').waitFor();
    await supporterPage.getByText('Months with fewer than 3 answers are not shown', { exact: false }).waitFor();
    expect(await supporterPage.getByRole('table').count()).toBe(0);
    await expectAccessible(supporterPage);

    // An admin assigns a supervisor, who then reads the trend and all notes, read-only.
    const admin = await matching.seed.user({ roles: ['member', 'admin'] });
    const supervisor = await matching.seed.user({ handle: SUPERVISOR, roles: ['member', 'supervisor'] });
    const adminSide = await journey.page();
    await signIn(adminSide.page, admin.email, admin.password);
    await visit(adminSide.page, '/admin/supervision', 'Supervision assignments');
    const adminPage = adminSide.page;
    await adminPage.getByLabel('Find a peer supporter by handle or email').fill(SUPPORTER);
    await adminPage.keyboard.press('Enter');
    await adminPage.getByLabel('Peer supporter', { exact: true }).selectOption({ label: `${SUPPORTER} (${supporter.email})` });
    await adminPage.getByLabel('Find a supervisor by handle or email').fill(SUPERVISOR);
    await adminPage.keyboard.press('Enter');
    await adminPage.getByLabel('Supervisor', { exact: true }).selectOption({ label: `${SUPERVISOR} (${supervisor.email})` });
    await adminPage.getByRole('button', { name: 'Assign' }).focus();
    await adminPage.keyboard.press('Enter');
    await statusSays(adminPage, `${SUPERVISOR} now supervises ${SUPPORTER}.`);
    await adminPage.getByRole('table', { name: 'Supervision assignments' }).getByRole('rowheader', { name: SUPPORTER }).waitFor();
    await expectAccessible(adminPage);

    const supervisorSide = await journey.page();
    await signIn(supervisorSide.page, supervisor.email, supervisor.password);
    await supervisorSide.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision' }).click();
    await supervisorSide.page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();
    await supervisorSide.page.getByRole('heading', { level: 2, name: SUPPORTER }).waitFor();
    await supervisorSide.page.getByText(`1 answer for ${SUPPORTER} isn’t shown`, { exact: false }).waitFor();
    await expectAccessible(supervisorSide.page);
    await visit(supervisorSide.page, `/support/${relationshipId}`, `${MEMBER}, supported by ${SUPPORTER}`);
    const supervisedNotes = supervisorSide.page.getByRole('region', { name: 'Session notes' });
    await supervisedNotes.getByText(PRIVATE_NOTE).waitFor();
    await supervisedNotes.getByText(SHARED_NOTE).waitFor();
    expect(await supervisedNotes.getByRole('button').count()).toBe(0);
    expect(await supervisorSide.page.getByRole('button', { name: 'Agree to this rhythm' }).count()).toBe(0);

    await supervisorSide.context.close();
    await adminSide.context.close();
    await theirs.context.close();
    await mine.context.close();
  }, 240_000);
  it('when support ends, the rhythm stops and each person leaves one closing note the other reads', async () => {
    const member = await matching.seed.user({ handle: `Linden Farewell ${suffix}` });
    const supporter = await matching.seed.activeSupporter({ handle: `Hazel Goodbye ${suffix}` });
    await matching.seed.supportRelationship(member, supporter);
    const relationshipId = await checkIns.seed.relationshipId(member, supporter);

    const mine = await journey.page();
    const page = mine.page;
    await signIn(page, member.email, member.password);
    await visit(page, '/relationships', 'Your support relationships');
    await page.getByRole('button', { name: `End relationship with ${supporter.handle}` }).click();
    await page.getByLabel('Why you’re ending it').fill('I feel ready to carry on by myself.');
    await page.getByRole('button', { name: `Yes, end relationship with ${supporter.handle}` }).click();
    await statusSays(page, `Your relationship with ${supporter.handle} has ended.`);
    await page.getByRole('link', { name: `Check-ins, notes and goals with ${supporter.handle}` }).click();
    await page.getByRole('heading', { level: 1, name: `Your support with ${supporter.handle}` }).waitFor();
    await page.getByText('There is no agreed rhythm of check-ins.').waitFor();
    expect(await page.getByRole('button', { name: /^Send proposal/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add check-in' }).count()).toBe(0);
    const closing = page.getByRole('region', { name: 'Closing notes' });
    await closing.getByText('No closing notes yet.').waitFor();
    await expectAccessible(page);

    // An empty note is named; then the note is left, once.
    await closing.getByRole('button', { name: 'Leave my note' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Your closing note: Please fill in this field.' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Your closing note');
    await page.keyboard.type('Thank you for walking with me these months.');
    await closing.getByRole('button', { name: 'Leave my note' }).click();
    await statusSays(page, `Your closing note is saved. ${supporter.handle} can read it.`);
    await closing.getByText('Your note', { exact: true }).waitFor();
    await closing.getByText('Thank you for walking with me these months.').waitFor();
    expect(await closing.getByRole('button', { name: 'Leave my note' }).count()).toBe(0);
    await expectAccessible(page);

    const theirs = await journey.page();
    await signIn(theirs.page, supporter.email, supporter.password);
    await visit(theirs.page, `/support/${relationshipId}`, `Supporting ${member.handle}`);
    const theirClosing = theirs.page.getByRole('region', { name: 'Closing notes' });
    await theirClosing.getByText(`From ${member.handle}`).waitFor();
    await theirClosing.getByText('Thank you for walking with me these months.').waitFor();
    await theirClosing.getByLabel('Your closing note').fill('It was a privilege. Take good care.');
    await theirClosing.getByRole('button', { name: 'Leave my note' }).click();
    await statusSays(theirs.page, `Your closing note is saved. ${member.handle} can read it.`);
    expect(await theirs.page.getByRole('region', { name: 'Session notes' }).getByRole('button', { name: 'Save note' }).count()).toBe(0);
    await expectAccessible(theirs.page);

    await page.reload();
    await closing.getByText(`From ${supporter.handle}`).waitFor();
    await closing.getByText('It was a privilege. Take good care.').waitFor();

    await theirs.context.close();
    await mine.context.close();
  }, 120_000);
});
