import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../../shared/contracts/admin.js';
import { DateTime } from '../../../ui/DateTime.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';

const NONE = '—';

function subject(entry: AuditEntryDto): string {
  return [entry.subjectType, entry.subjectId].filter(Boolean).join(' ') || NONE;
}

export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t } = useTranslation();
  const captionId = useId();

  if (entries.length === 0) return <p>{t('admin.audit.empty')}</p>;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('admin.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.time')}</th>
            <th scope="col">{t('admin.audit.action')}</th>
            <th scope="col">{t('admin.audit.actor')}</th>
            <th scope="col">{t('admin.audit.subject')}</th>
            <th scope="col">{t('admin.audit.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <DateTime iso={entry.at} />
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>{entry.actorHandle ?? entry.actorId ?? t('admin.audit.system')}</td>
              <td>{subject(entry)}</td>
              <td>{entry.ip ?? NONE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
