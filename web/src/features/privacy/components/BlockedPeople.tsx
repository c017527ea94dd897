import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDto } from '../../../../../shared/contracts/privacy.js';
import { problemText } from '../../../lib/error-text.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useBlocks, useUnblock } from '../queries.js';
import { BlockForm } from './BlockForm.js';
import { BlockList } from './BlockList.js';

/** The people someone has blocked, with Unblock buttons, and a form to block someone by handle. */
export function BlockedPeople() {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const blocks = useBlocks();
  const unblock = useUnblock();
  const [status, setStatus] = useState<string | null>(null);

  function handleUnblock(block: BlockDto) {
    if (unblock.isPending) return;
    setStatus(null);
    unblock.mutate(block.userId, {
      onSuccess: () => {
        setStatus(t('privacy.unblocked', { handle: block.handle }));
        heading.current?.focus();
      },
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('privacy.blocksHeading')}
      </h2>
      <p>{t('privacy.blocksIntro')}</p>
      <StatusMessage message={status} />
      {unblock.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, unblock.error)}
        </p>
      )}
      <QueryState query={blocks}>{(list) => <BlockList blocks={list} onUnblock={handleUnblock} />}</QueryState>
      <h3 id={formHeadingId}>{t('privacy.blockHeading')}</h3>
      <BlockForm onBlocked={(block) => setStatus(t('privacy.blocked', { handle: block.handle }))} />
    </section>
  );
}
