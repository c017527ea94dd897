import type { ConsentsDto } from '../../../shared/contracts/privacy.js';
import { CONSENT_KINDS, type ConsentKind, CURRENT_CONSENT_VERSIONS, REQUIRED_CONSENTS } from '../../../shared/consents.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { fieldError, HttpProblem, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { consentsRepo } from './consents.repo.js';

export type ConsentsService = ReturnType<typeof createConsentsService>;

export function createConsentsService({ db, clock }: PlatformContext) {
  async function state(executor: DbExecutor, userId: string): Promise<ConsentsDto> {
    const records = await consentsRepo.listForUser(executor, userId);
    return {
      consents: CONSENT_KINDS.map((kind) => {
        const latest = records.filter((record) => record.kind === kind).at(-1);
        const active = latest !== undefined && latest.withdrawn_at === null;
        return {
          kind,
          required: REQUIRED_CONSENTS.includes(kind),
          currentVersion: CURRENT_CONSENT_VERSIONS[kind],
          agreedVersion: latest?.version ?? null,
          agreedAt: latest?.agreed_at ?? null,
          withdrawnAt: latest?.withdrawn_at ?? null,
          active,
        };
      }),
      history: records.map((record) => ({
        kind: record.kind as ConsentKind,
        version: record.version,
        agreedAt: record.agreed_at,
        withdrawnAt: record.withdrawn_at,
      })),
    };
  }

  async function agree(executor: DbExecutor, userId: string, kind: ConsentKind, at: Date): Promise<void> {
    await consentsRepo.withdrawActive(executor, userId, kind, at.toISOString());
    await consentsRepo.insert(executor, {
      id: newId(),
      user_id: userId,
      kind,
      version: CURRENT_CONSENT_VERSIONS[kind],
      agreed_at: at.toISOString(),
      withdrawn_at: null,
    });
  }

  return {
    state: (actor: Actor) => state(db, actor.userId),

    /** Registration agrees to the terms and the privacy notice in the same transaction as the account. */
    async recordRequired(executor: DbExecutor, userId: string): Promise<void> {
      for (const kind of REQUIRED_CONSENTS) await agree(executor, userId, kind, clock.now());
    },

    agree: (actor: Actor, kind: ConsentKind, version: string, ip: string) =>
      db.transaction().execute(async (trx) => {
        if (version !== CURRENT_CONSENT_VERSIONS[kind]) {
          throw problems.invalidFields([fieldError('version', 'consent_version_outdated', 'This version is no longer current; reload to read the current text.')]);
        }
        await agree(trx, actor.userId, kind, clock.now());
        await recordAudit(trx, { action: 'consent.agreed', at: clock.now(), actorId: actor.userId, subjectType: 'consent', subjectId: kind, ip, details: { version } });
        return state(trx, actor.userId);
      }),

    withdraw: (actor: Actor, kind: ConsentKind, ip: string) =>
      db.transaction().execute(async (trx) => {
        if (REQUIRED_CONSENTS.includes(kind)) {
          throw new HttpProblem(409, 'consent_required', 'Using Kindred needs this consent; to withdraw it, delete your account.');
        }
        const withdrawn = await consentsRepo.withdrawActive(trx, actor.userId, kind, clock.now().toISOString());
        if (withdrawn > 0) {
          await recordAudit(trx, { action: 'consent.withdrawn', at: clock.now(), actorId: actor.userId, subjectType: 'consent', subjectId: kind, ip });
        }
        return state(trx, actor.userId);
      }),
  };
}
