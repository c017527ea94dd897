import { z } from 'zod';
import { isCountryCode } from '../vocabularies/intl-checks.js';

export const crisisLineInput = z.object({
  region: z.string().trim().min(1, { error: 'required' }).max(60),
  name: z.string().trim().min(1, { error: 'required' }).max(120),
  phone: z.string().trim().max(40).nullable().default(null),
  url: z.url({ protocol: /^https?$/, error: 'url_invalid' }).max(300).nullable().default(null),
  description: z.string().trim().max(500).default(''),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
  /** Where the line answers; empty for lines that serve everyone (findahelpline.com, for example). */
  countries: z.array(z.string().toUpperCase().refine(isCountryCode, { error: 'country_unknown' })).max(60).default([]),
});
export type CrisisLineInput = z.input<typeof crisisLineInput>;

export const crisisLineDto = z.object({
  id: z.string(),
  region: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  description: z.string(),
  sortOrder: z.number().int(),
  countries: z.array(z.string()),
});
export type CrisisLineDto = z.infer<typeof crisisLineDto>;
