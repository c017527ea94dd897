import { z } from 'zod';
import { CONSENT_KINDS } from '../consents.js';
import { PASSWORD_MAX } from './accounts.js';

export const consentKindSchema = z.enum(CONSENT_KINDS);

export const consentStateDto = z.object({
  kind: consentKindSchema,
  required: z.boolean(),
  currentVersion: z.string(),
  agreedVersion: z.string().nullable(),
  agreedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  active: z.boolean(),
});
export type ConsentStateDto = z.infer<typeof consentStateDto>;

export const consentRecordDto = z.object({
  kind: consentKindSchema,
  version: z.string(),
  agreedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type ConsentRecordDto = z.infer<typeof consentRecordDto>;

export const consentsDto = z.object({ consents: z.array(consentStateDto), history: z.array(consentRecordDto) });
export type ConsentsDto = z.infer<typeof consentsDto>;

export const agreeInput = z.object({ version: z.string().min(1).max(40) });

export const blockInput = z.object({ handle: z.string().trim().min(1, { error: 'required' }).max(60) });
export const blockDto = z.object({ userId: z.string(), handle: z.string(), blockedAt: z.string() });
export type BlockDto = z.infer<typeof blockDto>;

export const deletionExplanationDto = z.object({
  erased: z.array(z.string()),
  kept: z.array(z.object({ key: z.string(), reason: z.string() })),
});
export type DeletionExplanationDto = z.infer<typeof deletionExplanationDto>;

export const deleteAccountInput = z.object({
  password: z.string().min(1, { error: 'password_required' }).max(PASSWORD_MAX),
  confirm: z.literal('DELETE', { error: 'confirm_delete' }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountInput>;
