import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium } from './support/browser.js';

/** Every journey leans on expectAccessible; this proves it fails when a page has a serious violation. */
describe('the accessibility check used on every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fails on a button with no name and an image with no text, and passes once both are named', async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    const failure = await expectAccessible(page).then(() => null, (error: Error) => error.message);
    expect(failure).toContain('button-name');
    expect(failure).toContain('image-alt');

    await page.setContent('<html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1><button>Save</button><img alt="A dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    await expectAccessible(page);
  });
});
