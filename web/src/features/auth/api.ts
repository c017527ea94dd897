import { z } from 'zod';
import { meDto, type MeDto, type RegisterBody, type SignInBody } from '../../../../shared/contracts/accounts.js';
import { ApiError, getJson, send, sendJson } from '../../lib/http.js';

export const userResponse = z.object({ user: meDto });

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<MeDto | null> {
  try {
    return (await getJson('/api/me', userResponse)).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(body: SignInBody): Promise<MeDto> {
  return (await sendJson('POST', '/api/auth/sign-in', userResponse, body)).user;
}

/** The sign-up body; `acceptTerms` is sent as ticked or not, and the server insists on true. */
export type RegisterRequest = Omit<RegisterBody, 'acceptTerms'> & { acceptTerms: boolean };

export async function register(body: RegisterRequest): Promise<MeDto> {
  return (await sendJson('POST', '/api/auth/register', userResponse, body)).user;
}

export function signOut(): Promise<void> {
  return send('POST', '/api/auth/sign-out');
}

export function signOutEverywhere(): Promise<void> {
  return send('POST', '/api/auth/sign-out-everywhere');
}
