import { z } from 'zod';
import { sessionDto, type ChangePasswordBody, type MeDto, type SessionDto } from '../../../../shared/contracts/accounts.js';
import type { Locale } from '../../../../shared/locales.js';
import { getJson, send, sendJson } from '../../lib/http.js';
import { userResponse } from '../auth/api.js';

const sessionsResponse = z.object({ sessions: z.array(sessionDto) });

export async function savePreferences(body: { locale: Locale }): Promise<MeDto> {
  return (await sendJson('PUT', '/api/me/preferences', userResponse, body)).user;
}

/** Other sessions are revoked; this browser stays signed in. */
export function changePassword(body: ChangePasswordBody): Promise<void> {
  return send('POST', '/api/me/password', body);
}

export async function listSessions(): Promise<SessionDto[]> {
  return (await getJson('/api/me/sessions', sessionsResponse)).sessions;
}

export function revokeSession(id: string): Promise<void> {
  return send('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`);
}
