import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SupportRequestInput } from '../shared/contracts/matching.js';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import { signIn, useJourney } from './support/journey.js';
import { useMatchingSeed } from './support/matching-seed.js';
import { statusSays, visit } from './support/profile-helpers.js';
import { expectFocusedText } from './support/focus.js';

// Everyone here speaks only Italian, which nobody else in the journeys' shared database does: the hard
// language rule keeps these people and other specs' waiting members out of each other's assignments.
const ITALIAN_TEXT = { languages: ['it'], meetingModes: ['text'] } satisfies Pick<SupportRequestInput, 'languages' | 'meetingModes'>;

function proposalsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Proposed assignments' });
}

/** The table row of one member, found by its row header. */
function rowOf(page: Page, member: string): Locator {
  return proposalsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: member, exact: true }) });
}

/** The members the table proposes someone for, in order. */
async function proposedMembers(page: Page): Promise<string[]> {
  await proposalsTable(page).waitFor();
  return proposalsTable(page).locator('tbody').getByRole('rowheader').allTextContents();
}

/** Unticks every proposal for people other than these (others may be waiting in the shared database). */
async function keepOnly(page: Page, members: readonly string[]): Promise<void> {
  for (const row of await proposalsTable(page).locator('tbody tr').all()) {
    const member = (await row.getByRole('rowheader').textContent()) ?? '';
    if (!members.includes(member)) await row.getByRole('checkbox').uncheck();
  }
}

describe('program intake journey', () => {
  const journey = useJourney();
  const matching = useMatchingSeed();
  const people = {} as Record<'aurelio' | 'bianca' | 'carlo', TestUser> & { biancaRequest: string };

  beforeAll(async () => {
    const seed = matching.seed;
    await seed.activeSupporter({ handle: 'Dario Guide', topics: ['anxiety'], capacity: 1, profile: ITALIAN_TEXT });
    await seed.activeSupporter({ handle: 'Elena Guide', topics: ['grief_loss'], capacity: 1, profile: ITALIAN_TEXT });
    people.aurelio = await seed.user({ handle: 'Aurelio Waiting' });
    people.bianca = await seed.user({ handle: 'Bianca Waiting' });
    people.carlo = await seed.user({ handle: 'Carlo Waiting' });
    // Two places for three people: the topics make Aurelio with Dario and Bianca with Elena the best whole
    // assignment, so Carlo (who shares no topic with either) is the one left to choose for himself.
    await seed.openRequest(people.aurelio, { topics: ['anxiety'], ...ITALIAN_TEXT });
    people.biancaRequest = await seed.openRequest(people.bianca, { topics: ['grief_loss'], ...ITALIAN_TEXT });
    await seed.openRequest(people.carlo, { topics: ['ocd'], ...ITALIAN_TEXT });
  });

  it('proposes an assignment for everyone waiting, sends the pairs the admin keeps, and the member sees theirs', async () => {
    const admin = await matching.seed.user({ roles: ['admin'], handle: 'Admin Intake' });
    const { page, context } = await journey.page();
    await signIn(page, admin.email, admin.password);
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Program intake' }).click();
    await page.getByRole('heading', { level: 1, name: 'Program intake' }).waitFor();
    // Nothing is worked out until the admin asks.
    expect(await proposalsTable(page).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Propose assignments for everyone waiting' }).click();
    await statusSays(page, /proposals? (is|are) ready for you to review/);
    const ours = ['Aurelio Waiting', 'Bianca Waiting', 'Carlo Waiting'];
    expect((await proposedMembers(page)).filter((member) => ours.includes(member))).toEqual(['Aurelio Waiting', 'Bianca Waiting']);
    const aurelio = rowOf(page, 'Aurelio Waiting');
    await aurelio.getByRole('cell', { name: 'Dario Guide', exact: true }).waitFor();
    await aurelio.getByText('Both have lived experience of anxiety', { exact: true }).waitFor();
    await aurelio.getByText('Both speak Italian', { exact: true }).waitFor();
    await rowOf(page, 'Bianca Waiting').getByRole('cell', { name: 'Elena Guide', exact: true }).waitFor();
    const unplaced = page.getByRole('region', { name: 'Could not be placed' });
    await unplaced.getByRole('listitem').filter({ hasText: 'Carlo Waiting' }).waitFor();
    await unplaced.getByText(/They can still choose from their own suggestions/).waitFor();
    const includeAurelio = page.getByRole('checkbox', { name: 'Include Aurelio Waiting with Dario Guide' });
    const includeBianca = page.getByRole('checkbox', { name: 'Include Bianca Waiting with Elena Guide' });
    expect(await includeAurelio.isChecked()).toBe(true);
    expect(await includeBianca.isChecked()).toBe(true);
    await expectAccessible(page);

    // The admin keeps Aurelio's pair and leaves Bianca's for now (and anyone else's waiting from other journeys).
    await keepOnly(page, ours);
    await includeBianca.uncheck();
    await page.getByRole('button', { name: 'Send 1 proposal to members' }).waitFor();
    // Sending nothing at all is caught on the page.
    await includeAurelio.uncheck();
    await page.getByRole('button', { name: 'Send 0 proposals to members' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tick at least one proposal to send.' }).waitFor();
    await expectAccessible(page);
    await includeAurelio.check();
    expect(await page.getByRole('alert').filter({ hasText: 'Tick at least one proposal to send.' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Send 1 proposal to members' }).click();
    await statusSays(page, '1 proposal sent');
    await page.getByText(/Each member sees their proposal on their support page/).waitFor();
    await expectFocusedText(page, 'Proposals');
    expect(await proposalsTable(page).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Not sent' }).count()).toBe(0);
    await expectAccessible(page);

    // Aurelio is asked about Dario on his support page; Dario is not asked until Aurelio accepts.
    const member = await journey.page();
    await signIn(member.page, people.aurelio.email, people.aurelio.password);
    await visit(member.page, '/support', 'Find a peer supporter');
    const proposal = member.page.getByRole('region', { name: 'The program suggests Dario Guide for you' });
    await proposal.getByText('You both have lived experience of anxiety', { exact: true }).waitFor();
    await proposal.getByRole('button', { name: 'Send my request to Dario Guide' }).waitFor();
    await member.context.close();

    // Bianca, left out, is still waiting; if things change before sending, the page says what was not sent.
    await page.getByRole('button', { name: 'Propose assignments for everyone waiting' }).click();
    const again = await proposedMembers(page);
    expect(again).toContain('Bianca Waiting');
    expect(again).not.toContain('Aurelio Waiting');
    await keepOnly(page, ['Bianca Waiting']);
    await matching.seed.cancelRequest(people.bianca, people.biancaRequest);
    await page.getByRole('button', { name: 'Send 1 proposal to members' }).click();
    await statusSays(page, '0 proposals sent');
    const notSent = page.getByRole('region', { name: 'Not sent' });
    await notSent
      .getByText('Bianca Waiting: their request is no longer waiting (they chose someone, cancelled it or already have a proposal)', { exact: true })
      .waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
