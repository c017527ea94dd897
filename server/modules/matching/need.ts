import type { DbExecutor } from '../../platform/db/connect.js';
import type { BlocksService } from '../privacy/index.js';
import { memberFacts } from '../profiles/index.js';
import { matchingRepo, type RequestRow } from './matching.repo.js';
import { type Need, primaryLanguage } from './ranking.js';
import { toUtcSpans, utcOffsetMinutes } from './week-time.js';

/**
 * What a request asks for, with the member's own availability and everyone they must not be matched with:
 * people blocked either way, supporters already tried for this request, and their current supporters.
 */
export async function needForRequest(executor: DbExecutor, request: RequestRow, blocks: BlocksService, now: Date): Promise<Need> {
  const profile = await memberFacts(executor, request.member_id);
  const offset = utcOffsetMinutes(profile.timeZone ?? 'UTC', now);
  const excluded = new Set([
    ...(await blocks.blockedEitherWay(request.member_id, executor)),
    ...(await matchingRepo.triedSupporters(executor, request.id)),
    ...(await matchingRepo.activeSupportersOf(executor, request.member_id)),
  ]);
  const lower = (values: string[]) => values.map((value) => value.toLowerCase());
  return {
    memberId: request.member_id,
    topics: JSON.parse(request.topics),
    primaryTopic: request.primary_topic,
    languages: [...new Set((JSON.parse(request.languages) as string[]).map(primaryLanguage))],
    supporterIdentities: lower(JSON.parse(request.supporter_identities)),
    communities: lower(JSON.parse(request.communities)),
    meetingModes: JSON.parse(request.meeting_modes),
    availability: toUtcSpans(profile.availability, offset),
    memberOffsetMinutes: offset,
    interests: lower(profile.interests),
    excluded,
  };
}
