import { createGoalInput } from '../shared/contracts/goals.js';
import { checkInPlanInput, sessionNoteInput } from '../shared/contracts/support.js';
import type { KindredApp } from './app.js';
import type { Actor } from './platform/auth/actor.js';

/** The next weekday (1 = Monday ... 7 = Sunday) after today, as a local date. */
function nextWeekday(weekday: number, from = new Date()): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1));
  while (((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Juniper and Dahlia agree a weekly Thursday check-in, Juniper shares a first goal, Dahlia keeps a
 * private note, and Basil supervises Dahlia: enough for every support page to have something real.
 */
export async function seedDemoSupport(app: KindredApp, cast: { admin: Actor; supervisor: Actor; supporter: Actor; member: Actor }): Promise<void> {
  const { support, conversations } = app.kindred;
  const direct = (await conversations.service.list(cast.member)).find((conversation) => conversation.relationshipId !== null)!;
  const relationshipId = direct.relationshipId!;
  await support.supervision.assign(cast.admin, cast.supporter.userId, cast.supervisor.userId, '127.0.0.1');
  const plan = await support.checkIns.proposePlan(cast.supporter, relationshipId, checkInPlanInput.parse({
    rule: 'FREQ=WEEKLY;BYDAY=TH', startsLocal: `${nextWeekday(4)}T18:00`, timeZone: 'Europe/London', meetingMode: 'chat',
  }));
  await support.checkIns.answerPlan(cast.member, relationshipId, plan.id, true);
  await support.goals.create(cast.member, createGoalInput.parse({
    title: 'Take the bus into town on my own', why: 'So I can visit my sister without waiting for a lift.',
    steps: ['Ride two stops and back', 'Ride to the library', 'Ride into town at a quiet time'], visibility: 'shared',
  }));
  await support.notes.write(cast.supporter, relationshipId, sessionNoteInput.parse({ body: 'First conversation went well. Juniper wants to work on travelling alone.' }));
}
