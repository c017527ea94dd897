import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';
import { downloadText, expectInvalid, statusSays, visit } from './support/profile-helpers.js';

describe('privacy journey', () => {
  const journey = useJourney();

  it('signs up agreeing to the terms, then agrees to and withdraws from program evaluation', async () => {
    const { page, context } = await journey.page();
    const email = `juniper${Date.now()}@example.test`;

    await visit(page, '/sign-up', 'Create your account');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Handle').fill('Juniper Path');
    await page.getByLabel('Password', { exact: true }).fill('lantern-meadow-quietly-58');
    await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
    const terms = page.getByLabel('I agree to the terms of use and the privacy notice');
    await expectInvalid(terms);
    await expectAccessible(page);
    await terms.check();
    await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Juniper Path' }).waitFor();

    await page.getByRole('link', { name: 'Privacy', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Review your consents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your consents' }).waitFor();
    await expectAccessible(page);

    const evaluation = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Helping evaluate the program/ }) });
    await evaluation.getByText('Not agreed yet').waitFor();
    await evaluation.getByRole('button', { name: 'Agree to help evaluate the program' }).click();
    await statusSays(page, 'You’ve agreed to: Helping evaluate the program.');
    await evaluation.getByText('Agreed', { exact: true }).waitFor();
    await evaluation.getByRole('button', { name: 'Withdraw my consent to program evaluation' }).click();
    await statusSays(page, 'You’ve withdrawn: Helping evaluate the program.');
    await evaluation.getByText('Withdrawn', { exact: true }).first().waitFor();
    await evaluation.getByRole('button', { name: 'Agree to help evaluate the program' }).waitFor();

    const history = page.getByRole('table', { name: 'Everything you’ve agreed to and withdrawn' });
    expect(await history.getByRole('rowheader', { name: 'Terms of use' }).count()).toBe(1);
    expect(await history.getByRole('rowheader', { name: 'Helping evaluate the program' }).count()).toBe(1);
    await expectAccessible(page);

    // The terms can't be withdrawn on their own: the page explains and points to deleting the account.
    await page.getByRole('button', { name: 'Withdraw my agreement to the terms of use' }).click();
    const explanation = page.getByRole('alert').filter({ hasText: 'can’t be withdrawn on their own' });
    await explanation.getByRole('link', { name: 'delete your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();

    await visit(page, '/legal/terms', 'Terms of use');
    await page.getByRole('heading', { name: 'Not a crisis service' }).waitFor();
    await visit(page, '/legal/privacy', 'Privacy notice');
    await context.close();
  });

  it('blocks someone by handle, who then cannot see the blocker’s profile, and unblocks them', async () => {
    const blocker = await journey.seed.user({ handle: 'Quiet Cedar' });
    const blocked = await journey.seed.user({ handle: 'Loud Magpie' });
    const another = await journey.seed.user({ handle: 'Passing Wren' });
    const { page, context } = await journey.page();
    await signIn(page, blocker.email, blocker.password);
    await visit(page, '/privacy', 'Privacy');
    await page.getByText('You haven’t blocked anyone.').waitFor();

    const handle = page.getByLabel('Their handle');
    await handle.fill('Nobody By This Name');
    await page.getByRole('button', { name: 'Block', exact: true }).click();
    await expectInvalid(handle);
    await page.getByText('We couldn’t find anyone with that handle.').first().waitFor();
    await expectAccessible(page);

    await handle.fill('loud magpie');
    await page.getByRole('button', { name: 'Block', exact: true }).click();
    await statusSays(page, 'You’ve blocked Loud Magpie.');
    await page.getByRole('button', { name: 'Unblock Loud Magpie' }).waitFor();
    await expectAccessible(page);

    const theirs = await journey.page();
    await signIn(theirs.page, blocked.email, blocked.password);
    await visit(theirs.page, `/profiles/${blocker.id}`, 'Profile not available');
    expect(await theirs.page.getByText('Quiet Cedar').count()).toBe(0);

    // Blocking from someone's profile asks first.
    await visit(page, `/profiles/${another.id}`, 'Profile of Passing Wren');
    await page.getByRole('button', { name: 'Block Passing Wren' }).click();
    await page.getByText('Block Passing Wren? They won’t be able to see your profile').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, block Passing Wren' }).click();
    await statusSays(page, 'You’ve blocked Passing Wren.');
    await page.getByRole('link', { name: 'Manage the people you’ve blocked' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await page.getByRole('button', { name: 'Unblock Passing Wren' }).waitFor();

    await page.getByRole('button', { name: 'Unblock Loud Magpie' }).click();
    await statusSays(page, 'You’ve unblocked Loud Magpie.');
    expect(await page.getByRole('button', { name: 'Unblock Loud Magpie' }).count()).toBe(0);
    await visit(theirs.page, `/profiles/${blocker.id}`, 'Profile of Quiet Cedar');

    await theirs.context.close();
    await context.close();
  });

  it('downloads my data as JSON with my handle in it', async () => {
    const person = await journey.seed.user({ handle: 'Export Otter' });
    const { page, context } = await journey.page();
    await signIn(page, person.email, person.password);
    await page.getByRole('link', { name: 'Download or delete your data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await expectAccessible(page);

    const text = await downloadText(page, page.getByRole('link', { name: 'Download my data' }));
    const data: unknown = JSON.parse(text);
    expect(JSON.stringify(data)).toContain('Export Otter');
    await context.close();
  });

  it('deletes the account with the password and DELETE, after which signing in fails', async () => {
    const person = await journey.seed.user({ handle: 'Leaving Lynx' });
    const { page, context } = await journey.page();
    await signIn(page, person.email, person.password);
    await visit(page, '/account/data', 'Your data');
    await page.getByRole('heading', { name: 'What we erase' }).waitFor();
    await page.getByText('Your profile', { exact: true }).waitFor();
    await page.getByText('can’t be undone', { exact: false }).first().waitFor();

    const password = page.getByLabel('Your password');
    const confirm = page.getByLabel('Type DELETE to confirm');
    await password.fill('not-my-password-at-all');
    await confirm.fill('delete');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expectInvalid(confirm);
    await expectAccessible(page);

    await confirm.fill('DELETE');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expectInvalid(password);
    await page.getByText('That isn’t your current password.').first().waitFor();

    await password.fill(person.password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kindred' }).waitFor();
    await statusSays(page, 'Your account has been deleted.');
    await expectAccessible(page);

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That email and password don’t match an account').waitFor();
    await context.close();
  });
});
