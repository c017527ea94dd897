import type { Locator, Page, WebSocketRoute } from 'playwright-core';
import { expect } from 'vitest';

/** The conversation's scrollable message region. */
export function messageLog(page: Page): Locator {
  return page.getByRole('region', { name: 'Messages' });
}

/** The message in the chat that contains `text`. */
export function chatMessage(page: Page, text: string | RegExp): Locator {
  return messageLog(page).getByRole('listitem').filter({ hasText: text });
}

/** Types into the composer and presses Enter, as people usually send. */
export async function sendWithEnter(page: Page, text: string, composerLabel = 'Your message'): Promise<void> {
  const composer = page.getByLabel(composerLabel);
  await composer.fill(text);
  await composer.press('Enter');
}

/** How many messages in the log contain `text` (a duplicate would make this 2). */
export async function countMessages(page: Page, text: string | RegExp): Promise<number> {
  return chatMessage(page, text).count();
}

/** The order the given messages appear in the log. */
export async function messageOrder(page: Page, texts: readonly string[]): Promise<string[]> {
  const all = await messageLog(page).getByRole('listitem').allTextContents();
  return all.flatMap((item) => texts.filter((text) => item.includes(text)));
}

/**
 * Puts the page's Socket.IO connection under the test's control: `cut()` drops it and refuses new ones
 * (the page keeps trying, as after a network blip), `restore()` lets the next attempt through.
 */
export async function controlSocket(page: Page): Promise<{ cut: () => Promise<void>; restore: () => void }> {
  let refusing = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/socket\.io\//, (route) => {
    if (refusing) {
      void route.close({ code: 4000, reason: 'test: offline' });
      return;
    }
    open.add(route);
    route.connectToServer();
  });
  return {
    async cut() {
      refusing = true;
      await Promise.all([...open].map((route) => route.close({ code: 4000, reason: 'test: offline' })));
      open.clear();
    },
    restore() {
      refusing = false;
    },
  };
}

/** Collects console errors, so a journey can check it produced none. */
export function watchConsoleErrors(page: Page): { expectNone: () => void; ignoreWhile: <T>(work: () => Promise<T>) => Promise<T> } {
  const errors: string[] = [];
  let ignoring = false;
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoring) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    expectNone: () => expect(errors).toEqual([]),
    /** While a step fails on purpose (offline, a refused request), the browser logs the failure itself. */
    async ignoreWhile(work) {
      ignoring = true;
      try {
        return await work();
      } finally {
        ignoring = false;
      }
    },
  };
}
