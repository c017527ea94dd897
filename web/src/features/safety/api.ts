import { z } from 'zod';
import {
  concernDto,
  onCallShiftDto,
  onCallShiftInput,
  safetyAlertDto,
  supportCardDto,
  type ConcernDto,
  type OnCallShiftDto,
  type SafetyAlertDto,
  type SupportCardDto,
} from '../../../../shared/contracts/safety.js';
import { getJson, send, sendJson } from '../../lib/http.js';

export type AlertList = 'active' | 'resolved';

const cardResponse = z.object({ card: supportCardDto });
const talkNowResponse = z.object({ reachable: z.boolean() });
const concernsResponse = z.object({ concerns: z.array(concernDto) });
const alertsResponse = z.object({ alerts: z.array(safetyAlertDto) });
const alertResponse = z.object({ alert: safetyAlertDto });
const shiftsResponse = z.object({ shifts: z.array(onCallShiftDto) });
const shiftResponse = z.object({ shift: onCallShiftDto });

const alertPath = (id: string) => `/api/safety/alerts/${encodeURIComponent(id)}`;

/** Crisis lines that reach me, whether I have a safety plan, and whether someone on the team can be reached now. */
export async function fetchSupportCard(): Promise<SupportCardDto> {
  return (await getJson('/api/safety/support-card', cardResponse)).card;
}

/** "Talk to someone now": alerts whoever is on call. `reachable` says whether anyone on the team can be reached. */
export async function talkNow(note: string): Promise<boolean> {
  return (await sendJson('POST', '/api/safety/talk-now', talkNowResponse, { note })).reachable;
}

/** Words of concern from people in my care, as their supporter or a room's moderator. */
export async function fetchConcerns(): Promise<ConcernDto[]> {
  return (await getJson('/api/safety/concerns', concernsResponse)).concerns;
}

export async function fetchAlerts(status: AlertList): Promise<SafetyAlertDto[]> {
  return (await getJson('/api/safety/alerts', alertsResponse, { status })).alerts;
}

export async function acknowledgeAlert(id: string): Promise<SafetyAlertDto> {
  return (await sendJson('POST', `${alertPath(id)}/acknowledge`, alertResponse)).alert;
}

export async function recordAlertAction(id: string, note: string): Promise<SafetyAlertDto> {
  return (await sendJson('POST', `${alertPath(id)}/actions`, alertResponse, { note })).alert;
}

export async function resolveAlert(id: string, note: string): Promise<SafetyAlertDto> {
  return (await sendJson('POST', `${alertPath(id)}/resolve`, alertResponse, { note })).alert;
}

/** The on-call rota from now on, in order. */
export async function fetchOnCallShifts(): Promise<OnCallShiftDto[]> {
  return (await getJson('/api/safety/on-call', shiftsResponse)).shifts;
}

export type OnCallShiftInput = z.output<typeof onCallShiftInput>;

export async function addOnCallShift(input: OnCallShiftInput): Promise<OnCallShiftDto> {
  return (await sendJson('POST', '/api/admin/on-call', shiftResponse, input)).shift;
}

export function removeOnCallShift(id: string): Promise<void> {
  return send('DELETE', `/api/admin/on-call/${encodeURIComponent(id)}`);
}
