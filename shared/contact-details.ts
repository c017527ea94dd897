/**
 * Finds contact details that would move a conversation off the platform. Used to hold a supporter's
 * message in a one-to-one conversation (peer programs learned that boundaries keep both people safe),
 * and to keep phone numbers out of public handles.
 */
export type ContactKind = 'phone' | 'email' | 'social';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const SPELLED_EMAIL = /\b[\p{L}\p{N}._-]+\s*[([]?\s*(at|arroba)\s*[)\]]?\s*[\p{L}\p{N}-]+\s*[([]?\s*(dot|punto)\s*[)\]]?\s*(com|net|org|es|io|me|co|uk|mx)\b/iu;
const NUMBER_RUN = /\+?\d[\d\s().-]{4,}\d/g;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const AT_HANDLE = /(^|[\s(])@[A-Za-z0-9_.]{3,}/;
const SOCIAL_LINK = /\b(instagram\.com|facebook\.com|fb\.me|tiktok\.com|twitter\.com|x\.com|snapchat\.com|t\.me|wa\.me|discord\.gg|discord\.com\/users|signal\.me)\b/i;
const PLATFORM = /\b(insta(gram)?|ig|snap(chat)?|whats(\s?app)?|wa|telegram|signal|discord|tik\s?tok|twitter|facebook|fb|kik|wechat|line)\b/i;
const INVITATION = /\b(add|find|follow|text|dm|message|msg|reach|contact|hit)\s+me\b|\bmy\s+(user(name)?|handle|id|account|insta(gram)?|snap(chat)?|whats\s?app|telegram|signal|discord)\b|\b(agr[eé]game|escr[ií]beme|b[uú]scame|s[ií]gueme|mi\s+(usuario|cuenta|insta|whats))\b/i;

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Seven or more digits in one run reads as a phone number; dates do not. */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER_RUN)]
    .map((match) => match[0].trim())
    .filter((run) => digitsOf(run).length >= 7 && !ISO_DATE.test(run));
}

export function findContactDetails(text: string, options: { allowedNumbers?: readonly string[] } = {}): ContactKind[] {
  const allowed = new Set((options.allowedNumbers ?? []).map(digitsOf));
  const kinds: ContactKind[] = [];
  if (phoneNumbersIn(text).some((run) => !allowed.has(digitsOf(run)))) kinds.push('phone');
  if (EMAIL.test(text) || SPELLED_EMAIL.test(text)) kinds.push('email');
  if (SOCIAL_LINK.test(text) || (AT_HANDLE.test(text) && !EMAIL.test(text)) || (PLATFORM.test(text) && INVITATION.test(text))) kinds.push('social');
  return kinds;
}
