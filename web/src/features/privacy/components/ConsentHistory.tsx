import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRecordDto } from '../../../../../shared/contracts/privacy.js';
import { DateTime } from '../../../ui/DateTime.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';

/** Every agreement and withdrawal, as the server lists them. */
export function ConsentHistory({ history }: { history: ConsentRecordDto[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (history.length === 0) return <p>{t('consents.noHistory')}</p>;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('consents.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consents.what')}</th>
            <th scope="col">{t('consents.version')}</th>
            <th scope="col">{t('consents.agreedAt')}</th>
            <th scope="col">{t('consents.withdrawnAt')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((record) => (
            <tr key={`${record.kind}-${record.version}-${record.agreedAt}`}>
              <th scope="row">{t(`consents.kinds.${record.kind}.name`)}</th>
              <td>{record.version}</td>
              <td>
                <DateTime iso={record.agreedAt} />
              </td>
              <td>{record.withdrawnAt ? <DateTime iso={record.withdrawnAt} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
