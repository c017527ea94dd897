import { useTranslation } from 'react-i18next';
import type { CheckInPlanDto } from '../../../../../shared/contracts/support.js';
import { CheckInTime } from './CheckInTime.js';

/** The first few meetings a plan gives, on the reader's own wall clock. */
export function PlanPreview({ plan, zone, headingId }: { plan: CheckInPlanDto; zone: string; headingId: string }) {
  const { t } = useTranslation();
  if (plan.preview.length === 0) return null;
  return (
    <>
      <p id={headingId}>{t('support.pendingPlan.previewIntro', { zone })}</p>
      <ul aria-labelledby={headingId}>
        {plan.preview.map((iso) => (
          <li key={iso}>
            <CheckInTime iso={iso} zone={zone} />
          </li>
        ))}
      </ul>
    </>
  );
}
