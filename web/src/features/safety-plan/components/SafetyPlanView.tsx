import { useTranslation } from 'react-i18next';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanContent } from '../../../../../shared/contracts/safety-plan.js';

interface SafetyPlanViewProps {
  plan: SafetyPlanContent;
  /** The level of each step's heading, so the plan fits under the page's or a card's own heading. */
  headingLevel: 2 | 3;
  /** Leave out steps with nothing in them (a short summary), instead of showing them as still to fill in (print). */
  skipEmpty?: boolean;
}

/** The plan, read-only, step by step in the member's own words. */
export function SafetyPlanView({ plan, headingLevel, skipEmpty = false }: SafetyPlanViewProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const sections = SAFETY_PLAN_SECTIONS.filter((section) => !skipEmpty || plan[section].length > 0);
  return (
    <div className="safety-plan">
      {sections.map((section) => (
        <section key={section} className="safety-plan-step">
          <Heading>{t(`safetyPlan.sections.${section}.title`)}</Heading>
          {plan[section].length === 0 ? (
            <p className="muted">{t('safetyPlan.emptyStep')}</p>
          ) : (
            <ul>
              {plan[section].map((item, index) => (
                <li key={`${index}-${item}`}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
