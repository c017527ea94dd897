import { z } from 'zod';
import {
  mySafetyPlanDto,
  safetyPlanDto,
  safetyPlanShareDto,
  sharedSafetyPlanDto,
  sharedWithMeDto,
  type MySafetyPlanDto,
  type SafetyPlanContent,
  type SafetyPlanDto,
  type SafetyPlanShareDto,
  type SharedSafetyPlanDto,
  type SharedWithMeDto,
} from '../../../../shared/contracts/safety-plan.js';
import { getJson, send, sendJson } from '../../lib/http.js';

const planResponse = z.object({ plan: safetyPlanDto });
const shareResponse = z.object({ share: safetyPlanShareDto });
const sharedWithMeResponse = z.object({ plans: z.array(sharedWithMeDto) });

export function fetchMySafetyPlan(): Promise<MySafetyPlanDto> {
  return getJson('/api/me/safety-plan', mySafetyPlanDto);
}

export async function saveSafetyPlan(content: SafetyPlanContent): Promise<SafetyPlanDto> {
  return (await sendJson('PUT', '/api/me/safety-plan', planResponse, content)).plan;
}

export async function shareSafetyPlan(supporterId: string): Promise<SafetyPlanShareDto> {
  return (await sendJson('POST', '/api/me/safety-plan/shares', shareResponse, { supporterId })).share;
}

export function stopSharingSafetyPlan(supporterId: string): Promise<void> {
  return send('DELETE', `/api/me/safety-plan/shares/${encodeURIComponent(supporterId)}`);
}

export async function fetchPlansSharedWithMe(): Promise<SharedWithMeDto[]> {
  return (await getJson('/api/safety-plans/shared-with-me', sharedWithMeResponse)).plans;
}

export function fetchSharedSafetyPlan(memberId: string): Promise<SharedSafetyPlanDto> {
  return getJson(`/api/safety-plans/${encodeURIComponent(memberId)}`, sharedSafetyPlanDto);
}
