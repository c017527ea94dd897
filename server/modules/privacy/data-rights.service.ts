import type { DeletionExplanationDto } from '../../../shared/contracts/privacy.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { AccountsService } from '../accounts/index.js';

export const EXPORT_FORMAT = 'kindred-export/1';

export type DataRightsService = ReturnType<typeof createDataRightsService>;

/** "Download my data" and "Delete my account", over every feature's registered share of a person's data. */
export function createDataRightsService({ db, clock, personalData }: PlatformContext, accounts: AccountsService) {
  async function subjectOf(actor: Actor) {
    const user = await accounts.me(actor);
    return { userId: user.id, email: user.email };
  }

  return {
    async export(actor: Actor, ip: string): Promise<Record<string, unknown>> {
      const subject = await subjectOf(actor);
      const sections: Record<string, unknown> = {};
      for (const section of personalData.sections()) sections[section.key] = await section.export(db, subject);
      await recordAudit(db, { action: 'data.exported', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: actor.userId, ip });
      return { format: EXPORT_FORMAT, exportedAt: clock.now().toISOString(), sections };
    },

    explanation(): DeletionExplanationDto {
      const sections = personalData.sections();
      return {
        erased: sections.filter((section) => !section.keptBecause).map((section) => section.key),
        kept: sections.flatMap((section) => (section.keptBecause ? [{ key: section.key, reason: section.keptBecause }] : [])),
      };
    },

    /** One transaction: either everything is erased or nothing is. The account row goes last. */
    async deleteAccount(actor: Actor, password: string, client: { ip: string; userAgent: string | null }): Promise<void> {
      await accounts.confirmPassword(actor, password, client, 'password');
      const subject = await subjectOf(actor);
      await db.transaction().execute(async (trx) => {
        for (const section of [...personalData.sections()].reverse()) await section.erase(trx, subject);
        await recordAudit(trx, { action: 'account.deleted', at: clock.now() });
      });
    },
  };
}
