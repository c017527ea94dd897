import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';

describe('account journey', () => {
  const journey = useJourney();

  it('signs up, signs out, signs in, changes password and signs out everywhere', async () => {
    const taken = await journey.seed.user({ email: 'taken@example.test' });
    const { page, context } = await journey.page();
    const otherDevice = await journey.page();
    const email = `wren${Date.now()}@example.test`;
    const firstPassword = 'marble-heron-sings-42';
    const secondPassword = 'copper-willow-drifts-17';

    await page.goto('/');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Join Kindred' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await expectAccessible(page);

    // The server's field errors appear beside the field they are about.
    await page.getByLabel('Email').fill(taken.email);
    await page.getByLabel('Handle').fill('Wandering Wren');
    await page.getByLabel('Password').fill(firstPassword);
    await page.getByLabel('I agree to the terms of use and the privacy notice').check();
    await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
    const emailInput = page.getByLabel('Email');
    await expect.poll(() => emailInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('There is already an account with this email').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await emailInput.fill(email);
    await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Wandering Wren' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    await signIn(page, email, firstPassword);
    await signIn(otherDevice.page, email, firstPassword);

    await page.getByRole('link', { name: 'Account security' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account security' }).waitFor();
    await page.getByText('This device').waitFor();
    expect(await page.getByRole('button', { name: /^Sign out this session/ }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByLabel('Current password').fill(firstPassword);
    await page.getByLabel('New password').fill(secondPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed').waitFor();

    // The other device's session ended with the password change.
    await otherDevice.page.goto('/account/security');
    await otherDevice.page.waitForURL(/\/sign-in/);
    await signIn(otherDevice.page, email, secondPassword);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Account security' }).waitFor();
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page);

    await otherDevice.page.goto('/account/security');
    await otherDevice.page.waitForURL(/\/sign-in/);

    await signIn(page, email, secondPassword);
    await context.close();
    await otherDevice.context.close();
  });

  it('shows a clear message for a wrong password', async () => {
    const person = await journey.seed.user();
    const { page, context } = await journey.page();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill('not-my-password');
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That email and password don’t match an account').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
