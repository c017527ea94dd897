import type { z } from 'zod';
import type { createReportInput, decideAppealInput, decideReportInput, ModerationNoticeDto, MyReportDto, QueuedReportDto } from '../../../shared/contracts/reports.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { addMinutes } from '../../platform/clock.js';
import type { PlatformContext } from '../../platform/context.js';
import { afterCommit } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { AccountsService } from '../accounts/index.js';
import type { ConversationsService } from '../conversations/index.js';
import { presentMyReport, presentNotice, presentQueued } from './reports.presenter.js';
import { reportsRepo } from './reports.repo.js';
import { sanctionsRepo } from './sanctions.repo.js';

export type ReportsService = ReturnType<typeof createReportsService>;

/**
 * Reports close the loop: the reporter learns the outcome, the person reported learns the decision and
 * may appeal once, and every step is audited. The reporter is never named to the person reported.
 * Each change is announced once committed, with no payload: the safety team's queue, the reporter's list
 * and the notices of the person concerned fetch what they may see afresh.
 */
export function createReportsService({ db, clock, sessions, realtime }: PlatformContext, deps: { conversations: ConversationsService; accounts: AccountsService }) {
  function announce(changed: { reporterId?: string | null; reportedUserId?: string | null }): () => void {
    return () => {
      realtime.toSafetyTeam('moderation:queue-changed');
      if (changed.reporterId) realtime.toUser(changed.reporterId, 'moderation:my-reports-changed');
      if (changed.reportedUserId) realtime.toUser(changed.reportedUserId, 'moderation:notices-changed');
    };
  }

  async function subjectOf(actor: Actor, input: z.output<typeof createReportInput>) {
    if (input.subjectType === 'message') {
      const message = await deps.conversations.reportable(actor, input.conversationId!, input.messageId!);
      if (message.authorId === actor.userId) throw problems.invalidFields([fieldError('messageId', 'report_self', 'You cannot report your own message.')]);
      return { reportedUserId: message.authorId, excerpt: message.body, conversationId: input.conversationId!, messageId: input.messageId! };
    }
    if (input.userId === actor.userId) throw problems.invalidFields([fieldError('userId', 'report_self', 'You cannot report yourself.')]);
    if (!(await deps.accounts.identityById(db, input.userId!))) throw problems.invalidFields([fieldError('userId', 'user_not_found', 'This person was not found.')]);
    return { reportedUserId: input.userId!, excerpt: null, conversationId: null, messageId: null };
  }

  return {
    async create(actor: Actor, input: z.output<typeof createReportInput>): Promise<MyReportDto> {
      const subject = await subjectOf(actor, input);
      const id = newId();
      await afterCommit(db, async (trx) => {
        await reportsRepo.insert(trx, {
          id, reporter_id: actor.userId, subject_type: input.subjectType, message_id: subject.messageId, conversation_id: subject.conversationId,
          reported_user_id: subject.reportedUserId, reason: input.reason, details: input.details, excerpt: subject.excerpt, status: 'open',
          outcome: null, decided_by: null, decided_at: null, decision_note: null, appeal_text: null, appealed_at: null, appeal_outcome: null,
          appeal_decided_by: null, appeal_decided_at: null, appeal_note: null, created_at: clock.now().toISOString(),
        });
        // The reporter's other open tabs list it too; the person reported hears nothing until a decision.
        return { result: undefined, announce: announce({ reporterId: actor.userId }) };
      });
      return presentMyReport((await reportsRepo.find(db, id))!);
    },

    async mine(actor: Actor): Promise<MyReportDto[]> {
      return (await reportsRepo.byReporter(db, actor.userId)).map(presentMyReport);
    },

    async noticesForMe(actor: Actor): Promise<ModerationNoticeDto[]> {
      const rows = await reportsRepo.decisionsAbout(db, actor.userId);
      const notices: ModerationNoticeDto[] = [];
      for (const row of rows) {
        const sanction = row.outcome === 'suspended' ? await sanctionsRepo.forReport(db, row.id) : undefined;
        notices.push(presentNotice(row, sanction && !sanction.lifted_at ? (sanction.ends_at ?? 'indefinite') : null));
      }
      return notices;
    },

    async queue(actor: Actor, view: 'open' | 'appeals' | 'closed', ip: string): Promise<QueuedReportDto[]> {
      const rows = await reportsRepo.queue(db, view);
      const prior = await reportsRepo.priorCounts(db, [...new Set(rows.flatMap((row) => (row.reported_user_id ? [row.reported_user_id] : [])))]);
      if (rows.length > 0) await recordAudit(db, { action: 'report.queue_viewed', at: clock.now(), actorId: actor.userId, subjectType: 'report', ip, details: { view, reportIds: rows.map((r) => r.id) } });
      return rows.map((row) => presentQueued(row, row.reported_user_id ? prior.get(row.reported_user_id) ?? 0 : 0));
    },

    async decide(actor: Actor, id: string, decision: z.output<typeof decideReportInput>, ip: string): Promise<QueuedReportDto> {
      const report = await reportsRepo.find(db, id);
      if (!report) throw problems.notFound('report');
      if (decision.outcome === 'hidden' && !report.message_id) throw problems.invalidFields([fieldError('outcome', 'hide_needs_message', 'Only a reported message can be hidden.')]);
      if ((decision.outcome === 'warned' || decision.outcome === 'suspended') && !report.reported_user_id) {
        throw problems.invalidFields([fieldError('outcome', 'person_gone', 'The person reported no longer has an account.')]);
      }
      const now = clock.now();
      await afterCommit(db, async (trx) => {
        if (!(await reportsRepo.transition(trx, id, 'open', { status: 'closed', outcome: decision.outcome, decided_by: actor.userId, decided_at: now.toISOString(), decision_note: decision.note }))) {
          throw problems.stateConflict('report_decided', 'Someone has already decided this report.');
        }
        if (decision.outcome === 'warned' || decision.outcome === 'suspended') {
          await sanctionsRepo.insert(trx, {
            id: newId(), user_id: report.reported_user_id!, kind: decision.outcome === 'warned' ? 'warning' : 'suspension', reason: decision.note, report_id: id,
            ends_at: decision.outcome === 'suspended' && decision.suspendDays ? addMinutes(now, decision.suspendDays * 24 * 60).toISOString() : null,
            lifted_at: null, created_by: actor.userId, created_at: now.toISOString(),
          });
        }
        await recordAudit(trx, { action: `report.${decision.outcome}`, at: now, actorId: actor.userId, subjectType: 'report', subjectId: id, ip, details: { reportedUserId: report.reported_user_id } });
        // A dismissal is never shown to the person reported, so they are not told anything changed.
        return { result: undefined, announce: announce({ reporterId: report.reporter_id, reportedUserId: decision.outcome === 'dismissed' ? null : report.reported_user_id }) };
      });
      if (decision.outcome === 'hidden') await deps.conversations.moderateByStaff(report.message_id!, { hide: { by: actor.userId, reason: decision.note } });
      // A suspension starts now: open sockets close, so shared spaces stop reaching them at once.
      if (decision.outcome === 'suspended') await sessions.revokeAll(db, report.reported_user_id!);
      return presentQueued((await reportsRepo.find(db, id))!, 0);
    },

    /** One appeal per decision, by the person it was about. */
    async appeal(actor: Actor, id: string, text: string): Promise<ModerationNoticeDto> {
      const report = await reportsRepo.find(db, id);
      if (!report || report.reported_user_id !== actor.userId || report.status !== 'closed' || report.outcome === 'dismissed') throw problems.notFound('decision');
      if (report.appealed_at) throw problems.stateConflict('already_appealed', 'You have already appealed this decision.');
      if (!(await reportsRepo.recordAppeal(db, id, text, clock.now().toISOString()))) throw problems.stateConflict('already_appealed', 'You have already appealed this decision.');
      // The reporter is not told of an appeal, only of its result.
      announce({ reportedUserId: actor.userId })();
      const updated = (await reportsRepo.find(db, id))!;
      const sanction = updated.outcome === 'suspended' ? await sanctionsRepo.forReport(db, id) : undefined;
      return presentNotice(updated, sanction && !sanction.lifted_at ? (sanction.ends_at ?? 'indefinite') : null);
    },

    /** Overturning restores a hidden message and lifts the warning or suspension. */
    async decideAppeal(actor: Actor, id: string, decision: z.output<typeof decideAppealInput>, ip: string): Promise<QueuedReportDto> {
      const report = await reportsRepo.find(db, id);
      if (!report) throw problems.notFound('report');
      const now = clock.now().toISOString();
      await afterCommit(db, async (trx) => {
        if (!(await reportsRepo.transition(trx, id, 'appealed', { appeal_outcome: decision.outcome, appeal_decided_by: actor.userId, appeal_decided_at: now, appeal_note: decision.note }))) {
          throw problems.stateConflict('no_open_appeal', 'There is no appeal waiting on this report.');
        }
        if (decision.outcome === 'overturned') await sanctionsRepo.liftForReport(trx, id, now);
        await recordAudit(trx, { action: `report.appeal_${decision.outcome}`, at: clock.now(), actorId: actor.userId, subjectType: 'report', subjectId: id, ip });
        return { result: undefined, announce: announce({ reporterId: report.reporter_id, reportedUserId: report.reported_user_id }) };
      });
      if (decision.outcome === 'overturned' && report.outcome === 'hidden' && report.message_id) await deps.conversations.moderateByStaff(report.message_id, 'restore');
      return presentQueued((await reportsRepo.find(db, id))!, 0);
    },
  };
}
