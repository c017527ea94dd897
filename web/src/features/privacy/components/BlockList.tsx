import { useTranslation } from 'react-i18next';
import type { BlockDto } from '../../../../../shared/contracts/privacy.js';
import { DateTime } from '../../../ui/DateTime.js';

interface BlockListProps {
  blocks: BlockDto[];
  onUnblock: (block: BlockDto) => void;
}

export function BlockList({ blocks, onUnblock }: BlockListProps) {
  const { t } = useTranslation();
  if (blocks.length === 0) return <p>{t('privacy.noBlocks')}</p>;
  return (
    <ul className="plain-list">
      {blocks.map((block) => (
        <li key={block.userId} className="card list-row">
          <span>
            <strong>{block.handle}</strong>{' · '}
            <span className="muted">
              {t('privacy.blockedOn')} <DateTime iso={block.blockedAt} />
            </span>
          </span>
          <button type="button" className="button-secondary button-small" onClick={() => onUnblock(block)}>
            {t('privacy.unblock', { handle: block.handle })}
          </button>
        </li>
      ))}
    </ul>
  );
}
