import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupDto } from '../../../../../shared/contracts/groups.js';
import { DateTime } from '../../../ui/DateTime.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useGroups } from '../queries.js';

/** Where the person stands in a group, in a few words. */
function standing(t: TFunction, group: GroupDto): string | null {
  if (group.myFacilitatorRole) return t('groups.mine.facilitator');
  const membership = group.myMembership;
  if (!membership) return null;
  if (membership.status === 'member') return t('groups.mine.member');
  if (membership.status === 'waitlisted') return t('groups.mine.waitlisted', { position: membership.waitlistPosition ?? '?' });
  if (membership.status === 'invited') return t('groups.mine.invited');
  return null;
}

/** The groups the person is in, waiting for, invited to or facilitates. */
export function MyGroups() {
  const { t } = useTranslation();
  const id = useId();
  const groups = useGroups('mine');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('groups.mine.heading')}</h2>
      <QueryState query={groups}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('groups.mine.empty')}</p>
          ) : (
            <ul className="plain-list">
              {list.map((group) => (
                <li key={group.id} className="card">
                  <h3>
                    <Link to={`/groups/${encodeURIComponent(group.id)}`}>{group.name}</Link>
                  </h3>
                  <p>
                    {[standing(t, group), t(`groups.formats.${group.format}`)].filter(Boolean).join(' · ')}
                    {group.nextMeetingAt && (
                      <>
                        {' · '}
                        {t('groups.finder.nextMeeting')} <DateTime iso={group.nextMeetingAt} />
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
