import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type KindredApp } from '../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../server/platform/db/connect.js';
import type { TestUser } from '../server/test/factories.js';
import { TestClient } from '../server/test/test-client.js';
import { expectAccessible } from './support/browser.js';
import { sendWithEnter } from './support/chat-helpers.js';
import { e2eConfig } from './support/e2e-config.js';
import { signIn, useJourney } from './support/journey.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { useSafetySeed } from './support/safety-seed.js';
import { expectFocused } from './support/focus.js';

const SUSPENSION = 'Unkind messages in private chats after a warning. A break from rooms and private chats until this is looked at again.';
const APPEAL = 'I was angry about something else that night and took it out on Ezra. I have apologised and it won’t happen again.';
const OVERTURN = 'Thank you for explaining and apologising. The suspension is lifted; please reach out to your supporter if nights get hard.';
const SUSPENDED_FOR_REPORTER = 'The safety team suspended the person for a while.';
const REVERSED_FOR_REPORTER = 'The person appealed, and the safety team reversed its decision: what it did has been undone.';

/** Opens a private conversation between two members through the API, as the invitation pages would. */
function usePeerChats() {
  const state = {} as { app: KindredApp; database: DatabaseHandle; origin: string };
  beforeAll(async () => {
    const databaseUrl = inject('databaseUrl');
    state.origin = inject('baseUrl');
    state.database = connectDatabase(databaseUrl);
    state.app = await buildApp(e2eConfig(state.origin, databaseUrl), { database: state.database });
  });
  afterAll(async () => {
    await state.app?.close();
    await state.database?.close();
  });
  async function signedIn(user: TestUser): Promise<(method: 'GET' | 'POST', url: string, body?: unknown) => Promise<unknown>> {
    const client = new TestClient(state.app);
    const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
      const response = await client.request(method, url, { body, headers: { origin: state.origin } });
      if (response.statusCode >= 300) throw new Error(`${method} ${url} as ${user.handle} failed: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    await call('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    return call;
  }
  return {
    /** `from` invites `to` by handle and `to` accepts; returns the conversation's id. */
    async open(from: TestUser, to: TestUser): Promise<string> {
      const inviter = await signedIn(from);
      const invited = await signedIn(to);
      const { invitation } = (await inviter('POST', '/api/chat-invitations', { handle: to.handle })) as { invitation: { id: string } };
      await invited('POST', `/api/chat-invitations/${encodeURIComponent(invitation.id)}/accept`);
      const { conversations } = (await inviter('GET', '/api/conversations')) as { conversations: Array<{ id: string; kind: string; members: Array<{ userId: string }> }> };
      const direct = conversations.find((c) => c.kind === 'direct' && c.members.some((member) => member.userId === to.id));
      if (!direct) throw new Error(`no private conversation between ${from.handle} and ${to.handle}`);
      return direct.id;
    },

    /** The person writes in a conversation, as from the chat. */
    async say(author: TestUser, conversationId: string, body: string): Promise<void> {
      const call = await signedIn(author);
      await call('POST', `/api/conversations/${encodeURIComponent(conversationId)}/messages`, { clientId: `moderation-e2e-${Date.now()}`, body });
    },
  };
}

describe('moderation journey', () => {
  const journey = useJourney();
  const safety = useSafetySeed();
  const peers = usePeerChats();
  const people = {} as Record<'admin' | 'vesna' | 'ezra' | 'fenn', TestUser>;
  let chatId: string;
  let roomId: string;

  beforeAll(async () => {
    people.admin = await journey.seed.user({ roles: ['admin'], handle: 'Gale Admin' });
    people.vesna = await journey.seed.user({ roles: ['supervisor'], handle: 'Vesna Supervisor' });
    people.ezra = await journey.seed.user({ handle: 'Ezra Member' });
    people.fenn = await journey.seed.user({ handle: 'Fenn Member' });
    chatId = await peers.open(people.ezra, people.fenn);
    roomId = await safety.seed.room(people.admin, 'Lantern room', people.admin, [people.ezra, people.fenn]);
    await peers.say(people.fenn, roomId, 'Nobody asked for your opinion in here.');
  });

  it('a member reports a person; the supervisor sees it arrive and suspends; the person is signed out, reads why and appeals once; the supervisor overturns; the reporter sees each outcome as it happens', async () => {
    // Vesna keeps the moderation queue open.
    const supervisor = await journey.page();
    await signIn(supervisor.page, people.vesna.email, people.vesna.password);
    await supervisor.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports', exact: true }).click();
    await supervisor.page.getByRole('heading', { level: 2, name: 'Open reports' }).waitFor();
    await expectAccessible(supervisor.page);

    // Fenn is in his private chat with Ezra.
    const fenn = await journey.page();
    await signIn(fenn.page, people.fenn.email, people.fenn.password);
    await visit(fenn.page, `/conversations/${chatId}`, 'Ezra Member');

    // Ezra reports Fenn from the chat's header with the keyboard: focus moves into the dialog and back.
    const ezra = await journey.page();
    await signIn(ezra.page, people.ezra.email, people.ezra.password);
    await visit(ezra.page, `/conversations/${chatId}`, 'Fenn Member');
    const reportPerson = ezra.page.getByRole('button', { name: 'Report this person: Fenn Member' });
    await reportPerson.focus();
    await ezra.page.keyboard.press('Enter');
    const dialog = ezra.page.getByRole('dialog', { name: 'Report Fenn Member' });
    await dialog.getByText('Fenn Member won’t be told who reported them.', { exact: false }).waitFor();
    await expectAccessible(ezra.page);
    await dialog.getByRole('button', { name: 'Send report' }).press('Enter');
    await dialog.getByRole('alert').getByText('Choose a reason.').first().waitFor();
    const unkind = dialog.getByRole('radio', { name: 'Unkind or harassing' });
    await expectFocused(unkind);
    await ezra.page.keyboard.press('Space');
    await dialog.getByLabel('Anything else they should know (optional)').fill('He keeps sending me cruel messages late at night.');
    await dialog.getByRole('button', { name: 'Send report' }).press('Enter');
    const thanks = dialog.getByText('Thank you — the safety team will look at this.', { exact: false });
    await thanks.waitFor();
    await expectFocused(thanks);
    await expectAccessible(ezra.page);
    await dialog.getByRole('button', { name: 'Close' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectFocused(reportPerson);

    // It reaches Vesna's open queue without a reload, and she hears that it arrived.
    const card = supervisor.page.getByRole('article', { name: 'A report about Fenn Member' });
    await card.getByText('He keeps sending me cruel messages late at night.').waitFor();
    await statusSays(supervisor.page, '1 new report has arrived.');
    await card.getByText('Unkind or harassing').waitFor();
    await expectAccessible(supervisor.page);

    // Ezra follows it on My reports.
    await ezra.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My reports' }).click();
    const mine = ezra.page.getByRole('article', { name: 'About Fenn Member' });
    await mine.getByText('The safety team hasn’t decided yet.').waitFor();
    await expectAccessible(ezra.page);

    // Vesna suspends Fenn until the decision is looked at again.
    await card.getByRole('radio', { name: 'Suspend the person' }).check();
    await card.getByLabel('Suspend for how many days').waitFor();
    await expectAccessible(supervisor.page);
    await card.getByLabel('Reason for your decision').fill(SUSPENSION);
    await card.getByRole('button', { name: 'Save decision' }).click();
    await statusSays(supervisor.page, 'The report about Fenn Member has been decided.');
    await card.waitFor({ state: 'detached' });

    // Ezra's list shows the outcome as it happens.
    await mine.getByText(SUSPENDED_FOR_REPORTER).waitFor();

    // Fenn is signed out: the next page he opens asks him to sign in again.
    await fenn.page.reload();
    await fenn.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(fenn.page);
    await fenn.page.getByLabel('Email').fill(people.fenn.email);
    await fenn.page.getByLabel('Password', { exact: true }).fill(people.fenn.password);
    await fenn.page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    // Back in the chat he can read, but not write; the refusal says where to read why.
    await fenn.page.getByRole('heading', { level: 1, name: 'Ezra Member' }).waitFor();
    await sendWithEnter(fenn.page, 'Please talk to me.');
    await fenn.page.getByText('The safety team has paused your account from writing', { exact: false }).waitFor();
    await expectAccessible(fenn.page);

    // Vesna waits on the appeals list.
    await supervisor.page.getByRole('navigation', { name: 'Report lists' }).getByRole('link', { name: 'Appeals' }).click();
    await supervisor.page.getByRole('heading', { level: 2, name: 'Appeals waiting' }).waitFor();
    await expectAccessible(supervisor.page);

    // Fenn reads the decision and appeals once.
    await fenn.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My reports' }).click();
    await fenn.page.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    await expectAccessible(fenn.page);
    await fenn.page.getByRole('main').getByRole('link', { name: 'Decisions about me' }).click();
    const notice = fenn.page.getByRole('article', { name: 'Your account is suspended' });
    await notice.getByText(SUSPENSION).waitFor();
    await notice.getByText('Until it is lifted on appeal').waitFor();
    expect(await notice.textContent()).not.toContain('Ezra');
    await expectAccessible(fenn.page);
    await notice.getByLabel('Why do you think this decision was wrong?').fill(APPEAL);
    await notice.getByRole('button', { name: 'Send appeal' }).click();
    await statusSays(fenn.page, 'Your appeal has been sent.');
    await notice.getByText('Waiting for someone on the team to look at it.').waitFor();
    expect(await notice.getByRole('button', { name: 'Send appeal' }).count()).toBe(0);
    await expectAccessible(fenn.page);

    // The appeal reaches Vesna's list without a reload; she overturns the suspension.
    const appealCard = supervisor.page.getByRole('article', { name: 'A report about Fenn Member' });
    await appealCard.getByText(APPEAL).waitFor();
    await statusSays(supervisor.page, '1 new appeal has arrived.');
    await expectAccessible(supervisor.page);
    await appealCard.getByRole('radio', { name: 'Decision overturned' }).check();
    await appealCard.getByLabel('Reason for your decision').fill(OVERTURN);
    await appealCard.getByRole('button', { name: 'Save appeal decision' }).click();
    await statusSays(supervisor.page, 'The appeal from Fenn Member has been decided.');
    await supervisor.page.getByText('There are no appeals waiting.').waitFor();
    await expectAccessible(supervisor.page);

    // Fenn's notice and Ezra's report show the result as it happens.
    await notice.getByText(OVERTURN).waitFor();
    await notice.getByText('Decision overturned').waitFor();
    await notice.getByText('It has been lifted.').waitFor();
    await expectAccessible(fenn.page);
    await mine.getByText(REVERSED_FOR_REPORTER).waitFor();
    await mine.getByText(SUSPENDED_FOR_REPORTER).waitFor();
    await expectAccessible(ezra.page);
  });

  it('in a room, a member chooses whom to report from the people met there, in Spanish; leaving the dialog gives focus back', async () => {
    const ezra = await journey.page();
    await signIn(ezra.page, people.ezra.email, people.ezra.password);
    await ezra.page.getByLabel('Language').selectOption('es');
    await ezra.page.getByRole('heading', { level: 1, name: 'Hola, Ezra Member' }).waitFor();
    await visit(ezra.page, `/conversations/${roomId}`, 'Lantern room');
    const opener = ezra.page.getByRole('button', { name: 'Avisar de alguien de esta sala' });
    await opener.focus();
    await ezra.page.keyboard.press('Enter');
    const dialog = ezra.page.getByRole('dialog', { name: 'Avisar de alguien de Lantern room' });
    await dialog.waitFor();
    const who = dialog.getByLabel('¿De quién avisas?');
    expect(await who.locator('option').allTextContents()).toEqual(['Elige a una persona', 'Fenn Member', 'Gale Admin']);
    await expectAccessible(ezra.page);
    // Sending without choosing names the missing person first and moves focus there.
    await dialog.getByRole('button', { name: 'Enviar aviso' }).press('Enter');
    await dialog.getByRole('alert').getByText('Elige de quién avisas.').first().waitFor();
    await expectFocused(who);
    await expectAccessible(ezra.page);
    await ezra.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocused(opener);
  });
});
