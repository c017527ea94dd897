import type { ConcernDto } from '../../../shared/contracts/safety.js';
import type { PlatformContext } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import type { MessageScreen } from '../conversations/index.js';
import type { AlertsService } from './alerts.service.js';
import { assessmentsRepo } from './assessments.repo.js';
import { detectRisk, type RiskAssessment } from './detector/index.js';
import type { SupportCards } from './support-card.js';

/**
 * The safety pipeline for messages. Every message is assessed before it is stored. Words of concern
 * reach the author's supporter or the room's moderators; urgent words open an alert for whoever is on
 * call and, in rooms, wait for a moderator before others see them (in a one-to-one conversation they
 * still reach the supporter, who must act on them). The author sees a support card at once either way.
 */
export function createMessageSafety({ db, clock, realtime }: PlatformContext, deps: { alerts: AlertsService; supportCards: SupportCards }): MessageScreen {
  /** The assessment, its notices and (when urgent) the alert commit together: one write, nothing half-done. */
  async function record(assessment: RiskAssessment, text: string, source: { authorId: string; conversationId: string; messageId: string }, carers: string[]) {
    const at = clock.now().toISOString();
    const id = newId();
    const signals = assessment.signals.map(({ rule, category, evidence }) => ({ rule, category, evidence }));
    const alert = await db.transaction().execute(async (trx) => {
      await assessmentsRepo.insert(trx, {
        id, author_id: source.authorId, source_type: 'message', source_id: source.messageId, conversation_id: source.conversationId,
        level: assessment.level, signals: JSON.stringify(signals), rules_version: assessment.rulesVersion, lang: assessment.lang, excerpt: text, created_at: at,
      });
      await assessmentsRepo.insertNotices(trx, carers.map((recipient) => ({ id: newId(), assessment_id: id, recipient_id: recipient, seen_at: null, created_at: at })));
      if (assessment.level !== 'urgent') return null;
      return deps.alerts.openWithin(trx, { reason: 'urgent_message', memberId: source.authorId, conversationId: source.conversationId, messageId: source.messageId, assessmentId: id, note: null });
    });
    return { id, signals, at, alert };
  }

  return {
    async screen(text, context) {
      const assessment = detectRisk(text, context.locale);
      if (assessment.level === 'none') return { hold: false, afterStored: async () => null };
      const level = assessment.level;
      return {
        hold: level === 'urgent' && context.conversationKind === 'room',
        async afterStored(message) {
          const carers = await context.carers();
          const source = { authorId: context.authorId, conversationId: context.conversationId, messageId: message.id };
          const recorded = await record(assessment, text, source, carers);
          const concern: ConcernDto = {
            assessmentId: recorded.id, level, conversationId: context.conversationId, messageId: message.id, source: 'message',
            authorHandle: context.authorHandle, body: text, signals: recorded.signals, createdAt: recorded.at,
          };
          // Someone who may be in danger now comes first.
          if (recorded.alert) await deps.alerts.announceOpened(recorded.alert);
          for (const carer of carers) realtime.toUser(carer, 'safety:concern', concern);
          return deps.supportCards.build(context.authorId, level);
        },
      };
    },
  };
}
