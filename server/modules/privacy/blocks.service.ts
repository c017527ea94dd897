import type { BlockDto } from '../../../shared/contracts/privacy.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import type { AccountsService } from '../accounts/index.js';
import { blocksRepo } from './blocks.repo.js';

export type BlocksService = ReturnType<typeof createBlocksService>;

export function createBlocksService({ db, clock }: PlatformContext, accounts: AccountsService) {
  const present = (row: { blocked_id: string; handle: string; created_at: string }): BlockDto => ({
    userId: row.blocked_id,
    handle: row.handle,
    blockedAt: row.created_at,
  });

  return {
    /** Whether the first person has blocked the second; other features consult this before showing or delivering anything. */
    hasBlocked: (blockerId: string, blockedId: string, executor: DbExecutor = db) => blocksRepo.hasBlocked(executor, blockerId, blockedId),

    blockedEitherWay: (userId: string, executor: DbExecutor = db) => blocksRepo.eitherWay(executor, userId),

    async list(actor: Actor): Promise<BlockDto[]> {
      return (await blocksRepo.listByBlocker(db, actor.userId)).map(present);
    },

    block: (actor: Actor, handle: string) =>
      db.transaction().execute(async (trx) => {
        const target = await accounts.identityByHandle(trx, handle);
        if (!target) throw problems.invalidFields([fieldError('handle', 'user_not_found', 'Nobody uses this handle.')]);
        if (target.id === actor.userId) throw problems.invalidFields([fieldError('handle', 'block_self', 'You cannot block yourself.')]);
        const at = clock.now().toISOString();
        await blocksRepo.add(trx, actor.userId, target.id, at);
        return present({ blocked_id: target.id, handle: target.handle, created_at: at });
      }),

    async unblock(actor: Actor, userId: string): Promise<void> {
      if (!(await blocksRepo.remove(db, actor.userId, userId))) throw problems.notFound('block');
    },
  };
}
