import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './browser.js';

/** Goes to a page by its path, waits for its <h1> and checks it with axe. */
export async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectAccessible(page);
}

/** The polite status region's text, once it says something. */
export async function statusSays(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** Whether the control has been marked invalid for assistive technology. */
export async function expectInvalid(control: Locator): Promise<void> {
  await expect.poll(() => control.getAttribute('aria-invalid')).toBe('true');
}

/** The fieldset of one availability row in the profile editor. */
export function timeWindow(page: Page, number: number): Locator {
  return page.getByRole('group', { name: `Time window ${number}`, exact: true });
}

/** Adds an availability row and sets its times (the new row starts on the day after the previous one). */
export async function addTimeWindow(page: Page, start: string, end: string): Promise<Locator> {
  const rows = await page.getByRole('group', { name: /^Time window \d+$/ }).count();
  await page.getByRole('button', { name: 'Add a time window' }).click();
  const row = timeWindow(page, rows + 1);
  await row.getByLabel('From').fill(start);
  await row.getByLabel('Until').fill(end);
  return row;
}

/** Saves the profile editor and waits for the confirmation. */
export async function saveProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save profile' }).click();
  await statusSays(page, 'Your profile has been saved.');
}

/** Clicks a download link and returns the downloaded file's text. */
export async function downloadText(page: Page, link: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile(await (download as Download).path(), 'utf8');
}
