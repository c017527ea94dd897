import type { NotificationKind } from '../../../shared/contracts/notifications.js';
import type { Locale } from '../../../shared/locales.js';

/**
 * Emails say only that something is waiting on Kindred, with a link: never a message, a note, a goal,
 * a name or anything about someone's health. Mailboxes are shared, forwarded and read over shoulders.
 */
const WHAT: Record<NotificationKind, Record<Locale, string>> = {
  'check_in.reminder': { en: 'a check-in reminder', es: 'un recordatorio de encuentro' },
  'check_in.missed': { en: 'a note about a missed check-in', es: 'un aviso sobre un encuentro que no se realizó' },
  'check_in.plan_proposed': { en: 'a proposed check-in rhythm to look at', es: 'una propuesta de ritmo de encuentros para revisar' },
  'check_in.plan_agreed': { en: 'an agreed check-in rhythm', es: 'un ritmo de encuentros acordado' },
  'check_in.changed': { en: 'a change to a check-in', es: 'un cambio en un encuentro' },
  'goal.step_suggested': { en: 'a suggested step to look at', es: 'un paso sugerido para revisar' },
  'goal.shared': { en: 'a goal shared with you', es: 'una meta compartida contigo' },
  'session_note.shared': { en: 'a session note shared with you', es: 'una nota de sesión compartida contigo' },
  'feedback.requested': { en: 'a request for your feedback', es: 'una petición de tu opinión' },
  'relationship.ended': { en: 'an update about your support', es: 'una novedad sobre tu apoyo' },
  'digest.weekly': { en: 'your weekly summary', es: 'tu resumen semanal' },
  'group.waitlist_promoted': { en: 'a place in a group', es: 'una plaza en un grupo' },
  'group.invited': { en: 'an invitation to a group', es: 'una invitación a un grupo' },
  'group.meeting_changed': { en: 'a change to a group meeting', es: 'un cambio en una reunión de grupo' },
  'group.meeting_cancelled': { en: 'a cancelled group meeting', es: 'una reunión de grupo cancelada' },
  'group.meeting_reminder': { en: 'a group meeting reminder', es: 'un recordatorio de reunión de grupo' },
  'group.agreement_changed': { en: 'a changed group agreement to read', es: 'un acuerdo de grupo modificado para leer' },
  'group.removed': { en: 'an update about a group', es: 'una novedad sobre un grupo' },
};

const TEXT = {
  en: {
    subject: (what: string) => `You have ${what} on Kindred`,
    greeting: 'Hello,',
    body: (what: string) => `You have ${what} on Kindred.`,
    open: 'Open Kindred to see it:',
    why: 'You get this email because you chose email for this kind of notification. You can change that here:',
  },
  es: {
    subject: (what: string) => `Tienes ${what} en Kindred`,
    greeting: 'Hola:',
    body: (what: string) => `Tienes ${what} en Kindred.`,
    open: 'Abre Kindred para verlo:',
    why: 'Recibes este correo porque elegiste el correo para este tipo de aviso. Puedes cambiarlo aquí:',
  },
} as const;

export function localeOf(value: string | null | undefined): Locale {
  return value === 'es' ? 'es' : 'en';
}

/** Plain text only; the link goes to the notification's page inside Kindred, which asks for sign-in. */
export function renderNotificationEmail(kind: NotificationKind, locale: Locale, links: { open: string; settings: string }): { subject: string; text: string } {
  const what = WHAT[kind][locale];
  const text = TEXT[locale];
  return {
    subject: text.subject(what),
    text: [text.greeting, '', text.body(what), '', text.open, links.open, '', '—', text.why, links.settings, ''].join('\n'),
  };
}
