import type { FeedbackTrendDto } from '../../../shared/contracts/support.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { problems } from '../../platform/errors.js';
import { checkInsRepo } from './check-ins.repo.js';
import { supportRepo } from './support.repo.js';

/** Fewer answers than this in a month are not shown, so no single member's answer can be read off a trend. */
export const MINIMUM_ANSWERS_SHOWN = 3;

type Answer = Awaited<ReturnType<typeof checkInsRepo.feedbackFor>>[number];

export function trendOf(supporterId: string, supporterHandle: string, answers: Answer[]): FeedbackTrendDto {
  const byMonth = new Map<string, Answer[]>();
  for (const answer of answers) byMonth.set(answer.created_at.slice(0, 7), [...(byMonth.get(answer.created_at.slice(0, 7)) ?? []), answer]);
  const mean = (rows: Answer[], pick: (row: Answer) => number) => Math.round((rows.reduce((sum, row) => sum + pick(row), 0) / rows.length) * 10) / 10;
  const shown = [...byMonth.entries()].filter(([, rows]) => rows.length >= MINIMUM_ANSWERS_SHOWN);
  return {
    supporterId,
    supporterHandle,
    minimumAnswers: MINIMUM_ANSWERS_SHOWN,
    months: shown.map(([month, rows]) => ({
      month,
      answers: rows.length,
      feltHeard: mean(rows, (row) => row.felt_heard),
      workedOnWhatIWanted: mean(rows, (row) => row.worked_on_what_i_wanted),
      wayWeTalkedSuitedMe: mean(rows, (row) => row.way_we_talked_suited_me),
      overall: mean(rows, (row) => row.overall),
    })),
    answersNotShown: answers.length - shown.reduce((sum, [, rows]) => sum + rows.length, 0),
  };
}

/** Supporters see their own trend; supervisors see it for the supporters they look after (audited). */
export function createFeedbackService({ db, clock }: PlatformContext) {
  async function trendFor(supporterId: string): Promise<FeedbackTrendDto> {
    const supporter = await supportRepo.userBasics(db, supporterId);
    if (!supporter) throw problems.notFound('supporter');
    return trendOf(supporterId, supporter.handle, await checkInsRepo.feedbackFor(db, supporterId));
  }

  return {
    mine: (actor: Actor) => trendFor(actor.userId),

    async forSupporter(actor: Actor, supporterId: string, ip: string | null): Promise<FeedbackTrendDto> {
      if (!(await supportRepo.supervises(db, actor.userId, supporterId))) throw problems.notFound('supporter');
      await recordAudit(db, { action: 'feedback_trend.read', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: supporterId, ip });
      return trendFor(supporterId);
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
