import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';

/** Presses Tab until the control with this accessible name has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 15; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | HTMLButtonElement | null;
      return element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    });
    if (focused.trim() === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

/** Types one entry into the focused step and adds it with Enter. */
async function addEntry(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('safety plan journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();

  it('a member writes a plan by keyboard, prints it, shares it with their supporter and stops sharing', async () => {
    const member = await matching.seed.user({ handle: 'Marigold Vale' });
    const supporter = await matching.seed.activeSupporter({ handle: 'Birch Harbor' });
    await matching.seed.supportRelationship(member, supporter);

    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await page.getByText('Based on the Safety Planning Intervention by Barbara Stanley and Gregory Brown.').waitFor();
    await page.getByText('You haven’t saved a plan yet.').waitFor();
    await expectAccessible(page);

    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, 'A warning sign');
    await addEntry(page, 'I stop answering messages');
    await addEntry(page, 'I skip meals');
    await tabTo(page, 'Something I can do on my own');
    await addEntry(page, 'Walk to the river with my headphones');
    await tabTo(page, 'A person or place');
    await addEntry(page, 'The community garden on Saturdays');
    await tabTo(page, 'Someone I can ask, and how to reach them');
    await addEntry(page, 'My cousin Tamsin (fictional), by text');
    await tabTo(page, 'Add this program’s crisis lines');
    await page.keyboard.press('Enter');
    await statusSays(page, /^Added \d+ crisis lines\. Save your plan to keep them\.$/);
    await tabTo(page, 'Something that makes my surroundings safer');
    await addEntry(page, 'Ask my flatmate to keep the spare keys to the roof');
    await tabTo(page, 'A reason for living');
    await addEntry(page, 'My dog, Biscuit');
    const steps = page.getByRole('group', { name: 'Step 1: My warning signs' });
    expect(await steps.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('I stop answering messages'),
      expect.stringContaining('I skip meals'),
    ]);
    await expectAccessible(page);
    await tabTo(page, 'Save my plan');
    await page.keyboard.press('Enter');
    await statusSays(page, 'Your safety plan has been saved.');
    await page.getByText('Last saved').waitFor();

    // The printable page shows every step; printing leaves out the site's header and the buttons.
    await page.getByRole('link', { name: 'Print your plan or save it as a PDF' }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan (printable)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Step 5: Professionals and crisis lines' }).waitFor();
    await page.getByText('988', { exact: false }).first().waitFor();
    await page.getByText('My dog, Biscuit').waitFor();
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: 'Get help now' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByText('Walk to the river with my headphones').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Back to editing my plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await page.getByText('Birch Harbor can’t see your plan.').waitFor();
    await page.getByRole('button', { name: 'Share my plan with Birch Harbor' }).click();
    await statusSays(page, 'You’re now sharing your plan with Birch Harbor.');
    await page.getByRole('button', { name: 'Stop sharing with Birch Harbor' }).waitFor();
    await expectAccessible(page);

    const theirs = await journey.page();
    await signIn(theirs.page, supporter.email, supporter.password);
    await visit(theirs.page, '/safety-plan', 'My safety plan');
    await theirs.page.getByRole('link', { name: 'Safety plan of Marigold Vale' }).click();
    await theirs.page.getByRole('heading', { level: 1, name: 'Safety plan of Marigold Vale' }).waitFor();
    await theirs.page.getByText('Ask my flatmate to keep the spare keys to the roof').waitFor();
    await expectAccessible(theirs.page);

    await page.getByRole('button', { name: 'Stop sharing with Birch Harbor' }).click();
    await statusSays(page, 'You’ve stopped sharing your plan with Birch Harbor.');
    await page.getByRole('button', { name: 'Share my plan with Birch Harbor' }).waitFor();

    await visit(theirs.page, `/safety-plan/${member.id}`, 'Safety plan not available');
    expect(await theirs.page.getByText('My dog, Biscuit').count()).toBe(0);
    await visit(theirs.page, '/safety-plan', 'My safety plan');
    expect(await theirs.page.getByRole('link', { name: 'Safety plan of Marigold Vale' }).count()).toBe(0);

    // In Spanish the member's own words stay as written around the translated steps.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Mi plan de seguridad' }).waitFor();
    await page.getByRole('group', { name: 'Paso 1: Mis señales de alerta' }).getByText('I skip meals', { exact: true }).waitFor();
    await page.getByText('Basado en la Intervención de Planificación de Seguridad de Barbara Stanley y Gregory Brown.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Imprimir tu plan o guardarlo como PDF' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mi plan de seguridad (para imprimir)' }).waitFor();
    await expectAccessible(page);

    await theirs.context.close();
    await context.close();
  });
});
