import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  ownProfileDto,
  supporterApplicationDto,
  supporterSummaryDto,
  type OwnProfileDto,
  type SupporterApplicationDto,
  type SupporterApplicationInput,
  type SupporterSettingsInput,
  type SupporterSummaryDto,
} from '../../../../shared/contracts/profiles.js';
import type { SupporterStatus } from '../../../../shared/vocabularies/profile-values.js';
import { getJson, sendJson } from '../../lib/http.js';

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type Decision = 'approve' | 'decline';

const profileResponse = z.object({ profile: ownProfileDto });
const applicationResponse = z.object({ application: supporterApplicationDto });
const myApplicationResponse = z.object({ application: supporterApplicationDto.nullable() });
const applicationsResponse = z.object({ applications: z.array(supporterApplicationDto) });
const supportersResponse = z.object({ supporters: z.array(supporterSummaryDto) });
const supporterResponse = z.object({ supporter: supporterSummaryDto });

export async function saveSupporterSettings(input: SupporterSettingsInput): Promise<OwnProfileDto> {
  return (await sendJson('PUT', '/api/me/supporter-profile', profileResponse, input)).profile;
}

/** The person's latest application, or null when they never applied. */
export async function fetchMyApplication(): Promise<SupporterApplicationDto | null> {
  return (await getJson('/api/me/supporter-application', myApplicationResponse)).application;
}

export async function submitApplication(input: SupporterApplicationInput): Promise<SupporterApplicationDto> {
  return (await sendJson('POST', '/api/me/supporter-application', applicationResponse, input)).application;
}

export async function listApplications(status: ApplicationStatus): Promise<SupporterApplicationDto[]> {
  return (await getJson('/api/admin/supporter-applications', applicationsResponse, { status })).applications;
}

export async function decideApplication(id: string, decision: Decision, note: string | null): Promise<SupporterApplicationDto> {
  const path = `/api/admin/supporter-applications/${encodeURIComponent(id)}/${decision}`;
  return (await sendJson('POST', path, applicationResponse, { note })).application;
}

export async function listSupporters(): Promise<SupporterSummaryDto[]> {
  return (await getJson('/api/admin/supporters', supportersResponse)).supporters;
}

export async function markTrainingComplete(userId: string): Promise<SupporterSummaryDto> {
  const path = `/api/admin/supporters/${encodeURIComponent(userId)}/training-complete`;
  return (await sendJson('POST', path, supporterResponse)).supporter;
}

export async function setSupporterStatus(userId: string, status: SupporterStatus): Promise<SupporterSummaryDto> {
  const path = `/api/admin/supporters/${encodeURIComponent(userId)}/status`;
  return (await sendJson('PUT', path, supporterResponse, { status })).supporter;
}
