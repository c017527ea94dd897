import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { CalendarFeed } from '../api.js';
import { useCalendarFeed, useCreateCalendarFeed, useTurnOffCalendarFeed } from '../queries.js';
import { supportProblemText } from '../support-problems.js';
import '../support.css';

/**
 * A private calendar link with every check-in, for the person's own calendar app. The link holds a
 * secret the server keeps only hashed, so it is shown once, right after it is made; a new one stops the old.
 */
export function CalendarSettingsPage() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Page title={t('support.calendar.title')}>
      <p className="lead">{t('support.calendar.intro')}</p>
      <StatusMessage message={message} />
      <QueryState query={feed}>{(status) => <CalendarFeedSettings status={status} announce={setMessage} />}</QueryState>
      <HowToAdd />
      <p>
        <Link to="/relationships">{t('support.calendar.backToRelationships')}</Link>
      </p>
    </Page>
  );
}

function CalendarFeedSettings({ status, announce }: { status: CalendarFeed; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const create = useCreateCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();
  // The link exists only in the answer that made it: kept here while the page is open, never stored.
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const failure = create.error ?? turnOff.error;

  function makeLink() {
    if (create.isPending) return;
    create.mutate(undefined, {
      onSuccess: (made) => {
        setNewUrl(made.url ?? null);
        announce(status.active ? t('support.calendar.replacedStatus') : t('support.calendar.madeStatus'));
      },
    });
  }

  function stop() {
    if (turnOff.isPending) return;
    turnOff.mutate(undefined, {
      onSuccess: () => {
        setNewUrl(null);
        announce(t('support.calendar.offStatus'));
        statusHeading.current?.focus();
      },
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={statusHeading} tabIndex={-1}>
        {t('support.calendar.statusHeading')}
      </h2>
      {status.active ? (
        <p>
          {t('support.calendar.on')}{' '}
          {status.createdAt && (
            <>
              {t('support.calendar.madeOn')} <DateTime iso={status.createdAt} />
            </>
          )}
        </p>
      ) : (
        <p>{t('support.calendar.off')}</p>
      )}
      {failure && (
        <p role="alert" className="notice notice-error">
          {supportProblemText(t, failure)}
        </p>
      )}
      {newUrl && <NewLink url={newUrl} announce={announce} />}
      <div className="actions">
        {status.active ? (
          <ConfirmButton
            key={status.createdAt ?? 'none'}
            label={t('support.calendar.makeNew')}
            question={t('support.calendar.makeNewQuestion')}
            confirmLabel={t('support.calendar.makeNewYes')}
            cancelLabel={t('support.calendar.makeNewNo')}
            onConfirm={makeLink}
          />
        ) : (
          <button type="button" onClick={makeLink}>
            {t('support.calendar.make')}
          </button>
        )}
        {status.active && (
          <ConfirmButton
            label={t('support.calendar.turnOff')}
            question={t('support.calendar.turnOffQuestion')}
            confirmLabel={t('support.calendar.turnOffYes')}
            cancelLabel={t('support.calendar.turnOffNo')}
            onConfirm={stop}
            danger
          />
        )}
      </div>
    </section>
  );
}

/** The new link in a read-only field (focused and selected, so it can be copied at once) with a Copy button. */
function NewLink({ url, announce }: { url: string; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const noteId = `${id}-note`;
  const field = useRef<HTMLInputElement>(null);
  const [copyFailed, setCopyFailed] = useState(false);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyFailed(false);
      announce(t('support.calendar.copied'));
    } catch {
      setCopyFailed(true);
      field.current?.focus();
      field.current?.select();
    }
  }

  return (
    <div className="card support-calendar-link">
      <div className="field">
        <label htmlFor={id}>{t('support.calendar.linkLabel')}</label>
        <p id={noteId} className="field-hint">
          {t('support.calendar.privateNote')}
        </p>
        <input ref={field} id={id} type="text" readOnly value={url} aria-describedby={noteId} onFocus={(event) => event.target.select()} />
      </div>
      <button type="button" onClick={() => void copy()}>
        {t('support.calendar.copy')}
      </button>
      {copyFailed && (
        <p role="alert" className="notice notice-error">
          {t('support.calendar.copyFailed')}
        </p>
      )}
    </div>
  );
}

function HowToAdd() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('support.calendar.howHeading')}</h2>
      <ol>
        <li>{t('support.calendar.how.copy')}</li>
        <li>{t('support.calendar.how.open')}</li>
        <li>{t('support.calendar.how.paste')}</li>
        <li>{t('support.calendar.how.wait')}</li>
      </ol>
      <p>{t('support.calendar.how.phone')}</p>
      <p>{t('support.calendar.how.lost')}</p>
    </section>
  );
}
