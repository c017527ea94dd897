import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import { chatMessage, sendWithEnter } from './support/chat-helpers.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { useSafetySeed } from './support/safety-seed.js';
import { expectFocused } from './support/focus.js';

const UNKIND = 'Nobody here wants to hear from you, just go away.';
const THANKS = 'Thank you — the safety team will look at this. They won’t tell the person who reported it.';

describe('reports journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const safety = useSafetySeed();
  const people = {} as Record<'admin' | 'wren' | 'rosa' | 'kai' | 'lena', TestUser>;
  let roomId: string;

  beforeAll(async () => {
    people.admin = await matching.seed.user({ roles: ['admin'], handle: 'Ola Admin' });
    people.wren = await matching.seed.user({ roles: ['supervisor'], handle: 'Mira Supervisor' });
    people.rosa = await matching.seed.activeSupporter({ handle: 'Sol Moderator' });
    people.kai = await matching.seed.user({ handle: 'Kit Member' });
    people.lena = await matching.seed.user({ handle: 'June Member' });
    roomId = await safety.seed.room(people.admin, 'Evening circle', people.rosa, [people.kai, people.lena]);
  });

  it('a member reports a message; a supervisor hides it; the reporter sees the outcome; the author appeals and the supervisor overturns', async () => {
    // Kai writes unkind words in the room.
    const author = await journey.page();
    await signIn(author.page, people.kai.email, people.kai.password);
    await visit(author.page, `/conversations/${roomId}`, 'Evening circle');
    await sendWithEnter(author.page, UNKIND);
    await chatMessage(author.page, UNKIND).waitFor();

    // Lena reports it with the keyboard only: the dialog takes focus, and gives it back when closed.
    const reporter = await journey.page();
    await signIn(reporter.page, people.lena.email, people.lena.password);
    await visit(reporter.page, `/conversations/${roomId}`, 'Evening circle');
    const reportButton = chatMessage(reporter.page, UNKIND).getByRole('button', { name: 'Report message from Kit Member' });
    await reportButton.focus();
    await reporter.page.keyboard.press('Enter');
    const dialog = reporter.page.getByRole('dialog', { name: 'Report a message from Kit Member' });
    await dialog.waitFor();
    await expectAccessible(reporter.page);
    // Sending without a reason says what is missing.
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByRole('alert').getByText('Choose a reason.').first().waitFor();
    await dialog.getByRole('radio', { name: 'Unkind or harassing' }).check();
    await dialog.getByLabel('Anything else they should know (optional)').fill('This is the third time tonight.');
    await dialog.getByRole('button', { name: 'Send report' }).press('Enter');
    await dialog.getByText(THANKS).waitFor();
    await expectFocused(dialog.getByText(THANKS));
    await expectAccessible(reporter.page);
    await dialog.getByRole('button', { name: 'Close' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectFocused(reportButton);

    await reporter.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My reports' }).click();
    await reporter.page.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    await reporter.page.getByText('The safety team hasn’t decided yet.').waitFor();
    await expectAccessible(reporter.page);

    // Wren sees it in the queue with the words, the reason and the details, and hides it with a note.
    const supervisor = await journey.page();
    await signIn(supervisor.page, people.wren.email, people.wren.password);
    await supervisor.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports', exact: true }).click();
    await supervisor.page.getByRole('heading', { level: 1, name: 'Reports', exact: true }).waitFor();
    const card = supervisor.page.getByRole('article', { name: 'A message from Kit Member' });
    await card.getByText(UNKIND).waitFor();
    await card.getByText('Unkind or harassing').waitFor();
    await card.getByText('This is the third time tonight.').waitFor();
    await card.getByText('0 earlier reports').waitFor();
    await expectAccessible(supervisor.page);
    await card.getByRole('radio', { name: 'Hide the message' }).check();
    await card.getByLabel('Reason for your decision').fill('Telling someone to go away is not how we treat each other here.');
    await card.getByRole('button', { name: 'Save decision' }).click();
    await statusSays(supervisor.page, 'The report about Kit Member has been decided.');
    await supervisor.page.getByText('There are no open reports.').waitFor();

    // Lena sees what happened.
    await reporter.page.reload();
    await reporter.page.getByText('The safety team hid the message.').waitFor();
    await expectAccessible(reporter.page);

    // Kai reads the decision and appeals once.
    await visit(author.page, '/moderation/me', 'Decisions about me');
    const notice = author.page.getByRole('article', { name: 'One of your messages was hidden' });
    await notice.getByText('Telling someone to go away is not how we treat each other here.').waitFor();
    await notice.getByText(UNKIND).waitFor();
    await expectAccessible(author.page);
    await notice.getByLabel('Why do you think this decision was wrong?').fill('I was quoting a song lyric, not talking to anyone here.');
    await notice.getByRole('button', { name: 'Send appeal' }).click();
    await statusSays(author.page, 'Your appeal has been sent.');
    await notice.getByText('Waiting for someone on the team to look at it.').waitFor();
    expect(await notice.getByRole('button', { name: 'Send appeal' }).count()).toBe(0);

    // Wren overturns the decision on appeal.
    await supervisor.page.getByRole('navigation', { name: 'Report lists' }).getByRole('link', { name: 'Appeals' }).click();
    const appealCard = supervisor.page.getByRole('article', { name: 'A message from Kit Member' });
    await appealCard.getByText('I was quoting a song lyric, not talking to anyone here.').waitFor();
    await expectAccessible(supervisor.page);
    await appealCard.getByRole('radio', { name: 'Decision overturned' }).check();
    await appealCard.getByLabel('Reason for your decision').fill('Fair enough: it was a lyric. The message is back.');
    await appealCard.getByRole('button', { name: 'Save appeal decision' }).click();
    await statusSays(supervisor.page, 'The appeal from Kit Member has been decided.');
    await supervisor.page.getByText('There are no appeals waiting.').waitFor();
    await supervisor.page.getByRole('navigation', { name: 'Report lists' }).getByRole('link', { name: 'Decided' }).click();
    await supervisor.page.getByRole('heading', { level: 2, name: 'Recent decisions' }).waitFor();
    await expectAccessible(supervisor.page);

    await author.page.reload();
    await author.page.getByText('Fair enough: it was a lyric. The message is back.').waitFor();
    await author.page.getByText('Decision overturned').waitFor();
    await expectAccessible(author.page);
  });
});
