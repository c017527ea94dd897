import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupporterStatus } from '../../../../../shared/vocabularies/profile-values.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import type { SupporterSummaryDto } from '../../../../../shared/contracts/profiles.js';
import { SupporterRow } from './SupporterRow.js';

interface SupportersTableProps {
  supporters: SupporterSummaryDto[];
  onMarkTraining: (supporter: SupporterSummaryDto) => void;
  onSetStatus: (supporter: SupporterSummaryDto, status: SupporterStatus) => void;
}

export function SupportersTable({ supporters, ...actions }: SupportersTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  if (supporters.length === 0) return <p>{t('admin.supporters.empty')}</p>;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('admin.supporters.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.supporters.handle')}</th>
            <th scope="col">{t('admin.supporters.status')}</th>
            <th scope="col">{t('admin.supporters.capacity')}</th>
            <th scope="col">{t('admin.supporters.acceptingNew')}</th>
            <th scope="col">{t('admin.supporters.training')}</th>
            <th scope="col">{t('admin.supporters.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {supporters.map((supporter) => (
            <SupporterRow key={`${supporter.userId}-${supporter.status}`} supporter={supporter} {...actions} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
