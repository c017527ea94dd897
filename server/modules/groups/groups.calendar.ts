import type { CalendarEvent } from '../../platform/calendar/ics.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { CalendarSource } from '../support/index.js';
import { meetingsRepo } from './meetings.repo.js';
import { meetingsBetween } from './schedule.js';

const WORDS = {
  en: { online: 'Online meeting', cancelled: 'Cancelled' },
  es: { online: 'Reunión en línea', cancelled: 'Cancelada' },
} as const;

/** Groups a person belongs to or facilitates, with what their calendar may show. */
function groupsFor(db: DbExecutor, userId: string) {
  return db.selectFrom('groups')
    .select(['groups.id', 'groups.name', 'groups.rrule', 'groups.starts_local', 'groups.time_zone', 'groups.duration_minutes', 'groups.format',
      'groups.place_name', 'groups.address', 'groups.video_link', 'groups.updated_at'])
    .where('groups.status', '=', 'active')
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('group_memberships').select('group_memberships.id').whereRef('group_memberships.group_id', '=', 'groups.id')
        .where('group_memberships.user_id', '=', userId).where('group_memberships.status', '=', 'member')),
      eb.exists(eb.selectFrom('group_facilitators').select('group_facilitators.user_id').whereRef('group_facilitators.group_id', '=', 'groups.id')
        .where('group_facilitators.user_id', '=', userId)),
    ]))
    .execute();
}

/** The person's group meetings for their private calendar feed: moved ones at their new time, cancelled ones marked. */
export function groupMeetingEvents(publicUrl: string): CalendarSource {
  return async (db, person, window) => {
    const words = person.locale === 'es' ? WORDS.es : WORDS.en;
    const groups = await groupsFor(db, person.userId);
    const changes = await meetingsRepo.changesOf(db, groups.map((group) => group.id));
    return groups.flatMap((group) => meetingsBetween(group, changes.filter((change) => change.group_id === group.id), window.from, window.until)
      .map((meeting): CalendarEvent => {
        const place = [group.place_name, group.address].filter(Boolean).join(', ');
        const online = group.format !== 'in_person' && group.video_link ? `${words.online}: ${group.video_link}` : null;
        return {
          uid: `group-${group.id}-${meeting.occurrence.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}@kindred`,
          start: meeting.start,
          end: meeting.end,
          summary: meeting.cancelled ? `${words.cancelled}: ${group.name}` : group.name,
          description: [online, meeting.note].filter(Boolean).join('\n'),
          ...(group.format !== 'online' && place ? { location: place } : {}),
          url: `${publicUrl}/groups/${group.id}`,
          cancelled: meeting.cancelled,
          updatedAt: new Date(meeting.changedAt ?? group.updated_at),
        };
      }));
  };
}
