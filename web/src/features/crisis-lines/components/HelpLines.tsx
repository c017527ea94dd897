import { useTranslation } from 'react-i18next';
import { useCrisisLines } from '../queries.js';
import { CrisisLineDetails } from './CrisisLineDetails.js';
import { fallbackLines } from './fallback-lines.js';

/** The program's crisis lines; until they load, or if they can't, widely available ones instead. */
export function HelpLines() {
  const { t } = useTranslation();
  const lines = useCrisisLines();
  const shown = lines.data?.length ? lines.data : fallbackLines(t);

  return (
    <>
      {lines.isError && <p className="notice">{t('help.loadFailed')}</p>}
      <ul className="plain-list">
        {shown.map((line) => (
          <li key={line.id} className="card">
            <CrisisLineDetails line={line} />
          </li>
        ))}
      </ul>
    </>
  );
}
