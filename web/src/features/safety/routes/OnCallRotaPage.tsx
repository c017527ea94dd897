import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { ShiftForm } from '../components/ShiftForm.js';
import { ShiftList } from '../components/ShiftList.js';
import { useOnCallShifts } from '../queries.js';

/** Admins set who is on call: urgent alerts go to position 1 first, then down the rota, then to every admin. */
export function OnCallRotaPage() {
  const { t } = useTranslation();
  const listHeadingId = useId();
  const addHeadingId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const shifts = useOnCallShifts();
  return (
    <Page title={t('safety.rota.title')}>
      <StatusMessage message={status} />
      <p>{t('safety.rota.intro')}</p>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} tabIndex={-1}>
          {t('safety.rota.upcoming')}
        </h2>
        <QueryState query={shifts}>
          {(items) => <ShiftList shifts={items} announce={setStatus} onRemoved={() => document.getElementById(listHeadingId)?.focus()} />}
        </QueryState>
      </section>
      <section aria-labelledby={addHeadingId}>
        <h2 id={addHeadingId}>{t('safety.rota.addHeading')}</h2>
        <ShiftForm announce={setStatus} />
      </section>
    </Page>
  );
}
