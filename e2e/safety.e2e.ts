import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import { chatMessage, countMessages, sendWithEnter, watchConsoleErrors } from './support/chat-helpers.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { useSafetySeed } from './support/safety-seed.js';
import { expectFocused } from './support/focus.js';

const URGENT = 'I have the pills counted out and I am going to take them all tonight.';
const URGENT_CARD = 'You matter, and you don’t have to face this alone';

/** The alert on the dashboard whose heading names it. */
function alertCard(page: Page, heading: string) {
  return page.getByRole('article', { name: heading });
}

/** Whether keyboard focus is inside the element. */
async function holdsFocus(page: Page, name: string): Promise<boolean> {
  return page.getByRole('region', { name }).evaluate((element) => element.contains(document.activeElement));
}

describe('safety journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const safety = useSafetySeed();
  const people = {} as Record<'admin' | 'wren' | 'theo' | 'ines' | 'rosa' | 'kai' | 'lena', TestUser>;
  let conversationId: string;
  let roomId: string;

  beforeAll(async () => {
    people.admin = await matching.seed.user({ roles: ['admin'], handle: 'Aster Admin' });
    people.wren = await matching.seed.user({ roles: ['supervisor'], handle: 'Wren Supervisor' });
    people.theo = await matching.seed.activeSupporter({ handle: 'Tarn Supporter' });
    people.ines = await matching.seed.user({ handle: 'Iris Member' });
    people.rosa = await matching.seed.activeSupporter({ handle: 'Rune Moderator' });
    people.kai = await matching.seed.user({ handle: 'Koa Member' });
    people.lena = await matching.seed.user({ handle: 'Lumi Member' });
    conversationId = await matching.seed.supportRelationship(people.ines, people.theo);
    roomId = await safety.seed.room(people.admin, 'Quiet hours', people.rosa, [people.kai, people.lena]);
  });

  it('answers urgent words at once: a private support card for the member, a live alert the supervisor on call works through, a concern for the supporter', async () => {
    await safety.seed.onCallNow(people.admin, people.wren);
    const supervisor = await journey.page();
    await signIn(supervisor.page, people.wren.email, people.wren.password);
    const supervisorErrors = watchConsoleErrors(supervisor.page);
    await supervisor.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety alerts' }).click();
    await supervisor.page.getByRole('heading', { level: 1, name: 'Safety alerts' }).waitFor();
    // The journeys share one server, and another journey's words may have opened an alert: only Iris's matter here.
    await supervisor.page.getByText('There are no active alerts.').or(supervisor.page.getByRole('article')).first().waitFor();
    expect(await alertCard(supervisor.page, 'Urgent words from Iris Member').count()).toBe(0);
    await expectAccessible(supervisor.page);

    // The member writes urgent words to their supporter; the card appears beside the composer and takes focus.
    const member = await journey.page();
    await signIn(member.page, people.ines.email, people.ines.password);
    const memberErrors = watchConsoleErrors(member.page);
    await visit(member.page, `/conversations/${conversationId}`, 'Tarn Supporter');
    await sendWithEnter(member.page, URGENT);
    const card = member.page.getByRole('region', { name: URGENT_CARD });
    await card.waitFor();
    await expect.poll(() => holdsFocus(member.page, URGENT_CARD)).toBe(true);
    expect(await card.getByRole('link', { name: /^Call / }).first().getAttribute('href')).toMatch(/^tel:/);
    await card.getByRole('link', { name: 'Make your safety plan' }).waitFor();
    await expectAccessible(member.page);

    // Without a reload, the supervisor on call hears of the alert and sees who, what, why and who was told.
    await statusSays(supervisor.page, 'New urgent alert: words from Iris Member.');
    const alert = alertCard(supervisor.page, 'Urgent words from Iris Member');
    await alert.getByText(URGENT).waitFor();
    await alert.getByRole('heading', { name: 'Why it was flagged' }).waitFor();
    await alert.getByText('Wren Supervisor', { exact: true }).waitFor();
    await alert.getByText('Waiting for someone to take it on').waitFor();
    await expectAccessible(supervisor.page);

    // The member asks to talk to someone now and is told what happens next.
    await card.getByRole('button', { name: 'Talk to someone now' }).click();
    await card.getByRole('status').filter({ hasText: 'We’ve let the person on call know.' }).waitFor();
    await card.getByRole('button', { name: 'Close this note' }).click();
    await card.waitFor({ state: 'detached' });
    await expectFocused(member.page.getByLabel('Your message'));
    await alertCard(supervisor.page, 'Iris Member asked to talk to someone now').waitFor();

    // The supervisor takes the alert on, notes an action (a note that is too short is named first) and resolves it.
    await alert.getByRole('button', { name: 'Acknowledge: I’m taking this on' }).click();
    await statusSays(supervisor.page, 'You’ve taken on the alert about Iris Member.');
    await alert.getByText('Taken on by Wren Supervisor.').waitFor();
    await alert.getByRole('button', { name: 'Save the action' }).click();
    await alert.getByText('Please fill in this field.').waitFor();
    await alert.getByLabel('Record an action').fill('Called Ines; her sister is coming over.');
    await alert.getByRole('button', { name: 'Save the action' }).click();
    await statusSays(supervisor.page, 'The action has been recorded.');
    await alert.getByText('Called Ines; her sister is coming over.').waitFor();
    await expectAccessible(supervisor.page);
    await alert.getByLabel('Resolve with a note').fill('Safe tonight; Theo will check in tomorrow.');
    await alert.getByRole('button', { name: 'Resolve the alert' }).click();
    await statusSays(supervisor.page, 'The alert about Iris Member is resolved.');
    await alert.waitFor({ state: 'detached' });
    await supervisor.page.getByRole('navigation', { name: 'Alert lists' }).getByRole('link', { name: 'Resolved' }).click();
    const resolved = alertCard(supervisor.page, 'Urgent words from Iris Member');
    await resolved.getByText('Safe tonight; Theo will check in tomorrow.').waitFor();
    await expectAccessible(supervisor.page);

    // The member's supporter sees the words of concern, with the way back to the conversation.
    const supporter = await journey.page();
    await signIn(supporter.page, people.theo.email, people.theo.password);
    await supporter.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Concerns' }).click();
    await supporter.page.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
    const concern = supporter.page.getByRole('article', { name: 'Iris Member may be in danger' });
    await concern.getByText(URGENT).waitFor();
    await concern.getByRole('link', { name: 'Open the conversation with Iris Member' }).click();
    await supporter.page.getByRole('heading', { level: 1, name: 'Iris Member' }).waitFor();
    await chatMessage(supporter.page, URGENT).waitFor();
    await expectAccessible(supporter.page);

    memberErrors.expectNone();
    supervisorErrors.expectNone();
    await Promise.all([member.context.close(), supervisor.context.close(), supporter.context.close()]);
  });

  it('holds urgent words in a room until a moderator releases them', async () => {
    const author = await journey.page();
    const other = await journey.page();
    const moderator = await journey.page();
    await signIn(author.page, people.kai.email, people.kai.password);
    await signIn(other.page, people.lena.email, people.lena.password);
    await signIn(moderator.page, people.rosa.email, people.rosa.password);
    const errors = [author, other, moderator].map(({ page }) => watchConsoleErrors(page));
    for (const { page } of [author, other, moderator]) await visit(page, `/conversations/${roomId}`, 'Quiet hours');

    await sendWithEnter(author.page, 'Evening, everyone.');
    await chatMessage(other.page, 'Evening, everyone.').waitFor();
    await sendWithEnter(author.page, URGENT);
    // The author still sees their words, with a kind note, and the support card.
    await chatMessage(author.page, URGENT).getByText('Only you and the room’s moderators can see this for now; a moderator will look at it soon. You are not in trouble.').waitFor();
    await author.page.getByRole('region', { name: URGENT_CARD }).waitFor();
    await expectAccessible(author.page);

    // The moderator reads them live and releases them; only then does the rest of the room see them.
    const held = chatMessage(moderator.page, URGENT);
    await held.getByText(/^Waiting for a moderator/).waitFor();
    expect(await countMessages(other.page, URGENT)).toBe(0);
    await expectAccessible(moderator.page);
    await held.getByRole('button', { name: 'Release to the room' }).click();
    await held.getByRole('button', { name: 'Yes, release it' }).click();
    await held.getByText(/^Waiting for a moderator/).waitFor({ state: 'detached' });
    await chatMessage(other.page, URGENT).waitFor();
    await expectAccessible(other.page);

    for (const watcher of errors) watcher.expectNone();
    await Promise.all([author.context.close(), other.context.close(), moderator.context.close()]);
  });

  it('lets an admin add a shift to the on-call rota, naming a mistake first, and remove it', async () => {
    const admin = await journey.page();
    await signIn(admin.page, people.admin.email, people.admin.password);
    const adminErrors = watchConsoleErrors(admin.page);
    await admin.page.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'On-call rota' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'On-call rota' }).waitFor();
    await expectAccessible(admin.page);

    await admin.page.getByLabel('Search by handle or email').fill('Wren');
    await admin.page.getByRole('button', { name: 'Search', exact: true }).click();
    await admin.page.getByLabel('Supervisor').selectOption({ label: 'Wren Supervisor' });
    await admin.page.getByLabel('Starts').fill('2031-05-04T18:00');
    await admin.page.getByLabel('Ends').fill('2031-05-04T08:00');
    await admin.page.getByLabel('Position').fill('2');
    await admin.page.getByRole('button', { name: 'Add shift' }).click();
    const summary = admin.page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Ends: The shift must end after it starts.' }).waitFor();
    await expectFocused(admin.page.getByLabel('Ends'));
    await expectAccessible(admin.page);

    await admin.page.getByLabel('Ends').fill('2031-05-05T02:00');
    await admin.page.getByRole('button', { name: 'Add shift' }).click();
    await statusSays(admin.page, 'Wren Supervisor has been put on call.');
    const row = admin.page.getByRole('row').filter({ has: admin.page.getByRole('rowheader', { name: 'Wren Supervisor' }) }).filter({ hasText: '2031' });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('2');
    await expectAccessible(admin.page);

    await row.getByRole('button', { name: 'Remove the shift of Wren Supervisor' }).click();
    await row.getByRole('button', { name: 'Yes, remove it' }).click();
    await statusSays(admin.page, 'The shift of Wren Supervisor has been removed.');
    await row.waitFor({ state: 'detached' });
    await expectAccessible(admin.page);

    adminErrors.expectNone();
    await admin.context.close();
  });

  it('offers the support card on its own page, here in Spanish', async () => {
    const { page, context } = await journey.page();
    await signIn(page, people.kai.email, people.kai.password);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('link', { name: 'Apoyo para ti, ahora' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apoyo para ti, ahora' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Personas a las que puedes llamar ahora' }).waitFor();
    await page.getByRole('button', { name: 'Hablar con alguien ahora' }).waitFor();
    await page.getByRole('link', { name: 'Haz tu plan de seguridad' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
