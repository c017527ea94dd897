import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';
import {
  addTimeWindow,
  expectInvalid,
  saveProfile,
  statusSays,
  timeWindow,
  visit,
} from './support/profile-helpers.js';

describe('profile journey', () => {
  const journey = useJourney();

  it('shares chosen fields with members, and another member sees only those', async () => {
    const owner = await journey.seed.user({ handle: 'Willow Owner' });
    const viewer = await journey.seed.user({ handle: 'Curious Viewer' });
    const { page, context } = await journey.page();
    await signIn(page, owner.email, owner.password);

    await page.getByRole('link', { name: 'Profile', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await expectAccessible(page);

    // Every visibility starts at "Only me".
    expect(await page.getByLabel('Who can see your first name').inputValue()).toBe('only_me');

    await page.getByLabel('First name', { exact: true }).fill('Marisol');
    await page.getByLabel('Who can see your first name').selectOption({ label: 'Signed-in members' });
    await page.getByLabel('Pronouns', { exact: true }).fill('she/her');
    await page.getByLabel('Age range', { exact: true }).selectOption({ label: '25–34' });
    await page.getByLabel('Country', { exact: true }).selectOption('ES');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Europe/Madrid');
    await page.getByLabel('Language to add').selectOption('es');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('button', { name: 'Remove Spanish' }).waitFor();

    const topics = page.getByRole('group', { name: 'Lived experience' });
    await topics.getByLabel('Anxiety', { exact: true }).check();
    await page.getByLabel('Who can see your lived experience').selectOption('members');

    await page.getByLabel('Community to add').fill('parent');
    await page.getByRole('button', { name: 'Add community' }).click();
    await page.getByLabel('Interest to add').fill('gardening');
    await page.getByLabel('Interest to add').press('Enter');
    await page.getByRole('button', { name: 'Remove gardening from interests' }).waitFor();

    await page.getByRole('group', { name: 'Ways you’d like to meet' }).getByLabel('Video call').check();
    await addTimeWindow(page, '18:00', '20:00');
    await saveProfile(page);
    await expectAccessible(page);

    // The preview shows what a member sees, then what a supporter sees.
    const preview = page.getByRole('region', { name: 'How others see your profile' });
    await expect.poll(() => preview.getByRole('button', { name: 'View as a member' }).getAttribute('aria-pressed')).toBe('true');
    await preview.getByText('Marisol').waitFor();
    expect(await preview.getByText('she/her').count()).toBe(0);
    expect(await preview.getByText('gardening').count()).toBe(0);
    await preview.getByRole('button', { name: 'View as my supporter' }).click();
    await preview.getByText(/Monday, 18:00–20:00/).waitFor();
    expect(await preview.getByText('she/her').count()).toBe(0);
    await expectAccessible(page);

    // Saved for real: a reload shows the same answers.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect(await page.getByLabel('First name', { exact: true }).inputValue()).toBe('Marisol');
    expect(await timeWindow(page, 1).getByLabel('Until').inputValue()).toBe('20:00');

    const other = await journey.page();
    await signIn(other.page, viewer.email, viewer.password);
    await visit(other.page, `/profiles/${owner.id}`, 'Profile of Willow Owner');
    const card = other.page.getByRole('article');
    await card.getByText('Marisol').waitFor();
    await card.getByText('Anxiety').waitFor();
    await card.getByText('Spanish').waitFor();
    await card.getByText('Video call').waitFor();
    for (const hidden of ['she/her', '25–34', 'Spain', 'Europe/Madrid', 'parent', 'gardening', 'Monday']) {
      expect({ hidden, count: await card.getByText(hidden).count() }).toEqual({ hidden, count: 0 });
    }
    await other.context.close();
    await context.close();
  });

  it('shows errors beside the availability window and the handle, and saves nothing', async () => {
    const person = await journey.seed.user({ handle: 'Early Lark' });
    await journey.seed.user({ handle: 'Taken Thrush' });
    const { page, context } = await journey.page();
    await signIn(page, person.email, person.password);
    await visit(page, '/profile', 'Your profile');

    await page.getByLabel('First name', { exact: true }).fill('Lark');
    const row = await addTimeWindow(page, '20:00', '18:00');
    await page.getByRole('button', { name: 'Save profile' }).click();

    await expectInvalid(row.getByLabel('Until'));
    await row.getByText('The end time must be after the start time.').waitFor();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /Time window 1: Until/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('time');
    await expectAccessible(page);

    // The server's own checks land beside their fields too: a handle someone else uses.
    await page.getByRole('button', { name: 'Remove time window 1' }).click();
    await page.getByLabel('Handle', { exact: true }).fill('taken thrush');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expectInvalid(page.getByLabel('Handle', { exact: true }));
    await page.getByText('Someone already uses this handle.').first().waitFor();
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await page.getByText('No times added yet.').waitFor();
    expect(await page.getByLabel('First name', { exact: true }).inputValue()).toBe('');
    await context.close();
  });

  it('takes a member from applying to be a peer supporter to an active supporter who is not taking new people', async () => {
    const admin = await journey.seed.user({ roles: ['admin'], handle: 'Admin Aspen' });
    const member = await journey.seed.user({ handle: 'Steady Heron' });
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);

    await page.getByRole('link', { name: 'Become a peer supporter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Peer supporter' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Your story').fill('Walking groups helped me through years of anxiety.');
    await page.getByLabel('Why you’d like to support others').fill('I want others to feel less alone.');
    await page.getByRole('group', { name: 'Topics you could support people with' }).getByLabel('Anxiety', { exact: true }).check();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await statusSays(page, 'Thank you. Your application has been sent.');
    await page.getByText('Waiting for a decision').waitFor();
    await expectAccessible(page);

    const adminView = await journey.page();
    await signIn(adminView.page, admin.email, admin.password);
    await adminView.page.getByRole('link', { name: 'Admin', exact: true }).click();
    await adminView.page.getByRole('link', { name: 'Supporter applications' }).click();
    await adminView.page.getByRole('heading', { level: 1, name: 'Supporter applications' }).waitFor();
    await expectAccessible(adminView.page);
    await adminView.page.getByLabel('Note for Steady Heron (optional)').fill('Welcome aboard. Training starts Monday.');
    await adminView.page.getByRole('button', { name: 'Approve Steady Heron' }).click();
    await statusSays(adminView.page, 'Steady Heron’s application has been approved.');
    await adminView.page.getByRole('button', { name: 'Mark training complete for Steady Heron' }).click();
    await statusSays(adminView.page, 'Training is now complete for Steady Heron.');
    const row = adminView.page.getByRole('row', { name: /Steady Heron/ });
    await row.getByRole('cell', { name: 'Active', exact: true }).waitFor();
    await expectAccessible(adminView.page);

    await visit(page, '/profile/supporter', 'Peer supporter');
    await page.getByRole('heading', { name: 'Your supporter settings' }).waitFor();
    await page.getByText('Active', { exact: true }).waitFor();
    const accepting = page.getByLabel('I’m accepting new people');
    expect(await accepting.isChecked()).toBe(true);
    await accepting.uncheck();
    await page.getByRole('button', { name: 'Save supporter settings' }).click();
    await statusSays(page, 'Your supporter settings have been saved.');
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { name: 'Your supporter settings' }).waitFor();
    expect(await page.getByLabel('I’m accepting new people').isChecked()).toBe(false);

    await adminView.page.reload();
    await adminView.page.getByRole('heading', { level: 1, name: 'Supporter applications' }).waitFor();
    await adminView.page.getByRole('row', { name: /Steady Heron/ }).getByRole('cell', { name: 'No', exact: true }).waitFor();
    await adminView.context.close();
    await context.close();
  });
});
