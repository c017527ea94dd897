import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import {
  chatMessage,
  controlSocket,
  countMessages,
  messageLog,
  messageOrder,
  sendWithEnter,
  watchConsoleErrors,
} from './support/chat-helpers.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { expectFocused } from './support/focus.js';

describe('conversations journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const people = {} as Record<'ines' | 'theo', TestUser>;
  let conversationId: string;

  beforeAll(async () => {
    people.theo = await matching.seed.activeSupporter({ handle: 'Theo Supporter' });
    people.ines = await matching.seed.user({ handle: 'Ines Member' });
    conversationId = await matching.seed.supportRelationship(people.ines, people.theo);
  });

  it('lets a member and their supporter talk live, and catches up after the connection drops with no gap or duplicate', async () => {
    const member = await journey.page();
    const supporter = await journey.page();
    const supporterSocket = await controlSocket(supporter.page);
    await signIn(member.page, people.ines.email, people.ines.password);
    await signIn(supporter.page, people.theo.email, people.theo.password);
    const memberErrors = watchConsoleErrors(member.page);
    const supporterErrors = watchConsoleErrors(supporter.page);

    // The supporter waits on the conversation list.
    await visit(supporter.page, '/conversations', 'Conversations');
    const inList = supporter.page.getByRole('listitem').filter({ has: supporter.page.getByRole('link', { name: 'Ines Member' }) });
    await inList.getByText('Private conversation').waitFor();

    // The member opens the conversation from the navigation and writes first.
    await member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversations' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Conversations' }).waitFor();
    await member.page.getByRole('link', { name: 'Theo Supporter' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Theo Supporter' }).waitFor();
    await member.page.getByText('No messages yet. Say hello whenever you’re ready.').waitFor();
    await expectAccessible(member.page);
    await sendWithEnter(member.page, 'Hello Theo, thank you for taking me on.');
    // The supporter's open page received it, though they have not read it yet.
    await chatMessage(member.page, 'Hello Theo, thank you for taking me on.').getByText('Delivered').waitFor();
    expect(await member.page.getByLabel('Your message').inputValue()).toBe('');

    // Without a reload, the supporter's list and navigation count it as unread.
    await inList.getByText('1 unread').waitFor();
    await supporter.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversations 1 unread' }).waitFor();
    await expectAccessible(supporter.page);

    await inList.getByRole('link', { name: 'Ines Member' }).click();
    await supporter.page.getByRole('heading', { level: 1, name: 'Ines Member' }).waitFor();
    await chatMessage(supporter.page, 'Hello Theo, thank you for taking me on.').waitFor();
    // Reading it clears the count and tells the member.
    await supporter.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversations', exact: true }).waitFor();
    await chatMessage(member.page, 'Hello Theo, thank you for taking me on.').getByText('Read').waitFor();

    // The member sees the supporter typing, then the reply arrives and is announced politely.
    await supporter.page.getByLabel('Your message').pressSequentially('Hi Ines', { delay: 20 });
    await member.page.getByText('Theo Supporter is typing…').waitFor();
    const composer = supporter.page.getByLabel('Your message');
    await composer.press('Shift+Enter');
    await composer.pressSequentially('How has your week been?');
    await composer.press('Enter');
    const reply = chatMessage(member.page, 'How has your week been?');
    await reply.waitFor();
    expect(await reply.locator('.message-body').textContent()).toBe('Hi Ines\nHow has your week been?');
    await member.page.locator('[aria-live="polite"]').filter({ hasText: 'New message from Theo Supporter' }).waitFor();
    await member.page.getByText('Theo Supporter is typing…').waitFor({ state: 'detached' });
    await expectAccessible(member.page);

    // Editing and deleting: by keyboard, with a confirmation before deleting.
    await sendWithEnter(member.page, 'It has been a long week.');
    await sendWithEnter(member.page, 'Sorry, wrong chat!');
    const longWeek = chatMessage(member.page, 'It has been a long week.');
    await longWeek.getByRole('button', { name: 'Edit' }).focus();
    await member.page.keyboard.press('Enter');
    const editor = member.page.getByLabel('Edit your message');
    await expectFocused(editor);
    await editor.fill('It has been a long week, but a better one.');
    await expectAccessible(member.page);
    await member.page.getByRole('button', { name: 'Save' }).click();
    await chatMessage(supporter.page, 'It has been a long week, but a better one.').getByText('edited').waitFor();

    await chatMessage(member.page, 'Sorry, wrong chat!').getByRole('button', { name: 'Delete' }).click();
    await member.page.getByText('Delete this message? Everyone will see “Message removed” instead.').waitFor();
    await expectAccessible(member.page);
    await member.page.getByRole('button', { name: 'Yes, delete it' }).click();
    await chatMessage(member.page, 'Message removed').waitFor();
    await chatMessage(supporter.page, 'Message removed').waitFor();
    expect(await countMessages(supporter.page, 'Sorry, wrong chat!')).toBe(0);

    // The supporter's live connection drops: the banner says so, and a send still goes out over HTTP.
    await supporterSocket.cut();
    await supporter.page.getByRole('status').filter({ hasText: 'Connection lost — reconnecting…' }).waitFor();
    await expectAccessible(supporter.page);
    await sendWithEnter(supporter.page, 'Sent while my connection was down.');
    await chatMessage(member.page, 'Sent while my connection was down.').waitFor();

    // Fully offline: the member's messages wait on the server, the supporter's own send fails and is kept.
    const missed = ['Missed one', 'Missed two', 'Missed three'];
    await supporterErrors.ignoreWhile(async () => {
      await supporter.context.setOffline(true);
      for (const text of missed) {
        await sendWithEnter(member.page, text);
        await chatMessage(member.page, text).getByText('Sending…').waitFor({ state: 'detached' });
      }
      await sendWithEnter(supporter.page, 'Are you still there?');
      const failed = chatMessage(supporter.page, 'Are you still there?');
      await failed.getByText('Not sent.').waitFor();
      await expectAccessible(supporter.page);
      expect(await countMessages(supporter.page, /^.*Missed/)).toBe(0);

      await supporter.context.setOffline(false);
      supporterSocket.restore();
      await statusSays(supporter.page, 'Reconnected');
    });
    for (const text of missed) await chatMessage(supporter.page, text).waitFor();
    expect(await messageOrder(supporter.page, missed)).toEqual(missed);
    for (const text of missed) expect(await countMessages(supporter.page, text)).toBe(1);

    // Retrying sends the same message once, even if the first attempt had reached the server.
    await chatMessage(supporter.page, 'Are you still there?').getByRole('button', { name: 'Retry' }).click();
    await chatMessage(supporter.page, 'Are you still there?').getByText('Not sent.').waitFor({ state: 'detached' });
    await chatMessage(member.page, 'Are you still there?').waitFor();
    expect(await countMessages(member.page, 'Are you still there?')).toBe(1);
    expect(await countMessages(supporter.page, 'Are you still there?')).toBe(1);

    // After a full reload both see the same history, in the same order.
    await member.page.reload();
    await chatMessage(member.page, 'Are you still there?').waitFor();
    const expected = [
      'Hello Theo, thank you for taking me on.',
      'How has your week been?',
      'It has been a long week, but a better one.',
      'Sent while my connection was down.',
      ...missed,
      'Are you still there?',
    ];
    expect(await messageOrder(member.page, expected)).toEqual(expected);
    expect(await messageOrder(supporter.page, expected)).toEqual(expected);
    await expectAccessible(supporter.page);

    memberErrors.expectNone();
    supporterErrors.expectNone();
    await member.context.close();
    await supporter.context.close();
  });

  it('pages back through a long history, keeping the place, and holds a supporter’s contact details', async () => {
    const supporterUser = await matching.seed.activeSupporter({ handle: 'Noa Supporter' });
    const memberUser = await matching.seed.user({ handle: 'Pablo Member' });
    const id = await matching.seed.supportRelationship(memberUser, supporterUser);
    const history = Array.from({ length: 60 }, (_, index) => `History message ${index + 1}`);
    await matching.seed.sendMessages(memberUser, id, history);

    const { page, context } = await journey.page();
    await signIn(page, supporterUser.email, supporterUser.password);
    const errors = watchConsoleErrors(page);
    await visit(page, `/conversations/${id}`, 'Pablo Member');
    await chatMessage(page, 'History message 60').waitFor();
    expect(await countMessages(page, /^.*History message \d+/)).toBe(50);
    expect(await countMessages(page, 'History message 10')).toBe(0);

    const log = messageLog(page);
    await log.evaluate((element) => {
      element.scrollTop = 0;
    });
    const firstShown = chatMessage(page, 'History message 11');
    const before = await firstShown.evaluate((element) => element.getBoundingClientRect().top);
    await page.getByRole('button', { name: 'Load older messages' }).click();
    await chatMessage(page, 'History message 1').first().waitFor();
    await page.getByText('This is the start of the conversation.').waitFor();
    expect(await countMessages(page, /^.*History message \d+/)).toBe(60);
    // What the person was looking at stays where it was.
    const after = await firstShown.evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(5);
    await expectAccessible(page);

    // A phone number from a supporter is held, explained to them, and never reaches the member.
    await sendWithEnter(page, 'You can text me on 0612 345 678 any time.');
    const held = chatMessage(page, 'You can text me on 0612 345 678 any time.');
    await held.getByText(/Only you can see this message/).waitFor();
    await expectAccessible(page);

    const member = await journey.page();
    await signIn(member.page, memberUser.email, memberUser.password);
    await visit(member.page, `/conversations/${id}`, 'Noa Supporter');
    await chatMessage(member.page, 'History message 60').waitFor();
    expect(await countMessages(member.page, /0612/)).toBe(0);
    await held.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Edit your message').fill('Let’s keep talking here, in Kindred.');
    await page.getByRole('button', { name: 'Save' }).click();
    await chatMessage(member.page, 'Let’s keep talking here, in Kindred.').waitFor();

    errors.expectNone();
    await member.context.close();
    await context.close();
  });

  it('tells both people kindly when the relationship ends and stops the composer', async () => {
    const member = await journey.page();
    await signIn(member.page, people.ines.email, people.ines.password);
    await visit(member.page, `/conversations/${conversationId}`, 'Theo Supporter');
    await member.page.getByLabel('Your message').waitFor();

    const supporter = await journey.page();
    await signIn(supporter.page, people.theo.email, people.theo.password);
    await visit(supporter.page, '/relationships', 'Your support relationships');
    await supporter.page.getByRole('button', { name: 'End relationship with Ines Member' }).click();
    await supporter.page.getByLabel('Why you’re ending it').fill('Our time together has come to a close. Take care, Ines.');
    await supporter.page.getByRole('button', { name: 'Yes, end relationship with Ines Member' }).click();
    await statusSays(supporter.page, 'Your relationship with Ines Member has ended.');

    await member.page.getByRole('alert').filter({ hasText: 'This conversation has ended' }).waitFor();
    expect(await member.page.getByLabel('Your message').count()).toBe(0);
    await expectAccessible(member.page);
    await member.context.close();
    await supporter.context.close();
  });

  it('lets two members open a private conversation by invitation, and either end it for both', async () => {
    const oriol = await matching.seed.user({ handle: 'Oriol Member' });
    const maya = await matching.seed.user({ handle: 'Maya Member' });
    const inviter = await journey.page();
    await signIn(inviter.page, oriol.email, oriol.password);
    const inviterErrors = watchConsoleErrors(inviter.page);
    await visit(inviter.page, '/conversations', 'Conversations');
    const invitations = inviter.page.getByRole('region', { name: 'Private conversations with other members' });
    await invitations.getByLabel('Their handle').fill('Maya Member');
    await invitations.getByRole('button', { name: 'Send invitation' }).click();
    await statusSays(inviter.page, 'We’ve asked Maya Member. If they accept, your conversation appears in the list above.');
    await invitations.getByText('Waiting for Maya Member to answer.').waitFor();
    await expectAccessible(inviter.page);

    const invited = await journey.page();
    await signIn(invited.page, maya.email, maya.password);
    const invitedErrors = watchConsoleErrors(invited.page);
    await visit(invited.page, '/conversations', 'Conversations');
    await invited.page.getByText('Oriol Member would like a private conversation with you.').waitFor();
    await expectAccessible(invited.page);
    await invited.page.getByRole('button', { name: 'Accept invitation from Oriol Member' }).click();
    await invited.page.getByRole('heading', { level: 1, name: 'Oriol Member' }).waitFor();
    await sendWithEnter(invited.page, 'Hi Oriol, nice to meet a fellow night owl.');

    // The inviter's list gains the conversation live, with the new message unread.
    const item = inviter.page.getByRole('listitem').filter({ has: inviter.page.getByRole('link', { name: 'Maya Member' }) });
    await item.getByText('1 unread').waitFor();
    await item.getByRole('link', { name: 'Maya Member' }).click();
    await chatMessage(inviter.page, 'Hi Oriol, nice to meet a fellow night owl.').waitFor();
    await inviter.page.getByRole('button', { name: 'End this conversation' }).click();
    await inviter.page.getByText('End your conversation with Maya Member? Neither of you will be able to write here any more.').waitFor();
    await expectAccessible(inviter.page);
    await inviter.page.getByRole('button', { name: 'Yes, end it' }).click();
    await inviter.page.getByRole('alert').filter({ hasText: 'This conversation has ended' }).waitFor();
    await invited.page.getByRole('alert').filter({ hasText: 'This conversation has ended' }).waitFor();
    // What was said stays readable.
    await chatMessage(invited.page, 'Hi Oriol, nice to meet a fellow night owl.').waitFor();
    await expectAccessible(invited.page);

    inviterErrors.expectNone();
    invitedErrors.expectNone();
    await inviter.context.close();
    await invited.context.close();
  });
});
