import type { ConcernDto, SupportCardDto, TextSource } from '../../../shared/contracts/safety.js';
import type { PlatformContext } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import type { AlertsService } from './alerts.service.js';
import { assessmentsRepo } from './assessments.repo.js';
import { detectRisk } from './detector/index.js';
import type { SupportCards } from './support-card.js';

export interface WrittenText {
  authorId: string;
  /** The member the words are about: the author, or the member a supporter wrote a note about; null for a group meeting's note. */
  memberId: string | null;
  source: Exclude<TextSource, 'message'>;
  sourceId: string;
  text: string;
  locale: string;
  /** Who should hear of words of concern: the member's supporters, or a note's author's supervisors. */
  carers: string[];
}

export interface TextScreenResult {
  level: 'none' | 'concern' | 'urgent';
  /** Crisis lines and the way to a person, for a member who wrote worrying words about themselves. */
  supportCard: SupportCardDto | null;
}

/**
 * The safety pipeline for words written outside a conversation: goals, check-ins, session and group meeting notes.
 * Called after the words are stored. Nothing is held (nobody else reads them in a shared space), but
 * concern reaches the carers and urgent words open an alert about the member, exactly as in chat.
 */
export function createTextSafety({ db, clock, realtime }: PlatformContext, deps: { alerts: AlertsService; supportCards: SupportCards }) {
  return {
    async screen(written: WrittenText): Promise<TextScreenResult> {
      const assessment = detectRisk(written.text, written.locale);
      if (assessment.level === 'none') return { level: 'none', supportCard: null };
      const level = assessment.level;
      const at = clock.now().toISOString();
      const id = newId();
      const signals = assessment.signals.map(({ rule, category, evidence }) => ({ rule, category, evidence }));
      const carers = written.carers.filter((carer) => carer !== written.authorId);
      const opened = await db.transaction().execute(async (trx) => {
        await assessmentsRepo.insert(trx, {
          id, author_id: written.authorId, source_type: written.source, source_id: written.sourceId, conversation_id: null,
          level, signals: JSON.stringify(signals), rules_version: assessment.rulesVersion, lang: assessment.lang, excerpt: written.text, created_at: at,
        });
        await assessmentsRepo.insertNotices(trx, carers.map((recipient) => ({ id: newId(), assessment_id: id, recipient_id: recipient, seen_at: null, created_at: at })));
        if (level !== 'urgent') return null;
        return deps.alerts.openWithin(trx, { reason: 'urgent_text', memberId: written.memberId, conversationId: null, messageId: null, assessmentId: id, note: null });
      });
      if (opened) await deps.alerts.announceOpened(opened);
      const authorHandle = (await db.selectFrom('users').select('handle').where('id', '=', written.authorId).executeTakeFirst())?.handle ?? null;
      const concern: ConcernDto = {
        assessmentId: id, level, conversationId: null, messageId: written.sourceId, source: written.source, authorHandle, body: written.text, signals, createdAt: at,
      };
      for (const carer of carers) realtime.toUser(carer, 'safety:concern', concern);
      const supportCard = written.authorId === written.memberId ? await deps.supportCards.build(written.authorId, level) : null;
      return { level, supportCard };
    },
  };
}

export type TextSafety = ReturnType<typeof createTextSafety>;
