import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import { chatMessage, sendWithEnter, watchConsoleErrors } from './support/chat-helpers.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { expectFocused } from './support/focus.js';

const AGREEMENT = 'Be kind. What people share here stays here. Offer your own experience, not advice, unless someone asks.';

/** The room's row in the admin list. */
function adminRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

describe('rooms journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const people = {} as Record<'admin' | 'rosa' | 'kai', TestUser>;
  let roomPath: string;

  beforeAll(async () => {
    people.admin = await matching.seed.user({ roles: ['admin'], handle: 'Ada Admin' });
    people.rosa = await matching.seed.activeSupporter({ handle: 'Rosa Moderator' });
    people.kai = await matching.seed.user({ handle: 'Kai Member' });
  });

  it('lets an admin open a room, a member accept its agreement and chat, and a moderator hide a message with a reason', async () => {
    const admin = await journey.page();
    await signIn(admin.page, people.admin.email, people.admin.password);
    const adminErrors = watchConsoleErrors(admin.page);
    await admin.page.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Chat rooms' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Chat rooms' }).waitFor();
    await expectAccessible(admin.page);

    // Mistakes are named beside the fields before anything is created.
    await admin.page.getByLabel('Name').fill('Night owls');
    await admin.page.getByLabel('Description').fill('For anyone awake in the small hours.');
    await admin.page.getByLabel('Topic').selectOption({ label: 'Anxiety' });
    await admin.page.getByLabel('Community agreement').fill('Be kind.');
    await admin.page.getByLabel('Most members at once').fill('1');
    await admin.page.getByRole('button', { name: 'Create room' }).click();
    const summary = admin.page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /Community agreement: Write at least 20 characters/ }).waitFor();
    await summary.getByRole('link', { name: /Most members at once: Allow at least 2 members/ }).waitFor();
    await expectAccessible(admin.page);

    await admin.page.getByLabel('Community agreement').fill(AGREEMENT);
    await admin.page.getByLabel('Most members at once').fill('25');
    await admin.page.getByRole('button', { name: 'Create room' }).click();
    await statusSays(admin.page, 'Night owls has been created.');
    await adminRow(admin.page, 'Night owls').getByRole('link', { name: 'Night owls' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Room: Night owls' }).waitFor();
    roomPath = new URL(admin.page.url()).pathname.replace('/admin', '');
    await expectAccessible(admin.page);

    // Moderators are picked from the people search; only trained people can moderate.
    await admin.page.getByLabel('Search by handle or email').fill('Kai Member');
    await admin.page.getByRole('button', { name: 'Search', exact: true }).click();
    await adminErrors.ignoreWhile(async () => {
      await admin.page.getByRole('button', { name: 'Make Kai Member a moderator' }).click();
      await admin.page.getByRole('alert').filter({ hasText: 'Moderators must be peer supporters, supervisors or administrators.' }).waitFor();
    });
    await admin.page.getByLabel('Search by handle or email').fill('Rosa Moderator');
    await admin.page.getByRole('button', { name: 'Search', exact: true }).click();
    await admin.page.getByRole('button', { name: 'Make Rosa Moderator a moderator' }).click();
    await statusSays(admin.page, 'Rosa Moderator is now a moderator of this room.');
    await admin.page.getByRole('button', { name: 'Remove Rosa Moderator as moderator' }).waitFor();
    await expectAccessible(admin.page);
    adminErrors.expectNone();

    // The member finds the room, reads the agreement and must accept it to join.
    const member = await journey.page();
    await signIn(member.page, people.kai.email, people.kai.password);
    const memberErrors = watchConsoleErrors(member.page);
    await member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat rooms' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Chat rooms' }).waitFor();
    const card = member.page.getByRole('listitem').filter({ has: member.page.getByRole('link', { name: 'Night owls' }) });
    await card.getByText('For anyone awake in the small hours.').waitFor();
    await card.getByText('1 of 25').waitFor();
    await card.getByText('Rosa Moderator').waitFor();
    await expectAccessible(member.page);
    await card.getByRole('link', { name: 'Night owls' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();
    await member.page.getByRole('region', { name: 'Community agreement' }).getByText(AGREEMENT).waitFor();
    await member.page.getByRole('button', { name: 'Accept and join' }).click();
    await member.page.getByText('Please tick the box to show you accept the community agreement.').waitFor();
    await expectAccessible(member.page);
    await member.page.getByLabel('I have read and accept the community agreement').check();
    await member.page.getByRole('button', { name: 'Accept and join' }).click();
    await statusSays(member.page, 'You’ve joined Night owls.');
    const chatLink = member.page.getByRole('link', { name: 'Go to the conversation' });
    await expectFocused(chatLink);
    await expectAccessible(member.page);
    await chatLink.click();
    await member.page.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();
    await sendWithEnter(member.page, 'Hello night owls, first time here.');
    await sendWithEnter(member.page, 'Visit my shop for cheap sleeping pills!');
    await chatMessage(member.page, 'Visit my shop').getByRole('button', { name: 'Edit' }).waitFor();

    // The moderator sees both live and hides one, giving a reason.
    const moderator = await journey.page();
    await signIn(moderator.page, people.rosa.email, people.rosa.password);
    const moderatorErrors = watchConsoleErrors(moderator.page);
    await visit(moderator.page, '/conversations', 'Conversations');
    await moderator.page.getByRole('link', { name: 'Night owls' }).click();
    await moderator.page.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();
    const advert = chatMessage(moderator.page, 'Visit my shop for cheap sleeping pills!');
    await advert.getByRole('button', { name: 'Hide' }).click();
    const reason = moderator.page.getByLabel('Reason');
    await expectFocused(reason);
    await reason.fill('Selling medication isn’t allowed here.');
    await expectAccessible(moderator.page);
    await moderator.page.getByRole('button', { name: 'Yes, hide it' }).click();
    const hiddenForModerator = chatMessage(moderator.page, 'Hidden by a moderator');
    await hiddenForModerator.getByText('Reason: Selling medication isn’t allowed here.').waitFor();
    // The author sees it hidden, with the reason, at once.
    const hiddenForAuthor = chatMessage(member.page, 'Hidden by a moderator');
    await hiddenForAuthor.getByText('Reason: Selling medication isn’t allowed here.').waitFor();
    expect(await chatMessage(member.page, 'Visit my shop').count()).toBe(0);
    await chatMessage(moderator.page, 'Hello night owls, first time here.').waitFor();
    await expectAccessible(moderator.page);
    await expectAccessible(member.page);

    memberErrors.expectNone();
    moderatorErrors.expectNone();
    await admin.context.close();
    await member.context.close();
    await moderator.context.close();
  });

  it('lets a member leave and rejoin, asks them to accept a changed agreement again (in Spanish here), and lets a moderator remove someone', async () => {
    const member = await journey.page();
    await signIn(member.page, people.kai.email, people.kai.password);
    const memberErrors = watchConsoleErrors(member.page);
    await member.page.getByLabel('Language').selectOption('es');
    await visit(member.page, '/rooms', 'Salas de chat');
    await member.page.getByRole('listitem').filter({ hasText: 'Night owls' }).getByText('Participas').waitFor();
    await member.page.getByRole('link', { name: 'Night owls' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();
    await expectAccessible(member.page);

    // Leaving asks first; joining again means accepting the agreement again.
    await member.page.getByRole('button', { name: 'Salir de la sala' }).click();
    await member.page.getByRole('button', { name: 'Sí, salir' }).click();
    await statusSays(member.page, 'Has salido de Night owls.');
    await member.page.getByRole('heading', { level: 2, name: 'Acuerdo de convivencia' }).waitFor();
    await expectAccessible(member.page);
    await member.page.getByLabel('He leído y acepto el acuerdo de convivencia').check();
    await member.page.getByRole('button', { name: 'Aceptar y unirme' }).click();
    await statusSays(member.page, 'Te has unido a Night owls.');
    await member.page.getByRole('link', { name: 'Ir a la conversación' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();
    await expectAccessible(member.page);

    // The admin changes the agreement.
    const admin = await journey.page();
    await signIn(admin.page, people.admin.email, people.admin.password);
    await visit(admin.page, `/admin${roomPath}`, 'Room: Night owls');
    await admin.page.getByLabel('Community agreement').fill(`${AGREEMENT} Please don’t share anyone’s contact details.`);
    await admin.page.getByRole('button', { name: 'Save room' }).click();
    await statusSays(admin.page, 'The room has been saved.');
    await admin.context.close();

    // Writing now asks the member, kindly and in their language, to read it again.
    await memberErrors.ignoreWhile(async () => {
      await sendWithEnter(member.page, '¿Alguien despierto?', 'Tu mensaje');
      await member.page.getByRole('alert').filter({ hasText: 'El acuerdo de convivencia de esta sala ha cambiado.' }).waitFor();
    });
    await expectAccessible(member.page);
    await member.page.getByRole('link', { name: 'Leer el acuerdo actualizado' }).click();
    await member.page.getByRole('heading', { level: 2, name: 'El acuerdo de convivencia ha cambiado' }).waitFor();
    await member.page.getByText('Please don’t share anyone’s contact details.', { exact: false }).waitFor();
    await expectAccessible(member.page);
    await member.page.getByLabel('He leído y acepto el acuerdo de convivencia').check();
    await member.page.getByRole('button', { name: 'Aceptar el acuerdo actualizado' }).click();
    await statusSays(member.page, 'Gracias. Ya puedes volver a escribir en Night owls.');
    await member.page.getByRole('link', { name: 'Ir a la conversación' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();
    await sendWithEnter(member.page, '¿Alguien despierto?', 'Tu mensaje');
    const spanishLog = member.page.getByRole('region', { name: 'Mensajes' });
    await spanishLog.getByRole('listitem').filter({ hasText: '¿Alguien despierto?' }).getByRole('button', { name: 'Editar' }).waitFor();

    // The moderator removes the member with a reason; the member's chat closes at once.
    const moderator = await journey.page();
    await signIn(moderator.page, people.rosa.email, people.rosa.password);
    await visit(moderator.page, roomPath, 'Night owls');
    const members = moderator.page.getByRole('region', { name: 'Members' });
    await members.getByRole('heading', { level: 3, name: 'Kai Member' }).waitFor();
    await expectAccessible(moderator.page);
    await members.getByRole('button', { name: 'Remove Kai Member' }).click();
    await moderator.page.getByLabel('Reason').fill('Repeated advertising after a warning.');
    await moderator.page.getByRole('button', { name: 'Yes, remove Kai Member' }).click();
    await statusSays(moderator.page, 'Kai Member has been removed from the room.');
    await members.getByRole('heading', { level: 3, name: 'Kai Member' }).waitFor({ state: 'detached' });

    await member.page.getByRole('alert').filter({ hasText: 'Ya no participas en esta sala' }).waitFor();
    expect(await member.page.getByLabel('Tu mensaje').count()).toBe(0);
    await expectAccessible(member.page);

    memberErrors.expectNone();
    await member.context.close();
    await moderator.context.close();
  });

  it('shows a full room as full with no way in, and lets the admin archive it and change its moderators', async () => {
    const admin = await journey.page();
    await signIn(admin.page, people.admin.email, people.admin.password);
    await visit(admin.page, '/admin/rooms', 'Chat rooms');
    await admin.page.getByLabel('Name').fill('Quiet corner');
    await admin.page.getByLabel('Community agreement').fill(AGREEMENT);
    await admin.page.getByLabel('Most members at once').fill('2');
    await admin.page.getByRole('button', { name: 'Create room' }).click();
    await statusSays(admin.page, 'Quiet corner has been created.');
    await adminRow(admin.page, 'Quiet corner').getByText('0 of 2').waitFor();
    // A moderator takes the first place.
    await adminRow(admin.page, 'Quiet corner').getByRole('link', { name: 'Quiet corner' }).click();
    await admin.page.getByLabel('Search by handle or email').fill('Rosa Moderator');
    await admin.page.getByRole('button', { name: 'Search', exact: true }).click();
    await admin.page.getByRole('button', { name: 'Make Rosa Moderator a moderator' }).click();
    await statusSays(admin.page, 'Rosa Moderator is now a moderator of this room.');

    const second = await matching.seed.user({ handle: 'Lia Member' });
    const joiner = await journey.page();
    await signIn(joiner.page, second.email, second.password);
    await visit(joiner.page, '/rooms', 'Chat rooms');
    await joiner.page.getByRole('link', { name: 'Quiet corner' }).click();
    await joiner.page.getByLabel('I have read and accept the community agreement').check();
    await joiner.page.getByRole('button', { name: 'Accept and join' }).click();
    await statusSays(joiner.page, 'You’ve joined Quiet corner.');
    await joiner.context.close();

    const latecomer = await matching.seed.user({ handle: 'Jon Member' });
    const { page, context } = await journey.page();
    await signIn(page, latecomer.email, latecomer.password);
    const errors = watchConsoleErrors(page);
    await visit(page, '/rooms', 'Chat rooms');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Quiet corner' }) });
    await card.getByText('Full', { exact: true }).waitFor();
    await card.getByText('2 of 2').waitFor();
    await card.getByRole('link', { name: 'Quiet corner' }).click();
    await page.getByText('This room is full right now. Please try again later, or choose another room.').waitFor();
    expect(await page.getByRole('button', { name: 'Accept and join' }).count()).toBe(0);
    await expectAccessible(page);
    errors.expectNone();
    await context.close();

    // The admin stops Rosa moderating it and archives it.
    await admin.page.getByRole('button', { name: 'Remove Rosa Moderator as moderator' }).click();
    await statusSays(admin.page, 'Rosa Moderator is no longer a moderator of this room.');
    await admin.page.getByText('None yet').waitFor();
    await admin.page.getByLabel('Archived').check();
    await admin.page.getByRole('button', { name: 'Save room' }).click();
    await statusSays(admin.page, 'The room has been saved.');
    await expectAccessible(admin.page);
    await admin.page.getByRole('link', { name: 'All rooms' }).click();
    await adminRow(admin.page, 'Quiet corner').getByRole('cell', { name: 'Archived' }).waitFor();
    await admin.context.close();
  });
});
