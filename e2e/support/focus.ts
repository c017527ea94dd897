import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Focus moves in the commit that changes the page, which can land just after the change a journey waited for:
// wait for it (as Playwright waits for everything else) rather than race it.

export async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === document.activeElement)).toBe(true);
}

export async function expectFocusedText(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(text);
}
