import type { AuditQuery } from '../../../shared/contracts/admin.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { containsText } from '../../platform/db/like.js';

export interface AuditFilters extends Omit<AuditQuery, 'limit'> {
  limit: number;
}

export const adminRepo = {
  async listUsers(db: DbExecutor, search: string | undefined, limit: number) {
    let query = db.selectFrom('users').select(['id', 'email', 'handle', 'created_at']).orderBy('created_at', 'desc').limit(limit);
    if (search) {
      query = query.where((eb) => eb.or([containsText(eb.ref('email'), search), containsText(eb.ref('handle_key'), search)]));
    }
    return query.execute();
  },

  findUser(db: DbExecutor, id: string) {
    return db.selectFrom('users').select(['id', 'email', 'handle', 'created_at']).where('id', '=', id).executeTakeFirst();
  },


  listAudit(db: DbExecutor, filters: AuditFilters) {
    let query = db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select([
        'audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.actor_id', 'audit_log.subject_type',
        'audit_log.subject_id', 'audit_log.ip', 'audit_log.details', 'users.handle as actor_handle',
      ])
      .orderBy('audit_log.id', 'desc')
      .limit(filters.limit + 1);
    if (filters.action) query = query.where((eb) => containsText(eb.ref('audit_log.action'), filters.action!));
    if (filters.actorId) query = query.where('audit_log.actor_id', '=', filters.actorId);
    if (filters.subjectId) query = query.where('audit_log.subject_id', '=', filters.subjectId);
    if (filters.from) query = query.where('audit_log.at', '>=', new Date(filters.from).toISOString());
    if (filters.to) query = query.where('audit_log.at', '<=', new Date(filters.to).toISOString());
    if (filters.before) query = query.where('audit_log.id', '<', filters.before);
    return query.execute();
  },
};
