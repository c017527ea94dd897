import { z } from 'zod';
import {
  moderationNoticeDto,
  myReportDto,
  queuedReportDto,
  type CreateReportInput,
  type ModerationNoticeDto,
  type MyReportDto,
  type QueuedReportDto,
  type decideAppealInput,
  type decideReportInput,
} from '../../../../shared/contracts/reports.js';
import { getJson, sendJson } from '../../lib/http.js';

export type QueueView = 'open' | 'appeals' | 'closed';
export type ReportDecision = z.output<typeof decideReportInput>;
export type AppealDecision = z.output<typeof decideAppealInput>;

const reportResponse = z.object({ report: myReportDto });
const reportsResponse = z.object({ reports: z.array(myReportDto) });
const noticesResponse = z.object({ notices: z.array(moderationNoticeDto) });
const noticeResponse = z.object({ notice: moderationNoticeDto });
const queueResponse = z.object({ reports: z.array(queuedReportDto) });
const queuedResponse = z.object({ report: queuedReportDto });

const queuedPath = (id: string) => `/api/moderation/reports/${encodeURIComponent(id)}`;

export async function createReport(input: CreateReportInput): Promise<MyReportDto> {
  return (await sendJson('POST', '/api/reports', reportResponse, input)).report;
}

export async function fetchMyReports(): Promise<MyReportDto[]> {
  return (await getJson('/api/me/reports', reportsResponse)).reports;
}

export async function fetchMyNotices(): Promise<ModerationNoticeDto[]> {
  return (await getJson('/api/me/moderation', noticesResponse)).notices;
}

export async function appealDecision(reportId: string, text: string): Promise<ModerationNoticeDto> {
  return (await sendJson('POST', `/api/me/moderation/${encodeURIComponent(reportId)}/appeal`, noticeResponse, { text })).notice;
}

export async function fetchQueue(view: QueueView): Promise<QueuedReportDto[]> {
  return (await getJson('/api/moderation/reports', queueResponse, { view })).reports;
}

export async function decideReport(id: string, decision: ReportDecision): Promise<QueuedReportDto> {
  return (await sendJson('POST', `${queuedPath(id)}/decision`, queuedResponse, decision)).report;
}

export async function decideAppeal(id: string, decision: AppealDecision): Promise<QueuedReportDto> {
  return (await sendJson('POST', `${queuedPath(id)}/appeal-decision`, queuedResponse, decision)).report;
}
