import type { SupporterApplicationDto, SupporterSettingsInput, SupporterSummaryDto } from '../../../shared/contracts/profiles.js';
import type { SupporterStatus } from '../../../shared/vocabularies/profile-values.js';
import type { Actor } from '../../platform/auth/actor.js';
import { rolesRepo } from '../../platform/auth/roles.repo.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { HttpProblem, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { AccountsService } from '../accounts/index.js';
import { DEFAULT_CAPACITY, type SupporterProfile } from './profile.model.js';
import { profilesRepo } from './profiles.repo.js';
import { presentApplication, presentSupporterSummary } from './supporters.presenter.js';
import { applicationsRepo } from './supporters.repo.js';
import type { TopicsService } from './topics.service.js';

type Settings = Required<{ [K in keyof SupporterSettingsInput]: Exclude<SupporterSettingsInput[K], undefined> }>;


/** A supporter may pause and resume themselves only once trained; other changes of status are for admins. */
function statusAfterPauseRequest(current: SupporterStatus, paused: boolean): SupporterStatus {
  if ((current === 'paused') === paused) return current;
  if (current === 'active' || current === 'paused') return paused ? 'paused' : 'active';
  throw problems.stateConflict('training_incomplete', 'You can pause or resume once your training is complete.');
}

export type SupportersService = ReturnType<typeof createSupportersService>;

export function createSupportersService({ db, clock }: PlatformContext, deps: { accounts: AccountsService; topics: TopicsService }) {
  async function handleOf(executor: DbExecutor, userId: string): Promise<string> {
    return (await deps.accounts.identity(executor, userId))?.handle ?? '';
  }

  async function requireSupporter(executor: DbExecutor, userId: string): Promise<SupporterProfile> {
    const supporter = await profilesRepo.findSupporter(executor, userId);
    if (!supporter) throw problems.notFound('supporter');
    return supporter;
  }

  async function pendingApplication(executor: DbExecutor, id: string) {
    const application = await applicationsRepo.find(executor, id);
    if (!application) throw problems.notFound('application');
    if (application.status !== 'pending') throw problems.stateConflict('application_decided', 'This application has already been decided.');
    return application;
  }

  return {
    async updateSettings(actor: Actor, input: Settings): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const current = await profilesRepo.findSupporter(trx, actor.userId);
        if (!current) throw new HttpProblem(403, 'not_a_supporter', 'Apply to become a peer supporter first.');
        await deps.topics.assertKnown(trx, 'supportTopics', input.supportTopics);
        await profilesRepo.saveSupporter(trx, actor.userId, {
          ...current,
          story: input.story,
          storyVisibility: input.storyVisibility,
          supportTopics: input.supportTopics,
          capacity: input.capacity,
          acceptingNew: input.acceptingNew,
          status: statusAfterPauseRequest(current.status, input.paused),
        }, clock.now().toISOString());
      });
    },

    async latestApplication(actor: Actor): Promise<SupporterApplicationDto | null> {
      const row = await applicationsRepo.latestFor(db, actor.userId);
      return row ? presentApplication(row, actor.handle) : null;
    },

    apply: (actor: Actor, input: { story: string; motivation: string; supportTopics: string[] }, ip: string) =>
      db.transaction().execute(async (trx) => {
        if (await profilesRepo.findSupporter(trx, actor.userId)) throw problems.stateConflict('already_supporter', 'You are already a peer supporter.');
        if ((await applicationsRepo.latestFor(trx, actor.userId))?.status === 'pending') {
          throw problems.stateConflict('application_pending', 'Your application is waiting for a decision.');
        }
        await deps.topics.assertKnown(trx, 'supportTopics', input.supportTopics);
        const row = {
          id: newId(),
          user_id: actor.userId,
          story: input.story,
          motivation: input.motivation,
          support_topics: JSON.stringify(input.supportTopics),
          status: 'pending',
          submitted_at: clock.now().toISOString(),
          decided_at: null,
          decided_by: null,
          decision_note: null,
        };
        await applicationsRepo.insert(trx, row);
        await recordAudit(trx, { action: 'supporter_application.submitted', at: clock.now(), actorId: actor.userId, subjectType: 'supporter_application', subjectId: row.id, ip });
        return presentApplication(row, actor.handle);
      }),

    async listApplications(admin: Actor, status: string, ip: string): Promise<SupporterApplicationDto[]> {
      const rows = await applicationsRepo.listByStatus(db, status);
      await recordAudit(db, { action: 'admin.applications_viewed', at: clock.now(), actorId: admin.userId, ip, details: { status, count: rows.length } });
      return rows.map((row) => presentApplication(row, row.handle));
    },

    /** Approval makes the applicant a supporter in training, with the story and topics they applied with. */
    decide: (admin: Actor, id: string, approve: boolean, note: string | null, ip: string) =>
      db.transaction().execute(async (trx) => {
        const application = await pendingApplication(trx, id);
        const now = clock.now().toISOString();
        await applicationsRepo.decide(trx, id, { status: approve ? 'approved' : 'declined', decided_at: now, decided_by: admin.userId, decision_note: note });
        if (approve) {
          await rolesRepo.add(trx, application.user_id, 'supporter', admin.userId, now);
          await profilesRepo.saveSupporter(trx, application.user_id, {
            story: application.story,
            storyVisibility: 'only_me',
            supportTopics: JSON.parse(application.support_topics),
            capacity: DEFAULT_CAPACITY,
            status: 'in_training',
            acceptingNew: true,
            trainingCompletedAt: null,
          }, now);
        }
        await recordAudit(trx, {
          action: approve ? 'supporter_application.approved' : 'supporter_application.declined',
          at: clock.now(), actorId: admin.userId, subjectType: 'user', subjectId: application.user_id, ip,
        });
        const decided = await applicationsRepo.find(trx, id);
        return presentApplication(decided!, await handleOf(trx, application.user_id));
      }),

    async listSupporters(): Promise<SupporterSummaryDto[]> {
      return (await profilesRepo.listSupporters(db)).map((row) => presentSupporterSummary(row.userId, row.handle, row));
    },

    completeTraining: (admin: Actor, userId: string, ip: string) =>
      db.transaction().execute(async (trx) => {
        const supporter = await requireSupporter(trx, userId);
        const now = clock.now().toISOString();
        const updated: SupporterProfile = {
          ...supporter,
          trainingCompletedAt: supporter.trainingCompletedAt ?? now,
          status: supporter.status === 'in_training' || supporter.status === 'applicant' ? 'active' : supporter.status,
        };
        await profilesRepo.saveSupporter(trx, userId, updated, now);
        await recordAudit(trx, { action: 'supporter.training_completed', at: clock.now(), actorId: admin.userId, subjectType: 'user', subjectId: userId, ip });
        return presentSupporterSummary(userId, await handleOf(trx, userId), updated);
      }),

    setStatus: (admin: Actor, userId: string, status: SupporterStatus, ip: string) =>
      db.transaction().execute(async (trx) => {
        const supporter = await requireSupporter(trx, userId);
        if ((status === 'active' || status === 'paused') && !supporter.trainingCompletedAt) {
          throw problems.stateConflict('training_incomplete', 'Mark training complete first.');
        }
        const updated = { ...supporter, status };
        await profilesRepo.saveSupporter(trx, userId, updated, clock.now().toISOString());
        await recordAudit(trx, { action: 'supporter.status_changed', at: clock.now(), actorId: admin.userId, subjectType: 'user', subjectId: userId, ip, details: { from: supporter.status, to: status } });
        return presentSupporterSummary(userId, await handleOf(trx, userId), updated);
      }),
  };
}
