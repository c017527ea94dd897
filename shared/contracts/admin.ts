import { z } from 'zod';
import { roleSchema } from './accounts.js';

export const userSummaryDto = z.object({
  id: z.string(),
  email: z.string(),
  handle: z.string(),
  roles: z.array(roleSchema),
  createdAt: z.string(),
});
export type UserSummaryDto = z.infer<typeof userSummaryDto>;

export const userListQuery = z.object({
  search: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const auditEntryDto = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorHandle: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryDto = z.infer<typeof auditEntryDto>;

export const auditQuery = z.object({
  action: z.string().trim().max(100).optional(),
  actorId: z.string().max(64).optional(),
  subjectId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof auditQuery>;
