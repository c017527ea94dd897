import { useTranslation } from 'react-i18next';
import type { GoalUpdateDto } from '../../../../../shared/contracts/goals.js';
import { DateTime } from '../../../ui/DateTime.js';

/** Progress updates, oldest first, each saying who wrote it. */
export function GoalUpdates({ updates, viewerId, headingId }: { updates: readonly GoalUpdateDto[]; viewerId: string | undefined; headingId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h4 id={headingId}>{t('goals.updates.heading')}</h4>
      {updates.length === 0 ? (
        <p className="muted">{t('goals.updates.none')}</p>
      ) : (
        <ul className="goal-updates" aria-labelledby={headingId}>
          {updates.map((update) => (
            <li key={update.id}>
              <p className="muted">
                {update.author === null
                  ? t('goals.updates.byFormer')
                  : update.author.id === viewerId
                    ? t('goals.updates.byYou')
                    : t('goals.updates.by', { handle: update.author.handle })}{' '}
                · <DateTime iso={update.createdAt} />
              </p>
              <p className="story">{update.note}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
