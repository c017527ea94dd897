import { type SafetyPlanContent, safetyPlanContent, type SafetyPlanDto, type SafetyPlanShareDto, type SharedWithMeDto } from '../../../shared/contracts/safety-plan.js';
import type { LiveShareRow } from './safety-plan.repo.js';

const EMPTY_PLAN: SafetyPlanContent = safetyPlanContent.parse({});

/** Stored content is parsed again on the way out, so only the plan's own lists ever leave the server. */
export function presentPlan(row: { content: string; updated_at: string } | undefined): SafetyPlanDto {
  if (!row) return { ...EMPTY_PLAN, updatedAt: null };
  const content = safetyPlanContent.parse(JSON.parse(row.content));
  return {
    warningSigns: content.warningSigns,
    copingOnMyOwn: content.copingOnMyOwn,
    distractions: content.distractions,
    peopleToAsk: content.peopleToAsk,
    professionals: content.professionals,
    saferSurroundings: content.saferSurroundings,
    reasonsForLiving: content.reasonsForLiving,
    updatedAt: row.updated_at,
  };
}

export function presentShare(row: LiveShareRow): SafetyPlanShareDto {
  return { supporterId: row.personId, handle: row.handle, grantedAt: row.granted_at };
}

export function presentSharedWithMe(row: LiveShareRow): SharedWithMeDto {
  return { memberId: row.personId, handle: row.handle, grantedAt: row.granted_at };
}
