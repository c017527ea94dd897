import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDto, MeetingDto } from '../../../../../shared/contracts/groups.js';
import { formatDateTime } from '../../../lib/format.js';
import { browserTimeZone } from '../../../lib/intl-options.js';
import { DateTime } from '../../../ui/DateTime.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { formatInZone, zoneLabel } from '../../support/zoned-time.js';
import type { RsvpAnswer } from '../api.js';
import { groupProblemText } from '../group-problems.js';
import { useMeetings, useRsvp } from '../queries.js';

const ANSWERS: readonly RsvpAnswer[] = ['yes', 'maybe', 'no'];

/** The next meetings on the reader's clock (and the group's, when it differs), with an RSVP for members. */
export function UpcomingMeetings({ group }: { group: GroupDto }) {
  const { t } = useTranslation();
  const id = useId();
  const meetings = useMeetings(group.id, 'upcoming');
  const rsvp = useRsvp(group.id);
  const [status, setStatus] = useState<string | null>(null);
  const readerZone = browserTimeZone();
  const isMember = group.myMembership?.status === 'member';

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('groups.meetings.heading')}</h2>
      {readerZone && <p className="muted">{t('groups.meetings.yourTime', { zone: zoneLabel(readerZone) })}</p>}
      <StatusMessage message={status} />
      {rsvp.isError && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, rsvp.error)}
        </p>
      )}
      <QueryState query={meetings}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('groups.meetings.empty')}</p>
          ) : (
            <ul className="plain-list group-meetings">
              {list.map((meeting) => (
                <MeetingItem
                  key={meeting.occurrence}
                  meeting={meeting}
                  readerZone={readerZone}
                  canAnswer={isMember && !meeting.cancelled && Date.parse(meeting.startsAt) > Date.now()}
                  onAnswer={(answer, when) => {
                    setStatus(null);
                    rsvp.mutate(
                      { occurrence: meeting.occurrence, answer },
                      { onSuccess: () => setStatus(t(`groups.meetings.rsvpSaved_${answer}`, { when })) },
                    );
                  }}
                />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

interface MeetingItemProps {
  meeting: MeetingDto;
  readerZone: string | null;
  canAnswer: boolean;
  onAnswer: (answer: RsvpAnswer, when: string) => void;
}

function MeetingItem({ meeting, readerZone, canAnswer, onAnswer }: MeetingItemProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const when = formatDateTime(meeting.startsAt, i18n.language);
  const otherZone = readerZone !== null && readerZone !== meeting.timeZone;
  return (
    <li className="card">
      <h3 id={id}>
        <DateTime iso={meeting.startsAt} />
      </h3>
      {otherZone && <p className="muted">{t('groups.meetings.groupTime', { when: formatInZone(meeting.startsAt, i18n.language, meeting.timeZone) })}</p>}
      {meeting.cancelled && <p className="notice">{t('groups.meetings.cancelled')}</p>}
      {!meeting.cancelled && Date.parse(meeting.startsAt) <= Date.now() && <p>{t('groups.meetings.underway')}</p>}
      {meeting.moved && !meeting.cancelled && <p>{t('groups.meetings.moved')}</p>}
      {meeting.note && <p>{t('groups.meetings.note', { note: meeting.note })}</p>}
      {meeting.rsvpCounts && <p className="muted">{t('groups.meetings.counts', meeting.rsvpCounts)}</p>}
      {canAnswer && (
        <div role="group" aria-labelledby={`${id}-rsvp`} className="rsvp-buttons">
          <span id={`${id}-rsvp`}>{t('groups.meetings.rsvpLabel', { when })}</span>
          {ANSWERS.map((answer) => (
            <button key={answer} type="button" className="button-secondary" aria-pressed={meeting.myRsvp === answer} onClick={() => onAnswer(answer, when)}>
              {t(`groups.meetings.${answer}`)}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
