import type { GroupSearchResultDto } from '../../../shared/contracts/groups-finder.js';
import type { FinderRow } from './finder.repo.js';

/** Distances people read at a glance: 0.4 km, 7.2 km, 12 km, 140 km. */
export function roundedKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}

function clockTime(minute: number | null): string | null {
  if (minute === null) return null;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * A public group as the finder lists it. An explicit allow-list: the address, video link, room,
 * creator and anything added to the table later stay out unless named here.
 */
export function presentSearchResult(row: FinderRow, extra: { distanceKm: number | null; hasWaitlist: boolean }): GroupSearchResultDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    topics: row.topics.trim().split(/\s+/).filter(Boolean),
    language: row.language,
    format: row.format as GroupSearchResultDto['format'],
    placeName: row.format === 'online' ? null : row.place_name,
    distanceKm: extra.distanceKm === null ? null : roundedKm(extra.distanceKm),
    timeZone: row.time_zone,
    weekday: row.meeting_weekday,
    startTime: clockTime(row.meeting_minute),
    durationMinutes: row.duration_minutes,
    nextMeetingAt: row.next_meeting_at,
    spotsLeft: Math.max(0, row.capacity - row.member_count),
    hasWaitlist: extra.hasWaitlist,
  };
}
