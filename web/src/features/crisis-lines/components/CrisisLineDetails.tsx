import { useTranslation } from 'react-i18next';
import type { CrisisLineDto } from '../../../../../shared/contracts/crisis-lines.js';

type LineContent = Pick<CrisisLineDto, 'name' | 'region' | 'phone' | 'url' | 'description'>;

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** A crisis line's name, region, phone (tap to call), website and description. */
export function CrisisLineDetails({ line }: { line: LineContent }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{line.name}</h3>
      <p className="muted">{line.region}</p>
      {(line.phone || line.url) && (
        <p className="line-contacts">
          {line.phone && (
            <a className="call-link" href={telHref(line.phone)}>
              {t('help.call', { phone: line.phone })}
            </a>
          )}
          {line.url && isWebAddress(line.url) && <a href={line.url}>{displayUrl(line.url)}</a>}
        </p>
      )}
      {line.description && <p>{line.description}</p>}
    </>
  );
}
