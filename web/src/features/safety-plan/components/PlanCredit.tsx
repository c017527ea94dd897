import { useTranslation } from 'react-i18next';

/** The steps follow the Stanley-Brown Safety Planning Intervention; the words are ours, and the plan is not care. */
export function PlanCredit() {
  const { t } = useTranslation();
  return <p className="muted safety-plan-credit">{t('safetyPlan.credit')}</p>;
}
