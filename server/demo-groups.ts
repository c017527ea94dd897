import { createGroupInput } from '../shared/contracts/groups.js';
import type { KindredApp } from './app.js';
import type { Actor } from './platform/auth/actor.js';

/** The next given weekday (1 = Monday ... 7 = Sunday) after today, as a local date. */
function nextWeekday(weekday: number, from = new Date()): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1));
  while (((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Two clearly fictional peer-led groups, made through the real services: a weekly online group in
 * English (Dahlia leads, Fern co-facilitates; Linden and Marlow are members) and an in-person group in
 * Spanish every two weeks at a made-up address in Madrid (Elio leads; Kestrel is a member).
 */
export async function seedDemoGroups(app: KindredApp, cast: {
  admin: Actor; supporterEn: Actor; supporterEs: Actor; supporterNight: Actor; membersEn: Actor[]; memberEs: Actor;
}): Promise<void> {
  const { groups, membership } = app.kindred.groups;
  const online = await groups.create(cast.admin, createGroupInput.parse({
    name: 'Thursday evening connection (demo)',
    description: 'A fictional demo group: a peer-led recovery support group for people living with anxiety or low mood. We share what has helped us, one voice at a time.',
    topics: ['anxiety', 'depression'], language: 'en', format: 'online', videoLink: 'https://meet.demo.kindred.invalid/thursday-connection',
    timeZone: 'America/Chicago', rule: 'FREQ=WEEKLY;BYDAY=TH', startsLocal: `${nextWeekday(4)}T19:00`, durationMinutes: 90,
    facilitators: [{ userId: cast.supporterEn.userId, role: 'lead' }, { userId: cast.supporterNight.userId, role: 'co' }],
  }), '127.0.0.1');
  for (const member of cast.membersEn) await membership.join(member, online.id, online.agreementVersion);

  const inPerson = await groups.create(cast.admin, createGroupInput.parse({
    name: 'Grupo de apoyo mutuo Lavapiés (demo)',
    description: 'Grupo ficticio de demostración: apoyo entre pares para personas en recuperación del consumo de alcohol u otras sustancias, y para quien vive con depresión.',
    topics: ['substance_use', 'depression'], language: 'es', format: 'in_person',
    placeName: 'Centro cívico de demostración (ficticio)', address: 'Calle de la Demostración 12, 28012 Madrid', latitude: 40.4087, longitude: -3.7009,
    timeZone: 'Europe/Madrid', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', startsLocal: `${nextWeekday(6)}T11:00`, durationMinutes: 90, capacity: 10,
    facilitators: [{ userId: cast.supporterEs.userId, role: 'lead' }],
  }), '127.0.0.1');
  await membership.join(cast.memberEs, inPerson.id, inPerson.agreementVersion);
}
