import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTER_STATUSES, type SupporterStatus } from '../../../../../shared/vocabularies/profile-values.js';
import { DateTime } from '../../../ui/DateTime.js';
import type { SupporterSummaryDto } from '../../../../../shared/contracts/profiles.js';

interface SupporterRowProps {
  supporter: SupporterSummaryDto;
  onMarkTraining: (supporter: SupporterSummaryDto) => void;
  onSetStatus: (supporter: SupporterSummaryDto, status: SupporterStatus) => void;
}

function isStatus(value: string): value is SupporterStatus {
  return SUPPORTER_STATUSES.some((status) => status === value);
}

/** A supporter's status, capacity and training, with "Mark training complete" and a status change. */
export function SupporterRow({ supporter, onMarkTraining, onSetStatus }: SupporterRowProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [status, setStatus] = useState<SupporterStatus>(supporter.status);
  const handle = supporter.handle;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSetStatus(supporter, status);
  }

  return (
    <tr>
      <th scope="row">{handle}</th>
      <td>{t(`supporterStatuses.${supporter.status}`)}</td>
      <td>{supporter.capacity}</td>
      <td>{supporter.acceptingNew ? t('admin.supporters.yes') : t('admin.supporters.no')}</td>
      <td>
        {supporter.trainingCompletedAt ? (
          <DateTime iso={supporter.trainingCompletedAt} />
        ) : (
          <button type="button" className="button-small" aria-label={t('admin.supporters.markTrainingLabel', { handle })} onClick={() => onMarkTraining(supporter)}>
            {t('admin.supporters.markTraining')}
          </button>
        )}
      </td>
      <td>
        <form className="row-form" onSubmit={handleSubmit}>
          <label htmlFor={selectId} className="visually-hidden">
            {t('admin.supporters.statusFor', { handle })}
          </label>
          <select id={selectId} value={status} onChange={(event) => isStatus(event.target.value) && setStatus(event.target.value)}>
            {SUPPORTER_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`supporterStatuses.${option}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary button-small" aria-label={t('admin.supporters.changeStatusLabel', { handle })}>
            {t('admin.supporters.changeStatus')}
          </button>
        </form>
      </td>
    </tr>
  );
}
