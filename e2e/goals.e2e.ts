import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { expectFocused } from './support/focus.js';

const GOAL = 'Swim at the community pool';
const SUGGESTION = 'Ask the lifeguard about quiet hours';

/** The accessible name of whatever has focus: its label, or its own text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
  });
}

/** A date some weeks ahead, as the date picker writes it. */
function weeksAhead(weeks: number): string {
  const date = new Date(Date.now() + weeks * 7 * 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('recovery goals journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();

  it('a member shares a goal with steps, their supporter suggests a step and adds an update, the member takes it on and completes the goal', async () => {
    const member = await matching.seed.user({ handle: 'Juniper Goalsetter' });
    const supporter = await matching.seed.activeSupporter({ handle: 'Alder Pathfinder' });
    await matching.seed.supportRelationship(member, supporter);

    // The member sets a shared goal with two small steps, from the keyboard.
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'My goals' }).waitFor();
    await page.getByText('You have no active goals right now.').waitFor();
    await expectAccessible(page);

    // A title left empty is named in the error summary and the field, and nothing is added.
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('alert').getByRole('link', { name: /^What is your goal\?: / }).waitFor();
    expect(await focusedName(page)).toBe('What is your goal?');
    await expectAccessible(page);

    await page.keyboard.type(GOAL);
    await page.getByLabel('Why it matters to me').fill('Swimming clears my head.');
    await page.getByLabel('A small step', { exact: true }).focus();
    await page.keyboard.type('Find my swimsuit');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Check the pool timetable');
    await page.keyboard.press('Enter');
    await page.getByLabel('Target date').fill(weeksAhead(6));
    await page.getByRole('radio', { name: 'Shared: me and my peer supporter' }).check();
    await page.getByRole('button', { name: 'Add goal' }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, `Your goal “${GOAL}” has been added.`);
    const active = page.getByRole('region', { name: 'Active goals' });
    await active.getByRole('heading', { level: 3, name: GOAL }).waitFor();
    await expect.poll(() => focusedName(page)).toBe(GOAL);
    await active.getByText('Shared with your peer supporter').waitFor();
    await active.getByRole('checkbox', { name: 'Find my swimsuit' }).waitFor();
    await expectAccessible(page);

    // The supporter finds the shared goal, suggests a step and adds an update.
    const theirs = await journey.page();
    await signIn(theirs.page, supporter.email, supporter.password);
    await visit(theirs.page, '/goals', 'My goals');
    await theirs.page.getByRole('link', { name: 'Shared goals of Juniper Goalsetter' }).click();
    await theirs.page.getByRole('heading', { level: 1, name: 'Goals Juniper Goalsetter shares with you' }).waitFor();
    await theirs.page.getByRole('heading', { name: GOAL }).waitFor();
    await theirs.page.getByText('Swimming clears my head.').waitFor();
    await expectAccessible(theirs.page);
    await theirs.page.getByLabel('Suggest a step').fill(SUGGESTION);
    await theirs.page.keyboard.press('Enter');
    await statusSays(theirs.page, `Your suggestion “${SUGGESTION}” has been sent.`);
    await theirs.page.getByText('(your suggestion)').waitFor();
    expect(await theirs.page.getByLabel('Suggest a step').inputValue()).toBe('');
    await theirs.page.getByLabel('Add a progress update').fill('Great idea to start with quiet mornings.');
    await theirs.page.getByRole('button', { name: 'Add update' }).click();
    await statusSays(theirs.page, 'Your update has been added.');
    await theirs.page.getByText('Great idea to start with quiet mornings.').waitFor();
    await expectAccessible(theirs.page);

    // The member takes the suggestion on, ticks a step off, and completes the goal.
    await visit(page, '/goals', 'My goals');
    await page.getByRole('heading', { level: 4, name: 'Suggestions from your supporter' }).waitFor();
    await page.getByText('From Alder Pathfinder').waitFor();
    await page.getByText('Great idea to start with quiet mornings.').waitFor();
    await page.getByRole('button', { name: `Take on “${SUGGESTION}”` }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, `You took on “${SUGGESTION}”. It is now one of your steps.`);
    const taken = page.getByRole('checkbox', { name: SUGGESTION });
    await taken.waitFor();
    await expect.poll(() => focusedName(page)).toBe(SUGGESTION);
    expect(await page.getByRole('heading', { name: 'Suggestions from your supporter' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Find my swimsuit' }).focus();
    await page.keyboard.press('Space');
    await statusSays(page, 'Step “Find my swimsuit” marked as done.');
    await page.getByText('1 of 3 steps done').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Find my swimsuit' }).isChecked()).toBe(true);
    await expectAccessible(page);

    // Worrying words in an update bring the private support card, which takes focus and gives it back when closed.
    await page.getByLabel('Add a progress update').fill('Lately I keep wishing I could just go to sleep and not wake up.');
    await page.getByRole('button', { name: 'Add update' }).focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'It sounds like things are hard right now' });
    await card.waitFor();
    await expectFocused(card);
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Close this note' }).click();
    await expect.poll(() => focusedName(page)).toBe('Add update');
    expect(await card.count()).toBe(0);

    await page.getByRole('button', { name: `Mark “${GOAL}” as completed` }).focus();
    await page.keyboard.press('Enter');
    await statusSays(page, `Well done! “${GOAL}” is completed and now in your history.`);
    const history = page.getByRole('region', { name: 'History' });
    await history.getByRole('heading', { level: 3, name: GOAL }).waitFor();
    await history.getByRole('button', { name: `Make “${GOAL}” active again` }).waitFor();
    await expect.poll(() => focusedName(page)).toBe(GOAL);
    await page.getByText('You have no active goals right now.').waitFor();
    expect(await history.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page);

    // The supporter sees it among completed goals, with nothing left to add.
    await theirs.page.reload();
    await theirs.page.getByRole('heading', { name: 'Completed and set aside' }).waitFor();
    await theirs.page.getByText('No active shared goals.').waitFor();
    expect(await theirs.page.getByLabel('Suggest a step').count()).toBe(0);
    await expectAccessible(theirs.page);

    // In Spanish the member's words stay as written.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Mis metas' }).waitFor();
    await page.getByRole('region', { name: 'Historial' }).getByRole('heading', { name: GOAL }).waitFor();
    await expectAccessible(page);

    await theirs.context.close();
    await context.close();
  });
});
