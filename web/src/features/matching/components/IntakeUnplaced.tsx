import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePlanDto } from '../../../../../shared/contracts/matching.js';

/** The people no supporter with room could take, who can still choose from their own suggestions. */
export function IntakeUnplaced({ unplaced }: { unplaced: IntakePlanDto['unplaced'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (unplaced.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.intake.unplacedHeading')}</h2>
      <p>{t('admin.intake.unplacedHint')}</p>
      <ul className="compact-list" aria-labelledby={headingId}>
        {unplaced.map((person) => (
          <li key={person.requestId}>{person.memberHandle}</li>
        ))}
      </ul>
    </section>
  );
}
