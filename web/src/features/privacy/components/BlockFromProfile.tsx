import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../../lib/error-text.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useBlock } from '../queries.js';

/** "Block {handle}" on someone's profile, confirmed first. */
export function BlockFromProfile({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const block = useBlock();
  const [blocked, setBlocked] = useState(false);
  const manageLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (blocked) manageLink.current?.focus();
  }, [blocked]);

  return (
    <div className="block-action">
      <StatusMessage message={blocked ? t('publicProfile.blocked', { handle }) : null} />
      {block.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, block.error)}
        </p>
      )}
      {blocked ? (
        <p>
          <Link ref={manageLink} to="/privacy">
            {t('publicProfile.manageBlocks')}
          </Link>
        </p>
      ) : (
        <ConfirmButton
          label={t('publicProfile.block', { handle })}
          question={t('publicProfile.blockQuestion', { handle })}
          confirmLabel={t('publicProfile.blockYes', { handle })}
          cancelLabel={t('publicProfile.blockCancel')}
          danger
          onConfirm={() => {
            if (!block.isPending) block.mutate({ handle }, { onSuccess: () => setBlocked(true) });
          }}
        />
      )}
    </div>
  );
}
