import { z } from 'zod';
import { ROLES } from '../roles.js';
import { LOCALES } from '../locales.js';
import { phoneNumbersIn } from '../contact-details.js';

const HANDLE_CHARACTERS = /^[\p{L}\p{N}_.\- ]+$/u;

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

/** A pseudonym shown to others: it must not reveal contact details. */
export const handleSchema = z
  .string()
  .trim()
  .min(HANDLE_MIN, { error: 'handle_too_short' })
  .max(HANDLE_MAX, { error: 'handle_too_long' })
  .refine((value) => !value.includes('@'), { error: 'handle_contains_email' })
  .refine((value) => phoneNumbersIn(value).length === 0, { error: 'handle_contains_phone' })
  .refine((value) => HANDLE_CHARACTERS.test(value), { error: 'handle_characters' });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'email_invalid' })
  .pipe(z.email({ error: 'email_invalid' }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: 'password_too_short' })
  .max(PASSWORD_MAX, { error: 'password_too_long' });

export const localeSchema = z.enum(LOCALES);
export const roleSchema = z.enum(ROLES);

export const registerBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  handle: handleSchema,
  locale: localeSchema.optional(),
  acceptTerms: z.literal(true, { error: 'terms_required' }),
});
export type RegisterBody = z.input<typeof registerBody>;

export const signInBody = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'password_required' }).max(PASSWORD_MAX),
});
export type SignInBody = z.input<typeof signInBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, { error: 'password_required' }).max(PASSWORD_MAX),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordBody>;

export const preferencesBody = z.object({ locale: localeSchema });

export const meDto = z.object({
  id: z.string(),
  email: z.string(),
  handle: z.string(),
  locale: localeSchema,
  roles: z.array(roleSchema),
  createdAt: z.string(),
});
export type MeDto = z.infer<typeof meDto>;

export const sessionDto = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionDto = z.infer<typeof sessionDto>;

export const csrfDto = z.object({ csrfToken: z.string() });
