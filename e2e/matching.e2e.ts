import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { expectInvalid, statusSays, visit } from './support/profile-helpers.js';
import { expectFocused, expectFocusedText } from './support/focus.js';

/** The suggestion card of one supporter on the member's page. */
function card(page: Page, handle: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: handle, exact: true }) });
}

/** The handles suggested, in the order shown. */
async function suggestedHandles(page: Page): Promise<string[]> {
  const section = page.getByRole('region', { name: 'People who could support you' });
  await section.getByRole('heading', { level: 3 }).first().waitFor();
  return section.getByRole('heading', { level: 3 }).allTextContents();
}

async function sendRequest(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send my request' }).click();
  await statusSays(page, 'Your request is open. Here are people who could support you.');
}

describe('matching journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const supporters = {} as Record<'sol' | 'otto' | 'claude' | 'paulo' | 'rita' | 'greta', TestUser>;

  // Every supporter is seeded before any suggestion is asked for, so the server's candidate pool (which may
  // serve a snapshot a few seconds old) already holds them all. Each scenario uses its own language.
  beforeAll(async () => {
    const seed = matching.seed;
    supporters.sol = await seed.activeSupporter({
      handle: 'Sol Rivera',
      topics: ['anxiety'],
      profile: {
        languages: ['es'],
        meetingModes: ['text', 'video'],
        identities: ['parent'],
        timeZone: 'Europe/Madrid',
        availability: [{ day: 0, start: '18:00', end: '22:00' }],
      },
    });
    supporters.otto = await seed.activeSupporter({ handle: 'Otto Brook', topics: ['anxiety'], profile: { languages: ['es', 'en'], meetingModes: ['text'] } });
    supporters.claude = await seed.activeSupporter({ handle: 'Claude Marin', topics: ['depression'], profile: { languages: ['fr'], meetingModes: ['video'] } });
    supporters.paulo = await seed.activeSupporter({
      handle: 'Paulo Dias',
      topics: ['grief_loss', 'loneliness'],
      profile: { languages: ['pt'], meetingModes: ['voice'] },
    });
    supporters.rita = await seed.activeSupporter({ handle: 'Rita Sousa', topics: ['grief_loss'], profile: { languages: ['pt'], meetingModes: ['voice'] } });
    supporters.greta = await seed.activeSupporter({ handle: 'Greta Stein', topics: ['ocd'], profile: { languages: ['de'], meetingModes: ['text'] } });
  });

  it('takes a member from asking to a supporter who accepts, and lets them end it kindly', async () => {
    const member = await matching.seed.user({ handle: 'Mira Member' });
    await matching.seed.profile(member, {
      languages: ['es'],
      timeZone: 'Europe/Madrid',
      availability: [{ day: 0, start: '19:00', end: '21:00' }],
    });
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await page.getByRole('link', { name: 'Find a peer supporter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a peer supporter' }).waitFor();
    await expectAccessible(page);

    // The languages on the profile are already there.
    await page.getByRole('button', { name: 'Remove Spanish' }).waitFor();
    await page.getByRole('group', { name: 'What would you like support with?' }).getByLabel('Anxiety', { exact: true }).check();
    await page.getByLabel('Most important to you').selectOption({ label: 'Anxiety' });
    await page.getByLabel('Anything you’d like your supporter to know (optional)').fill('Evenings suit me best.');
    await page.getByLabel('Community or culture to add').fill('parent');
    await page.getByRole('button', { name: 'Add community or culture' }).click();
    await page.getByRole('button', { name: 'Remove parent from communities' }).waitFor();

    // Forgetting the ways to meet is caught before anything is sent, beside the field and in the summary.
    await page.getByRole('button', { name: 'Send my request' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /Ways you’d like to meet/ }).waitFor();
    await expectAccessible(page);

    const ways = page.getByRole('group', { name: 'Ways you’d like to meet' });
    await ways.getByLabel('Text chat').check();
    await ways.getByLabel('Video call').check();
    await sendRequest(page);
    expect(await suggestedHandles(page)).toEqual(['Sol Rivera', 'Otto Brook']);
    const sol = card(page, 'Sol Rivera');
    for (const reason of [
      'You both have lived experience of anxiety (your most important topic)',
      'You both speak Spanish',
      'You share: parent',
      '2 hours a week in common, in your evenings',
      'You can both meet by text chat and by video',
    ]) {
      await sol.getByText(reason, { exact: true }).waitFor();
    }
    await card(page, 'Otto Brook').getByText('You can both meet by text chat', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'What you asked for' }).getByText('Evenings suit me best.').waitFor();
    await expectAccessible(page);

    await sol.getByRole('button', { name: 'Choose Sol Rivera' }).click();
    await statusSays(page, 'Your request has been sent to Sol Rivera.');
    await page.getByRole('heading', { level: 2, name: 'Waiting for Sol Rivera to answer' }).waitFor();
    expect(await page.getByRole('button', { name: /^Choose / }).count()).toBe(0);
    await expectAccessible(page);

    // The supporter, in another browser, sees the request with the member's note and why they were matched.
    const supporter = await journey.page();
    await signIn(supporter.page, supporters.sol.email, supporters.sol.password);
    await supporter.page.getByRole('link', { name: 'Support requests' }).click();
    await supporter.page.getByRole('heading', { level: 1, name: 'Support requests' }).waitFor();
    const request = supporter.page.getByRole('listitem').filter({ has: supporter.page.getByRole('heading', { name: 'Mira Member would like your support' }) });
    await request.getByText('Evenings suit me best.').waitFor();
    await request.getByText('You both have lived experience of anxiety, including the one that matters most to them', { exact: true }).waitFor();
    await request.getByText('2 hours a week in common, in their evenings', { exact: true }).waitFor();
    await expectAccessible(supporter.page);
    await request.getByRole('button', { name: 'Accept request from Mira Member' }).click();
    await statusSays(supporter.page, 'You’re now Mira Member’s peer supporter.');
    await supporter.page.getByText('No requests are waiting for you right now.').waitFor();
    await expectAccessible(supporter.page);

    // The member sees the match and their relationship.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Sol Rivera accepted your request' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ask for another peer supporter' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'See your relationship with Sol Rivera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your support relationships' }).waitFor();
    const current = page.getByRole('region', { name: 'Current' });
    await current.getByRole('link', { name: 'Sol Rivera', exact: true }).waitFor();
    await current.getByText('Your peer supporter').waitFor();
    await current.getByRole('link', { name: 'Check-ins, notes and goals with Sol Rivera' }).waitFor();
    await expectAccessible(page);

    // Ending needs a reason, which is asked for in place before anything happens.
    await current.getByRole('button', { name: 'End relationship with Sol Rivera' }).click();
    const reason = page.getByLabel('Why you’re ending it');
    await expectFocused(reason);
    await page.getByRole('button', { name: 'Yes, end relationship with Sol Rivera' }).click();
    await expectInvalid(reason);
    await page.getByText('Please fill in this field.').waitFor();
    await expectAccessible(page);
    await reason.fill('I’m feeling steadier now. Thank you for everything.');
    await page.getByRole('button', { name: 'Yes, end relationship with Sol Rivera' }).click();
    await statusSays(page, 'Your relationship with Sol Rivera has ended.');
    await current.getByText('You don’t have a current support relationship.').waitFor();
    const past = page.getByRole('region', { name: 'Past' });
    await past.getByRole('link', { name: 'Sol Rivera', exact: true }).waitFor();
    await past.getByText('I’m feeling steadier now. Thank you for everything.').waitFor();
    await expectAccessible(page);

    // The supporter sees it ended too, with the member's words.
    await visit(supporter.page, '/relationships', 'Your support relationships');
    const supporterPast = supporter.page.getByRole('region', { name: 'Past' });
    await supporterPast.getByRole('link', { name: 'Mira Member', exact: true }).waitFor();
    await supporterPast.getByText('A member you support').waitFor();
    await supporter.context.close();
    await context.close();
  });

  it('offers, kindly, to ask again more openly when nobody can meet the request', async () => {
    const member = await matching.seed.user({ handle: 'Noor Member' });
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await visit(page, '/support', 'Find a peer supporter');

    await page.getByRole('group', { name: 'What would you like support with?' }).getByLabel('Depression', { exact: true }).check();
    await page.getByLabel('Language to add').selectOption('fr');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('button', { name: 'Remove French' }).waitFor();
    await page.getByRole('group', { name: 'Ways you’d like to meet' }).getByLabel('In person').check();
    await sendRequest(page);

    await page.getByRole('heading', { level: 3, name: 'No one fits everything just yet' }).waitFor();
    await page.getByText('1 peer supporter could be suggested if you’re open to other ways to meet.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Cancel this request and ask again, open to other ways to meet' }).click();
    await statusSays(page, 'Your earlier request has been cancelled.');
    await page.getByRole('heading', { level: 2, name: 'Ask for a peer supporter' }).waitFor();
    await page.getByText('We’ve ticked every way to meet. Untick any that really don’t work for you.').waitFor();
    const ways = page.getByRole('group', { name: 'Ways you’d like to meet' });
    expect(await ways.getByLabel('Video call').isChecked()).toBe(true);
    expect(await ways.getByLabel('In person').isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'What would you like support with?' }).getByLabel('Depression', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Remove French' }).waitFor();
    await expectAccessible(page);

    await sendRequest(page);
    expect(await suggestedHandles(page)).toEqual(['Claude Marin']);
    await card(page, 'Claude Marin').getByText('You can both meet by video', { exact: true }).waitFor();
    await expectAccessible(page);

    // Cancelling asks first.
    await page.getByRole('button', { name: 'Cancel my request' }).click();
    await page.getByRole('button', { name: 'Yes, cancel my request' }).click();
    await statusSays(page, 'Your request has been cancelled.');
    await page.getByRole('heading', { level: 2, name: 'Ask for a peer supporter' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('tells the member kindly when their choice declines, keeps the reason private, and suggests the next person', async () => {
    const member = await matching.seed.user({ handle: 'Tomas Member' });
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await visit(page, '/support', 'Find a peer supporter');

    const topics = page.getByRole('group', { name: 'What would you like support with?' });
    await topics.getByLabel('Grief and loss', { exact: true }).check();
    await topics.getByLabel('Loneliness and isolation', { exact: true }).check();
    await page.getByLabel('Language to add').selectOption('pt');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('group', { name: 'Ways you’d like to meet' }).getByLabel('Voice call').check();
    await sendRequest(page);
    expect(await suggestedHandles(page)).toEqual(['Paulo Dias', 'Rita Sousa']);
    await card(page, 'Paulo Dias').getByRole('button', { name: 'Choose Paulo Dias' }).click();
    await page.getByRole('heading', { level: 2, name: 'Waiting for Paulo Dias to answer' }).waitFor();

    const supporter = await journey.page();
    await signIn(supporter.page, supporters.paulo.email, supporters.paulo.password);
    await visit(supporter.page, '/support/requests', 'Support requests');
    await supporter.page.getByText('They didn’t add a note.').waitFor();
    await supporter.page.getByRole('button', { name: 'Decline request from Tomas Member' }).click();
    const privateReason = supporter.page.getByLabel('Reason (optional and private)');
    await expectFocused(privateReason);
    await privateReason.fill('My week is already full.');
    await expectAccessible(supporter.page);
    await supporter.page.getByRole('button', { name: 'Yes, decline request from Tomas Member' }).click();
    await statusSays(supporter.page, 'You’ve declined the request from Tomas Member.');
    await supporter.page.getByText('No requests are waiting for you right now.').waitFor();
    await expectAccessible(supporter.page);
    await supporter.context.close();

    await page.reload();
    await page.getByText(/Paulo Dias can’t take someone new right now\. That isn’t about you/).waitFor();
    expect(await suggestedHandles(page)).toEqual(['Rita Sousa']);
    expect(await page.getByText('My week is already full.').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('asks the member about the supporter program intake proposed before the supporter is asked', async () => {
    const member = await matching.seed.user({ handle: 'Lena Member' });
    await matching.seed.profile(member, { languages: ['de'], meetingModes: ['text'] });
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await visit(page, '/support', 'Find a peer supporter');
    // The ways to meet on the profile are already ticked.
    expect(await page.getByRole('group', { name: 'Ways you’d like to meet' }).getByLabel('Text chat').isChecked()).toBe(true);
    await page.getByRole('group', { name: 'What would you like support with?' }).getByLabel('OCD', { exact: true }).check();
    await sendRequest(page);
    expect(await matching.seed.proposeFor(member)).toBe('Greta Stein');

    await page.reload();
    const proposal = page.getByRole('region', { name: 'The program suggests Greta Stein for you' });
    await proposal.getByText('You both have lived experience of OCD', { exact: true }).waitFor();
    // Nothing else to choose from while the member decides about the proposal.
    expect(await page.getByRole('button', { name: 'Choose Greta Stein' }).count()).toBe(0);
    await proposal.getByRole('button', { name: 'Choose someone else myself' }).waitFor();
    await expectAccessible(page);
    await proposal.getByRole('button', { name: 'Send my request to Greta Stein' }).click();
    await statusSays(page, 'Your request has been sent to Greta Stein.');
    await page.getByRole('heading', { level: 2, name: 'Waiting for Greta Stein to answer' }).waitFor();
    await expectFocusedText(page, 'Waiting for Greta Stein to answer');
    await expectAccessible(page);

    const supporter = await journey.page();
    await signIn(supporter.page, supporters.greta.email, supporters.greta.password);
    await visit(supporter.page, '/support/requests', 'Support requests');
    await supporter.page.getByRole('heading', { name: 'Lena Member would like your support' }).waitFor();
    await supporter.context.close();
    await context.close();
  });

  it('lets an administrator tune the matching weights, with the limits explained', async () => {
    const admin = await matching.seed.user({ roles: ['admin'], handle: 'Admin Ash' });
    const { page, context } = await journey.page();
    await signIn(page, admin.email, admin.password);
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Matching' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matching weights' }).waitFor();
    await expectAccessible(page);

    const hours = page.getByLabel('Hours to answer a request');
    expect(await hours.inputValue()).toBe('48');
    await page.getByLabel('Each shared topic').fill('150');
    await page.getByRole('button', { name: 'Save weights' }).click();
    await expectInvalid(page.getByLabel('Each shared topic'));
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: /Each shared topic/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Each shared topic').fill('3');
    await hours.fill('72');
    await page.getByRole('button', { name: 'Save weights' }).click();
    await statusSays(page, 'The matching weights have been saved.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Matching weights' }).waitFor();
    expect(await page.getByLabel('Hours to answer a request').inputValue()).toBe('72');
    await context.close();
  });
});
