import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInDto } from '../../../../../shared/contracts/support.js';
import { canGiveFeedback, canMark, type Side } from '../check-in-forms.js';
import { focusSoon, handleOf, supportIds, type SupportView } from '../support-view.js';
import { CheckInTime } from './CheckInTime.js';
import { FeedbackForm } from './FeedbackForm.js';
import { OutcomeForm } from './OutcomeForm.js';
import { CheckInFacts } from './UpcomingCheckIns.js';

/** Meetings whose time has come: whether they happened, the member's mood check, and feedback. */
export function CheckInHistory({ view }: { view: SupportView }) {
  const { t } = useTranslation();
  const { history } = view.summary;
  return (
    <section aria-labelledby={supportIds.historyHeading}>
      <h2 id={supportIds.historyHeading} tabIndex={-1}>
        {t('support.history.heading')}
      </h2>
      <p>{t('support.history.intro')}</p>
      {history.length === 0 ? (
        <p className="muted">{t('support.history.none')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby={supportIds.historyHeading}>
          {history.map((checkIn) => (
            <HistoryItem key={checkIn.id} view={view} checkIn={checkIn} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HistoryItem({ view, checkIn }: { view: SupportView; checkIn: CheckInDto }) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  const headingId = supportIds.checkIn(checkIn.id);
  const correctId = `${headingId}-correct`;
  const side: Side | null = view.role === 'supervisor' ? null : view.role;
  const markable = side !== null && canMark(checkIn, view.role, new Date());
  const unmarked = checkIn.status === 'planned';
  const showForm = markable && (unmarked || correcting);
  const member = view.summary.member.handle;

  return (
    <li className="card support-check-in">
      <h3 id={headingId} tabIndex={-1}>
        <CheckInTime iso={checkIn.plannedAt} zone={view.zone} />
      </h3>
      <CheckInFacts checkIn={checkIn} />
      <p className="support-check-in-status">
        <strong>{t(`support.history.status.${checkIn.status}`)}</strong>
        {checkIn.markedBy && checkIn.status !== 'planned' && (
          <span className="muted"> · {checkIn.markedBy === view.role ? t('support.history.markedByYou') : t('support.history.markedBy', { handle: handleOf(view.summary, checkIn.markedBy) })}</span>
        )}
      </p>
      {checkIn.status === 'happened' && (
        <dl className="facts">
          {checkIn.mood !== null && (
            <>
              <dt>{view.role === 'member' ? t('support.history.yourMood') : t('support.history.theirMood', { handle: member })}</dt>
              <dd>{t(`support.moods.level${checkIn.mood}` as 'support.moods.level1')}</dd>
            </>
          )}
          {checkIn.moodWords && (
            <>
              <dt>{view.role === 'member' ? t('support.history.yourWords') : t('support.history.theirWords', { handle: member })}</dt>
              <dd className="story">{checkIn.moodWords}</dd>
            </>
          )}
          {checkIn.talkedAbout && (
            <>
              <dt>{t('support.history.talkedAbout')}</dt>
              <dd className="story">{checkIn.talkedAbout}</dd>
            </>
          )}
        </dl>
      )}
      {showForm && side ? (
        <OutcomeForm
          view={view}
          side={side}
          checkIn={checkIn}
          onCancel={correcting ? () => {
            setCorrecting(false);
            focusSoon(correctId);
          } : undefined}
          onSaved={(result) => {
            setCorrecting(false);
            view.announce(result.checkIn.status === 'happened' ? t('support.outcome.savedHappened') : t('support.outcome.savedMissed'));
            // The support card takes focus itself when worrying words bring it.
            if (result.supportCard) view.offerSupportCard(result.supportCard);
            else focusSoon(headingId);
          }}
        />
      ) : (
        markable && (
          <p>
            <button id={correctId} type="button" className="button-secondary button-small" aria-describedby={headingId} onClick={() => setCorrecting(true)}>
              {side === 'member' && checkIn.status === 'happened' && checkIn.mood === null ? t('support.history.addMood') : t('support.history.correct')}
            </button>
          </p>
        )
      )}
      {canGiveFeedback(checkIn, view.role) && !showForm && (
        <FeedbackForm
          view={view}
          checkInId={checkIn.id}
          headingLevel={4}
          onSent={() => {
            view.announce(t('support.feedbackForm.sentStatus'));
            focusSoon(headingId);
          }}
        />
      )}
      {view.role === 'member' && checkIn.feedbackGiven && <p className="muted">{t('support.feedbackForm.given')}</p>}
    </li>
  );
}
