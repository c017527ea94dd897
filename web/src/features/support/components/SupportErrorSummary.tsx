import { useTranslation } from 'react-i18next';
import type { FormErrorState } from '../../../lib/form-errors.js';
import { ErrorSummary, type SummaryFields } from '../../../ui/ErrorSummary.js';
import { supportProblemText } from '../support-problems.js';

/**
 * A form's error summary with this feature's own words for a failed request that is not about fields
 * ("you have already given feedback"), instead of the app's general message.
 */
export function SupportErrorSummary({ errors, fields }: { errors: FormErrorState; fields: SummaryFields }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorSummary errors={{ ...errors, problem: null }} fields={fields} />
      {errors.problem !== null && (
        <p role="alert" className="notice notice-error">
          {supportProblemText(t, errors.problem)}
        </p>
      )}
    </>
  );
}
