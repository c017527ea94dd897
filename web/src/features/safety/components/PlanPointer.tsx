import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Points to the person's own safety plan, or invites them to write one when they feel ready. */
export function PlanPointer({ hasSafetyPlan }: { hasSafetyPlan: boolean }) {
  const { t } = useTranslation();
  return hasSafetyPlan ? (
    <p>
      {t('safety.card.planHave')} <Link to="/safety-plan">{t('safety.card.planOpen')}</Link>
    </p>
  ) : (
    <p>
      {t('safety.card.planInvite')} <Link to="/safety-plan">{t('safety.card.planMake')}</Link>
    </p>
  );
}
