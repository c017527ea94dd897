import type { MeDto, SessionDto } from '../../../shared/contracts/accounts.js';
import type { Locale } from '../../../shared/locales.js';
import type { Role } from '../../../shared/roles.js';
import type { SessionRow } from '../../platform/auth/session-store.js';
import type { UserRow } from './accounts.repo.js';

export function presentMe(user: UserRow, roles: Role[]): MeDto {
  return {
    id: user.id,
    email: user.email,
    handle: user.handle,
    locale: user.locale as Locale,
    roles,
    createdAt: user.created_at,
  };
}

export function presentSession(session: SessionRow, currentSessionId: string): SessionDto {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    userAgent: session.userAgent,
    current: session.id === currentSessionId,
  };
}
