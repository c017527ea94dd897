import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalChangeDto } from '../../../../../shared/contracts/goals.js';
import type { SupportCardDto } from '../../../../../shared/contracts/safety.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useCurrentUser } from '../../auth/queries.js';
import { ChatSupportCard } from '../../safety/components/ChatSupportCard.js';
import { GoalCard } from '../components/GoalCard.js';
import { GoalsSharedWithMe } from '../components/GoalsSharedWithMe.js';
import { NewGoalForm } from '../components/NewGoalForm.js';
import { focusSoon, goalIds } from '../focus.js';
import { splitGoals } from '../goal-form.js';
import { useMyGoals } from '../queries.js';

/** The member's own recovery goals: set new ones, work on active ones, and look back on history. */
export function GoalsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const newHeadingId = useId();
  const activeHeadingId = useId();
  const historyHeadingId = useId();
  const goals = useMyGoals();
  const [message, setMessage] = useState<string | null>(null);
  // Counted, so the same card offered again still appears afresh and takes focus.
  const [supportCard, setSupportCard] = useState<{ card: SupportCardDto; offer: number } | null>(null);

  /** Every change is announced; worrying words also bring the private support card, which takes focus. */
  function changed(text: string, result?: GoalChangeDto) {
    setMessage(text);
    const card = result?.supportCard;
    if (card) setSupportCard((previous) => ({ card, offer: (previous?.offer ?? 0) + 1 }));
  }

  return (
    <Page title={t('goals.title')}>
      <p className="lead">{t('goals.intro')}</p>
      <p>{t('goals.privacyNote')}</p>
      <StatusMessage message={message} />
      {supportCard && <ChatSupportCard key={supportCard.offer} card={supportCard.card} onDismiss={() => setSupportCard(null)} />}
      <QueryState query={goals}>
        {(list) => {
          const { active, history } = splitGoals(list.goals);
          const card = (goal: (typeof active)[number]) => <GoalCard key={goal.id} goal={goal} viewerId={me?.id} onChanged={changed} />;
          return (
            <>
              <section aria-labelledby={activeHeadingId}>
                <h2 id={activeHeadingId}>{t('goals.activeHeading')}</h2>
                {active.length === 0 ? <p className="muted">{t('goals.noActive')}</p> : <ul className="plain-list">{active.map(card)}</ul>}
              </section>
              <section aria-labelledby={newHeadingId} className="card">
                <h2 id={newHeadingId}>{t('goals.newHeading')}</h2>
                <NewGoalForm
                  onCreated={(result) => {
                    changed(t('goals.createdStatus', { title: result.goal.title }), result);
                    focusSoon(goalIds.heading(result.goal.id));
                  }}
                />
              </section>
              <section aria-labelledby={historyHeadingId}>
                <h2 id={historyHeadingId}>{t('goals.historyHeading')}</h2>
                <p>{t('goals.historyIntro')}</p>
                {history.length === 0 ? <p className="muted">{t('goals.noHistory')}</p> : <ul className="plain-list">{history.map(card)}</ul>}
              </section>
            </>
          );
        }}
      </QueryState>
      <GoalsSharedWithMe />
    </Page>
  );
}
