import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';

/** Tabs from the top of the page until "Get help now" has focus; it must come within the first few stops. */
async function tabToHelpLink(page: Page): Promise<void> {
  for (let stop = 1; stop <= 3; stop += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === 'Get help now') return;
  }
  throw new Error(`"Get help now" was not among the first 3 tab stops on ${page.url()}`);
}

describe('help and language', () => {
  const journey = useJourney();

  it('reaches "Get help now" by keyboard from every page, signed out and signed in', async () => {
    const admin = await journey.seed.user({ roles: ['admin'] });
    const { page, context } = await journey.page();
    const signedOutPages = ['/', '/sign-in', '/sign-up', '/help', '/no-such-page'];
    const signedInPages = ['/', '/account/security', '/admin/users', '/admin/audit', '/admin/crisis-lines', '/help'];

    const visit = async (path: string) => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectAccessible(page);
      await page.locator('body').focus();
      await tabToHelpLink(page);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/help$/);
      await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor();
      await page.getByRole('link', { name: /988/ }).first().waitFor();
    };

    for (const path of signedOutPages) await visit(path);
    await signIn(page, admin.email, admin.password);
    for (const path of signedInPages) await visit(path);

    expect(await page.getByRole('link', { name: /116 123/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /findahelpline/i }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('switches to Spanish, remembers it on this device and in the account', async () => {
    const person = await journey.seed.user({ handle: 'Lengua Test' });
    const { page, context } = await journey.page();
    await signIn(page, person.email, person.password);

    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('link', { name: 'Pedir ayuda ahora' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('link', { name: 'Pedir ayuda ahora' }).waitFor();

    // A different browser adopts the saved language on sign-in.
    const elsewhere = await journey.page();
    await elsewhere.page.goto('/sign-in');
    await elsewhere.page.getByLabel('Email').fill(person.email);
    await elsewhere.page.getByLabel('Password', { exact: true }).fill(person.password);
    await elsewhere.page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await elsewhere.page.getByRole('link', { name: 'Pedir ayuda ahora' }).waitFor();
    expect(await elsewhere.page.locator('html').getAttribute('lang')).toBe('es');
    await expectAccessible(elsewhere.page);

    await page.goto('/help');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await context.close();
    await elsewhere.context.close();
  });
});
