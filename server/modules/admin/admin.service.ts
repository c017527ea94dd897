import type { AuditEntryDto, UserSummaryDto } from '../../../shared/contracts/admin.js';
import type { Role } from '../../../shared/roles.js';
import type { Actor } from '../../platform/auth/actor.js';
import { rolesRepo } from '../../platform/auth/roles.repo.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { HttpProblem, problems } from '../../platform/errors.js';
import { adminRepo, type AuditFilters } from './admin.repo.js';
import { roleRevocationBlocker } from './admin.policy.js';
import { presentAuditEntry, presentUserSummary } from './admin.presenter.js';

const BLOCKER_MESSAGES: Record<string, string> = {
  member_role_permanent: 'Every account keeps the member role.',
  last_admin: 'This is the last admin; grant the admin role to someone else first.',
};

/** Which filters were used, never their values: a filter can name a person who may later be erased. */
function usedFilters(query: AuditFilters): string[] {
  return (['action', 'actorId', 'subjectId', 'from', 'to', 'before'] as const).filter((key) => query[key] !== undefined);
}

export type AdminService = ReturnType<typeof createAdminService>;

export function createAdminService({ db, clock }: PlatformContext) {
  async function summary(executor: DbExecutor, userId: string): Promise<UserSummaryDto> {
    const user = await adminRepo.findUser(executor, userId);
    if (!user) throw problems.notFound('user');
    const roles = await rolesRepo.byUser(executor, [userId]);
    return presentUserSummary(user, roles.get(userId) ?? []);
  }

  return {
    async listUsers(actor: Actor, search: string | undefined, limit: number, ip: string): Promise<UserSummaryDto[]> {
      const users = await adminRepo.listUsers(db, search, limit);
      const roles = await rolesRepo.byUser(db, users.map((user) => user.id));
      await recordAudit(db, { action: 'admin.users_viewed', at: clock.now(), actorId: actor.userId, ip, details: { searched: Boolean(search), count: users.length } });
      return users.map((user) => presentUserSummary(user, roles.get(user.id) ?? []));
    },

    grantRole: (actor: Actor, userId: string, role: Role, ip: string) =>
      db.transaction().execute(async (trx) => {
        const before = await summary(trx, userId);
        if (!before.roles.includes(role)) {
          await rolesRepo.add(trx, userId, role, actor.userId, clock.now().toISOString());
          await recordAudit(trx, { action: 'role.granted', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { role } });
        }
        return summary(trx, userId);
      }),

    revokeRole: (actor: Actor, userId: string, role: Role, ip: string) =>
      db.transaction().execute(async (trx) => {
        const before = await summary(trx, userId);
        if (!before.roles.includes(role)) return before;
        const blocker = roleRevocationBlocker(role, await rolesRepo.count(trx, role));
        if (blocker) throw new HttpProblem(409, blocker, BLOCKER_MESSAGES[blocker] ?? blocker);
        await rolesRepo.remove(trx, userId, role);
        await recordAudit(trx, { action: 'role.revoked', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { role } });
        return summary(trx, userId);
      }),

    async listAudit(actor: Actor, query: AuditFilters, ip: string): Promise<{ entries: AuditEntryDto[]; nextBefore: string | null }> {
      const rows = await adminRepo.listAudit(db, query);
      const page = rows.slice(0, query.limit);
      await recordAudit(db, { action: 'admin.audit_viewed', at: clock.now(), actorId: actor.userId, ip, details: { filters: usedFilters(query) } });
      return {
        entries: page.map(presentAuditEntry),
        nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
  };
}

