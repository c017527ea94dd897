import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkippedProposal } from '../intake-plan.js';

/** What happened after sending: where members see their proposals, and the ones that could not be sent and why. */
export function IntakeSent({ proposed, skipped }: { proposed: number; skipped: readonly SkippedProposal[] }) {
  const { t } = useTranslation();
  const skippedHeadingId = useId();
  return (
    <>
      {proposed > 0 && <p>{t('admin.intake.sentHint')}</p>}
      {skipped.length > 0 && (
        <section aria-labelledby={skippedHeadingId}>
          <h3 id={skippedHeadingId}>{t('admin.intake.skippedHeading')}</h3>
          <p>{t('admin.intake.skippedHint')}</p>
          <ul className="compact-list" aria-labelledby={skippedHeadingId}>
            {skipped.map((item) => (
              <li key={item.requestId}>
                {t('admin.intake.skippedItem', { member: item.memberHandle, reason: t(`admin.intake.skipReasons.${item.code}`) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
