import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../server/test/factories.js';
import { expectAccessible } from './support/browser.js';
import { useGroupsSeed, weeklyStartedAgo } from './support/groups-seed.js';
import { signIn, useJourney } from './support/journey.js';
import { statusSays } from './support/profile-helpers.js';

const suffix = Math.random().toString(36).slice(2, 7);
const GROUP = `Madrid evening circle ${suffix}`;

/** The member accepts the agreement shown and presses the form's button. */
async function acceptAndPress(page: Page, button: string): Promise<void> {
  await page.getByRole('checkbox', { name: 'I have read the agreement and I accept it' }).check();
  await page.getByRole('button', { name: button }).click();
}

describe('groups journey', () => {
  const journey = useJourney();
  const groups = useGroupsSeed();
  const people = {} as Record<'admin' | 'lead' | 'filler' | 'ana' | 'beto', TestUser>;

  beforeAll(async () => {
    people.admin = await groups.seed.user({ roles: ['admin'], handle: `Admin ${suffix}` });
    people.lead = await groups.seed.activeSupporter(`Lena Lead ${suffix}`);
    people.filler = await groups.seed.user({ handle: `Fina ${suffix}` });
    people.ana = await groups.seed.user({ handle: `Ana ${suffix}` });
    people.beto = await groups.seed.user({ handle: `Beto ${suffix}` });
    // Two places; one already taken. Its weekly meeting began half an hour ago and is still under way.
    const group = await groups.seed.group(people.admin, people.lead, {
      name: GROUP, description: 'A fictional evening group for the journey.', topics: ['anxiety'], language: 'en', format: 'in_person',
      placeName: 'Lavapiés community room', address: 'Calle Ficticia 12, Madrid', latitude: 40.4087, longitude: -3.7004,
      ...weeklyStartedAgo('Europe/Madrid', 30), durationMinutes: 180, capacity: 2,
    });
    await groups.seed.join(people.filler, group);
  });

  it('finds a group near a typed place, joins, waits for a place that opens, answers for a meeting, and the facilitator records it', async () => {
    // Ana searches near a place she types: an unknown spelling offers places to choose.
    const ana = await journey.page();
    await signIn(ana.page, people.ana.email, people.ana.password);
    await ana.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await ana.page.getByRole('heading', { level: 1, name: 'Peer-led groups' }).waitFor();
    await ana.page.getByText('Kindred never tracks your location').waitFor();
    await expectAccessible(ana.page);
    await ana.page.getByLabel('Near a place').fill('Madridd');
    await ana.page.getByRole('button', { name: 'Search', exact: true }).click();
    const suggestion = ana.page.getByRole('button', { name: /^Search near Madrid/ }).first();
    await suggestion.waitFor();
    await expectAccessible(ana.page);
    await suggestion.click();
    await ana.page.getByRole('heading', { level: 2, name: /Groups within 25 km of Madrid/ }).waitFor();
    const result = ana.page.getByRole('listitem').filter({ has: ana.page.getByRole('link', { name: GROUP }) });
    await result.getByText(/Lavapiés community room \(\d+(\.\d)? km away\)/).waitFor();
    await result.getByText('1 place left').waitFor();
    await expectAccessible(ana.page);

    // The group page: the agreement must be accepted before joining.
    await result.getByRole('link', { name: GROUP }).click();
    await ana.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await ana.page.getByText(/^Every \w+ at .+ \(Europe\/Madrid time\), for 3 hours$/).waitFor();
    await expectAccessible(ana.page);
    await ana.page.getByRole('button', { name: 'Join the group' }).click();
    await ana.page.getByText('Please tick the box to show you accept the community agreement.').waitFor();
    await acceptAndPress(ana.page, 'Join the group');
    await statusSays(ana.page, `You joined ${GROUP}.`);
    await ana.page.getByRole('link', { name: 'Open the group room' }).waitFor();
    await ana.page.getByText('Calle Ficticia 12, Madrid').waitFor();
    await expectAccessible(ana.page);

    // Beto finds it full and joins the waiting list.
    const beto = await journey.page();
    await signIn(beto.page, people.beto.email, people.beto.password);
    await beto.page.goto(`/groups?near=Madrid`);
    const full = beto.page.getByRole('listitem').filter({ has: beto.page.getByRole('link', { name: GROUP }) });
    await full.getByText('Full: you can join the waiting list').waitFor();
    await full.getByRole('link', { name: GROUP }).click();
    await beto.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await acceptAndPress(beto.page, 'Join the waiting list');
    await statusSays(beto.page, 'You are number 1 on the waiting list; we will tell you when a place opens.');
    await expectAccessible(beto.page);

    // Ana leaves; the place goes to Beto, who is told.
    await ana.page.getByRole('button', { name: 'Leave the group' }).click();
    await ana.page.getByRole('button', { name: 'Yes, leave' }).click();
    await statusSays(ana.page, `You left ${GROUP}.`);
    await beto.page.goto('/notifications');
    await beto.page.getByText(`A place opened up: you are now a member of ${GROUP}.`).waitFor();
    await expectAccessible(beto.page);

    // Beto answers for the next meeting.
    await beto.page.goto('/groups');
    await beto.page.getByRole('region', { name: 'My groups' }).getByRole('link', { name: GROUP }).click();
    await beto.page.getByText('You are a member of this group.').waitFor();
    const rsvp = beto.page.getByRole('group', { name: /^Are you coming on / }).first();
    await rsvp.getByRole('button', { name: 'Yes' }).click();
    await statusSays(beto.page, /^Saved: you are coming on /);
    await expect.poll(() => rsvp.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(beto.page);

    // The facilitator records who came to the meeting under way and writes the note with the checklist.
    const lead = await journey.page();
    await signIn(lead.page, people.lead.email, people.lead.password);
    await lead.page.goto('/groups');
    await lead.page.getByRole('region', { name: 'My groups' }).getByRole('link', { name: GROUP }).click();
    await lead.page.getByRole('link', { name: 'Facilitator console' }).click();
    await lead.page.getByRole('heading', { level: 1, name: `Facilitate: ${GROUP}` }).waitFor();
    await lead.page.getByRole('row', { name: new RegExp(`Beto ${suffix}`) }).waitFor();
    await expectAccessible(lead.page);
    const started = lead.page.getByRole('region', { name: 'Meetings that have started' });
    const meeting = started.getByRole('listitem').first();
    await meeting.getByRole('group', { name: 'Members who came' }).getByLabel(`Beto ${suffix}`).check();
    await meeting.getByRole('button', { name: 'Save attendance' }).click();
    await statusSays(lead.page, 'Attendance saved: 1 came.');
    await meeting.getByText(/Let’s go around once/).waitFor();
    await meeting.getByRole('group', { name: 'What the meeting included' }).getByLabel('A check-in round').check();
    await meeting.getByLabel('What happened (private to facilitators and supervisors)').fill('A calm first meeting; everyone spoke.');
    await meeting.getByRole('button', { name: 'Save note' }).click();
    await statusSays(lead.page, 'The note has been saved.');
    await expectAccessible(lead.page);
  });
});
