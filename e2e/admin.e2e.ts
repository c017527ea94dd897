import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';

describe('administration journey', () => {
  const journey = useJourney();

  it('grants a role, adds a crisis line everyone sees, and finds both in the audit log', async () => {
    const admin = await journey.seed.user({ roles: ['admin'], handle: 'Admin Alder' });
    const member = await journey.seed.user({ handle: 'Hopeful Heron' });
    const { page, context } = await journey.page();
    await signIn(page, admin.email, admin.password);

    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
    await page.getByLabel('Search by handle or email').fill('heron');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Grant supporter to Hopeful Heron' }).click();
    await page.getByRole('button', { name: 'Revoke supporter from Hopeful Heron' }).waitFor();
    await expectAccessible(page);

    const memberView = await journey.page();
    await signIn(memberView.page, member.email, member.password);
    await memberView.page.getByRole('heading', { name: 'Peer supporter' }).waitFor();
    await memberView.context.close();

    await page.getByRole('link', { name: 'Crisis lines' }).click();
    await page.getByRole('heading', { level: 1, name: 'Crisis lines' }).waitFor();
    await page.getByLabel('Region').fill('Ireland');
    await page.getByLabel('Name', { exact: true }).fill('Pieta');
    await page.getByLabel('Phone').fill('1800 247 247');
    await page.getByLabel('Website').fill('not a url');
    await page.getByRole('button', { name: 'Add crisis line' }).click();
    await expect.poll(() => page.getByLabel('Website').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await page.getByLabel('Website').fill('https://www.pieta.ie');
    await page.getByRole('button', { name: 'Add crisis line' }).click();
    await page.getByText('Pieta has been added.').waitFor();
    await expectAccessible(page);

    const visitor = await journey.page();
    await visitor.page.goto('/help');
    await visitor.page.getByText('Pieta', { exact: true }).waitFor();
    await visitor.page.getByRole('link', { name: /1800 247 247/ }).waitFor();
    await visitor.context.close();

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByLabel('Action').fill('role.granted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('cell', { name: 'role.granted' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'Admin Alder' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it('tells a member that admin pages are not for them', async () => {
    const member = await journey.seed.user();
    const { page, context } = await journey.page();
    await signIn(page, member.email, member.password);
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
