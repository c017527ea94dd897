import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, newContext } from './browser.js';
import { Seeder } from './seed.js';

/** One browser and one seeder per spec file, shut down afterwards. */
export function useJourney() {
  const state = {} as { browser: Browser; seed: Seeder; baseUrl: string };
  beforeAll(async () => {
    state.baseUrl = inject('baseUrl');
    state.browser = await launchChromium();
    state.seed = await Seeder.open();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.seed?.close();
  });
  return {
    get seed() {
      return state.seed;
    },
    async page(locale?: string): Promise<{ context: BrowserContext; page: Page }> {
      const context = await newContext(state.browser, state.baseUrl, locale);
      return { context, page: await context.newPage() };
    },
  };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
}
