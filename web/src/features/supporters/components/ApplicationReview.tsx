import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupporterApplicationDto } from '../../../../../shared/contracts/profiles.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FormField } from '../../../ui/FormField.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import type { Decision } from '../api.js';

interface ApplicationReviewProps {
  application: SupporterApplicationDto;
  onDecide: (application: SupporterApplicationDto, decision: Decision, note: string | null) => void;
}

/** One pending application, with an optional note and Approve / Decline. */
export function ApplicationReview({ application, onDecide }: ApplicationReviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const topicLabel = useTopicLabel();
  const [note, setNote] = useState('');
  const handle = application.handle;
  const decide = (decision: Decision) => onDecide(application, decision, note.trim() || null);

  return (
    <li className="card">
      <h3>{handle}</h3>
      <dl className="facts">
        <dt>{t('admin.applications.submitted')}</dt>
        <dd>
          <DateTime iso={application.submittedAt} />
        </dd>
        <dt>{t('admin.applications.supportTopics')}</dt>
        <dd>{application.supportTopics.map(topicLabel).join(', ')}</dd>
        <dt>{t('admin.applications.story')}</dt>
        <dd className="story">{application.story}</dd>
        <dt>{t('admin.applications.motivation')}</dt>
        <dd className="story">{application.motivation}</dd>
      </dl>
      <FormField
        id={`${id}-note`}
        label={t('admin.applications.note', { handle })}
        hint={t('admin.applications.noteHint')}
        value={note}
        onChange={setNote}
        multiline
      />
      <div className="actions">
        <button type="button" onClick={() => decide('approve')}>
          {t('admin.applications.approve', { handle })}
        </button>
        <button type="button" className="button-secondary" onClick={() => decide('decline')}>
          {t('admin.applications.decline', { handle })}
        </button>
      </div>
    </li>
  );
}
