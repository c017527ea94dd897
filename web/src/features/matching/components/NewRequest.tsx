import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useOwnProfile } from '../../profiles/queries.js';
import { newRequestForm, type RelaxablePreference, type RequestFormState } from '../request-form.js';
import { RequestForm } from './RequestForm.js';

export interface RequestDraft {
  form: RequestFormState;
  /** The preference that was opened up, so the form can say what changed. */
  preference: RelaxablePreference;
}

interface NewRequestProps {
  /** The member was matched before and is asking for someone else. */
  again: boolean;
  draft: RequestDraft | null;
  onCreated: (request: SupportRequestDto) => void;
}

/** The request form: a fresh one from the member's profile, or an earlier request opened up on one preference. */
export function NewRequest({ again, draft, onCreated }: NewRequestProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const profile = useOwnProfile();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-view-heading="ask">
        {again ? t('support.form.againHeading') : t('support.form.heading')}
      </h2>
      {again && <p>{t('support.form.againIntro')}</p>}
      {draft ? (
        <>
          <p className="notice">{t(`support.form.relaxed.${draft.preference}`)}</p>
          <RequestForm initial={draft.form} onCreated={onCreated} />
        </>
      ) : (
        <QueryState query={profile}>{(own) => <RequestForm initial={newRequestForm(own)} onCreated={onCreated} />}</QueryState>
      )}
    </section>
  );
}
