import { supportRequestInput } from '../shared/contracts/matching.js';
import { createRoomInput } from '../shared/contracts/rooms.js';
import type { KindredApp } from './app.js';
import type { Actor } from './platform/auth/actor.js';

const DEMO_AGREEMENT_EN = [
  'This is a peer space, not a crisis service: if you are in danger, use "Get help now" at the top of every page.',
  'Be kind. Speak from your own experience. No advice unless someone asks for it.',
  'What is shared here stays here. No contact details, no screenshots.',
].join('\n');
const DEMO_AGREEMENT_ES = [
  'Este es un espacio entre pares, no un servicio de crisis: si estás en peligro, usa "Ayuda ahora" arriba en cada página.',
  'Trata a los demás con amabilidad. Habla desde tu experiencia. Sin consejos si nadie los pide.',
  'Lo que se comparte aquí se queda aquí. Sin datos de contacto ni capturas.',
].join('\n');

export interface DemoCast {
  admin: Actor;
  supporterEn: Actor;
  supporterEs: Actor;
  supporterNight: Actor;
  memberEn: Actor;
  memberEs: Actor;
}

let demoMessage = 0;
const say = (app: KindredApp, actor: Actor, conversationId: string, body: string) =>
  app.kindred.conversations.service.send(actor, conversationId, { clientId: `demo-message-${(demoMessage += 1)}`, body });

/** A support relationship with a first exchange, and three rooms with moderators, all through the real services. */
export async function seedDemoConversations(app: KindredApp, cast: DemoCast): Promise<void> {
  const { matching, conversations } = app.kindred;
  const request = await matching.service.createRequest(cast.memberEn, supportRequestInput.parse({ topics: ['anxiety'], languages: ['en'], meetingModes: ['text'], note: 'Demo: hoping to talk with someone who gets panic attacks.' }));
  const offer = await matching.service.choose(cast.memberEn, request.id, cast.supporterEn.userId);
  await matching.service.accept(cast.supporterEn, offer.id, '127.0.0.1');
  const [direct] = await conversations.service.list(cast.memberEn);
  await say(app, cast.memberEn, direct!.id, 'Hi Dahlia, thank you for accepting. I am a bit nervous about this.');
  await say(app, cast.supporterEn, direct!.id, 'Hi Juniper, I am glad you reached out. Nervous is completely okay. What would help most this week?');

  const rooms = [
    { room: { title: 'Anxiety support', description: 'Living with anxiety and panic, one day at a time.', topic: 'anxiety', agreement: DEMO_AGREEMENT_EN, memberCap: 50 }, moderator: cast.supporterEn, members: [cast.memberEn], welcome: 'Welcome, everyone. How is today going for you?' },
    { room: { title: 'Night owls', description: 'For the small hours, when sleep will not come.', topic: null, agreement: DEMO_AGREEMENT_EN, memberCap: 40 }, moderator: cast.supporterNight, members: [], welcome: 'The kettle is on. Anyone else awake?' },
    { room: { title: 'Apoyo en español', description: 'Un espacio para hablar en español.', topic: 'depression', agreement: DEMO_AGREEMENT_ES, memberCap: 30 }, moderator: cast.supporterEs, members: [cast.memberEs], welcome: 'Bienvenidos. ¿Cómo va vuestra semana?' },
  ];
  for (const { room, moderator, members, welcome } of rooms) {
    const created = await conversations.rooms.create(cast.admin, createRoomInput.parse(room), '127.0.0.1');
    await conversations.rooms.addModerator(cast.admin, created.id, moderator.userId, '127.0.0.1');
    for (const member of members) await conversations.rooms.join(member, created.id, created.agreementVersion);
    await say(app, moderator, created.id, welcome);
  }
}
