import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type KindredApp } from '../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../server/platform/db/connect.js';
import { expectAccessible } from './support/browser.js';
import { e2eConfig } from './support/e2e-config.js';
import { signIn, useJourney } from './support/journey.js';
import { expectInvalid, statusSays } from './support/profile-helpers.js';

/** Presses Tab until the control with this accessible name has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | HTMLButtonElement | null;
      return element?.getAttribute('aria-label') ?? element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    });
    if (focused.trim() === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^(Notifications|Avisos)/ });

describe('notifications journey', () => {
  const journey = useJourney();
  /** Queues work in the journey's database the way another server process would; the real server runs it. */
  let jobs: { app: KindredApp; database: DatabaseHandle };
  beforeAll(async () => {
    const database = connectDatabase(inject('databaseUrl'));
    jobs = { app: await buildApp(e2eConfig(inject('baseUrl'), inject('databaseUrl')), { database }), database };
  });
  afterAll(async () => {
    await jobs?.app.close();
    await jobs?.database.close();
  });

  it('a member sets their notification preferences by keyboard and sees a notification arrive live', async () => {
    const member = await journey.seed.user({ handle: 'Juniper Notice' });
    const { page } = await journey.page();
    await signIn(page, member.email, member.password);
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Notifications');
    await expectAccessible(page);

    // The notification centre, reached from the bell, starts empty and links to the settings.
    await bell(page).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText('Nothing here yet.', { exact: false }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    await page.getByText('This Kindred doesn’t send email yet.', { exact: false }).waitFor();
    expect(await page.getByLabel('Support that has ended: in Kindred').isDisabled()).toBe(true);
    await expectAccessible(page);

    // All by keyboard: one kind off in Kindred, a reminder lead time that is too short, then fixed.
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, 'Goals shared with you: in Kindred');
    await page.keyboard.press('Space');
    await tabTo(page, 'Remind me this many minutes before a check-in');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3');
    await tabTo(page, 'Use quiet hours');
    await page.keyboard.press('Space');
    await tabTo(page, 'Send me a weekly summary');
    await page.keyboard.press('Space');
    await tabTo(page, 'Save settings');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Choose a whole number of minutes from 5 to 2880.', { exact: false }).waitFor();
    const reminder = page.getByLabel('Remind me this many minutes before a check-in');
    await expectInvalid(reminder);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('number');
    await expectAccessible(page);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30');
    await page.getByLabel('Quiet from').fill('21:30');
    await page.getByLabel('Quiet until').fill('06:45');
    await tabTo(page, 'Save settings');
    await page.keyboard.press('Enter');
    await statusSays(page, 'Your notification settings are saved.');
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    expect(await reminder.inputValue()).toBe('30');
    expect(await page.getByLabel('Quiet from').inputValue()).toBe('21:30');
    expect(await page.getByLabel('Quiet until').inputValue()).toBe('06:45');
    expect(await page.getByLabel('Send me a weekly summary').isChecked()).toBe(true);
    expect(await page.getByLabel('Goals shared with you: in Kindred').isChecked()).toBe(false);
    expect(await page.getByLabel('Check-in reminders: in Kindred').isChecked()).toBe(true);

    // Monday morning comes: the weekly summary job runs in the server and the bell updates without a reload.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await jobs.app.kindred.jobs.schedule(jobs.app.kindred.db, { kind: 'notifications.digest', runAt: new Date(), payload: { userId: member.id }, dedupeKey: `digest:${member.id}:e2e` });
    await expect.poll(() => bell(page).getAttribute('aria-label'), { timeout: 20_000 }).toBe('Notifications, 1 unread');
    await page.getByRole('status').filter({ hasText: 'New notification: Your week: 0 unread notifications and 0 check-ins in the next 7 days.' }).waitFor();
    await expectAccessible(page);

    await bell(page).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText('You have 1 unread notification.').waitFor();
    await page.getByRole('link', { name: 'Your week: 0 unread notifications and 0 check-ins in the next 7 days.' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, 'Mark as read: Your week: 0 unread notifications and 0 check-ins in the next 7 days.');
    await page.keyboard.press('Enter');
    await statusSays(page, 'Marked as read.');
    await page.getByText('You’re all caught up.').waitFor();
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Notifications');
    await expectAccessible(page);

    // In Spanish.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Avisos' }).waitFor();
    await page.getByRole('link', { name: 'Tu semana: 0 avisos sin leer y 0 encuentros en los próximos 7 días.' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Ajustes de avisos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ajustes de avisos' }).waitFor();
    await page.getByLabel('Enviarme un resumen semanal').waitFor();
    await expectAccessible(page);
  });
});
