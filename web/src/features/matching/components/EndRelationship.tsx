import { useTranslation } from 'react-i18next';
import { endRelationshipInput } from '../../../../../shared/contracts/matching.js';
import { ReasonConfirmButton } from '../../../ui/ReasonConfirmButton.js';

interface EndRelationshipProps {
  handle: string;
  onEnd: (reason: string) => void;
}

/** "End relationship with {handle}": asks first, and needs a reason, which the other person will read. */
export function EndRelationship({ handle, onEnd }: EndRelationshipProps) {
  const { t } = useTranslation();
  return (
    <ReasonConfirmButton
      schema={endRelationshipInput}
      onConfirm={onEnd}
      label={t('relationships.end', { handle })}
      question={t('relationships.endQuestion', { handle })}
      confirmLabel={t('relationships.endYes', { handle })}
      cancelLabel={t('relationships.endNo', { handle })}
      reasonLabel={t('relationships.reason')}
      reasonHint={t('relationships.reasonHint', { handle })}
      reasonRequired
      danger
    />
  );
}
