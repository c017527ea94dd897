import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnCallShiftDto } from '../../../../../shared/contracts/safety.js';
import { problemText } from '../../../lib/error-text.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import { useRemoveOnCallShift } from '../queries.js';

interface ShiftListProps {
  shifts: OnCallShiftDto[];
  announce: (message: string) => void;
  /** Where focus goes once a removed shift's row (and its button) is gone. */
  onRemoved: () => void;
}

/** Upcoming shifts in order, each removable after an "are you sure?". */
export function ShiftList({ shifts, announce, onRemoved }: ShiftListProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const remove = useRemoveOnCallShift();

  if (shifts.length === 0) return <p>{t('safety.rota.empty')}</p>;
  return (
    <>
      {remove.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, remove.error)}
        </p>
      )}
      <ScrollRegion labelledBy={captionId}>
        <table>
          <caption id={captionId}>{t('safety.rota.upcoming')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('safety.rota.supervisor')}</th>
              <th scope="col">{t('safety.rota.startsAt')}</th>
              <th scope="col">{t('safety.rota.endsAt')}</th>
              <th scope="col">{t('safety.rota.position')}</th>
              <th scope="col">{t('safety.rota.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((shift) => (
              <tr key={shift.id}>
                <th scope="row">{shift.handle}</th>
                <td>
                  <DateTime iso={shift.startsAt} />
                </td>
                <td>
                  <DateTime iso={shift.endsAt} />
                </td>
                <td>{shift.position}</td>
                <td>
                  <ConfirmButton
                    label={t('safety.rota.remove', { handle: shift.handle })}
                    question={t('safety.rota.removeQuestion', { handle: shift.handle })}
                    confirmLabel={t('safety.rota.removeYes')}
                    cancelLabel={t('safety.rota.removeNo')}
                    danger
                    onConfirm={() =>
                      remove.mutate(shift.id, {
                        onSuccess: () => {
                          announce(t('safety.rota.removed', { handle: shift.handle }));
                          onRemoved();
                        },
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
