import { useTranslation } from 'react-i18next';
import type { CrisisLineDto } from '../../../../../shared/contracts/crisis-lines.js';
import { CrisisLineDetails } from '../../crisis-lines/components/CrisisLineDetails.js';
import { fallbackLines } from '../../crisis-lines/components/fallback-lines.js';

/** The crisis lines that reach this person (tap to call); widely available ones if the program lists none for them. */
export function SupportLines({ lines }: { lines: readonly CrisisLineDto[] }) {
  const { t } = useTranslation();
  const shown = lines.length > 0 ? lines : fallbackLines(t);
  return (
    <ul className="plain-list support-lines">
      {shown.map((line) => (
        <li key={line.id} className="card">
          <CrisisLineDetails line={line} />
        </li>
      ))}
    </ul>
  );
}
