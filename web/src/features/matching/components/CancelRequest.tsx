import { useTranslation } from 'react-i18next';
import type { SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { useCancelRequest } from '../queries.js';

/** "Cancel my request", confirmed first. */
export function CancelRequest({ request, onCancelled }: { request: SupportRequestDto; onCancelled: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelRequest();

  function handleConfirm() {
    if (cancel.isPending) return;
    // Once cancelled the page shows the form instead, so wait for the answer rather than use callbacks.
    cancel.mutateAsync(request.id).then(onCancelled, () => undefined);
  }

  return (
    <div className="actions">
      {cancel.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, cancel.error)}
        </p>
      )}
      <ConfirmButton
        label={t('support.cancel.label')}
        question={t('support.cancel.question')}
        confirmLabel={t('support.cancel.yes')}
        cancelLabel={t('support.cancel.no')}
        danger
        onConfirm={handleConfirm}
      />
    </div>
  );
}
