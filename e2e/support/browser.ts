import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Debian's Chromium, with nothing that reaches for the network or downloads components. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export async function newContext(browser: Browser, baseUrl: string, locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, locale });
}

/**
 * Fails on any serious or critical WCAG 2.2 A/AA violation on the page as it is now. axe-core is put
 * into the page once per document and run there: the app has no frames, and @axe-core/playwright's
 * per-call injection and extra blank page cost ten times the check itself on every page a journey visits.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated over the DevTools protocol, so the app's Content-Security-Policy does not apply to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate((tags) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS) as AxeResults;
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} on ${page.url()}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility violations:\n${serious.join('\n')}`).toEqual([]);
}
