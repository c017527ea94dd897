import type { z } from 'zod';
import {
  CHECK_IN_ROUND_PROMPTS, type createGroupInput, DEFAULT_GROUP_AGREEMENTS, type facilitatorInput, type GroupDto, type updateGroupInput,
} from '../../../shared/contracts/groups.js';
import type { FieldError } from '../../../shared/contracts/problem.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { Trx } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { type GroupCore, type GroupsDependencies, type Later } from './group-core.js';
import { canSee, type GroupView, groupViewFor, isGroupStaff, requireManager } from './groups.policy.js';
import { presentGroup } from './groups.presenter.js';
import { type GroupRow, groupsRepo, storedTopics } from './groups.repo.js';
import { meetingsRepo } from './meetings.repo.js';
import { membershipRepo } from './membership.repo.js';
import { meetingFacts, normaliseRule, scheduleProblems } from './schedule.js';

type NewGroup = z.output<typeof createGroupInput>;
type GroupChanges = z.output<typeof updateGroupInput>;
type FacilitatorChoice = z.output<typeof facilitatorInput>;

/** The group's language picks the starting agreement and the check-in round prompt. */
export const languageWords = (language: string) => (language.split('-')[0] === 'es' ? 'es' : 'en');
export const defaultAgreement = (language: string) => DEFAULT_GROUP_AGREEMENTS[languageWords(language)];
export const checkInPrompt = (language: string) => CHECK_IN_ROUND_PROMPTS[languageWords(language)];

interface Place {
  format: string;
  place_name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  video_link: string | null;
}

/** An in-person meeting needs a place people can find (and the finder can map); an online one needs a link. */
function placeProblems(place: Place): FieldError[] {
  const errors: FieldError[] = [];
  const inPerson = place.format === 'in_person' || place.format === 'hybrid';
  const online = place.format === 'online' || place.format === 'hybrid';
  if (inPerson && !place.address) errors.push(fieldError('address', 'required', 'An in-person group needs the address of its meeting place.'));
  if (inPerson && place.latitude === null) errors.push(fieldError('latitude', 'required', 'Choose the meeting place on the map (latitude and longitude).'));
  if (inPerson && place.longitude === null) errors.push(fieldError('longitude', 'required', 'Choose the meeting place on the map (latitude and longitude).'));
  if (!inPerson && (place.latitude !== null) !== (place.longitude !== null)) errors.push(fieldError(place.latitude === null ? 'latitude' : 'longitude', 'required', 'Give both latitude and longitude, or neither.'));
  if (online && !place.video_link) errors.push(fieldError('videoLink', 'required', 'An online group needs its video meeting link (shown to members only).'));
  return errors;
}

export function createGroupsService(ctx: PlatformContext, deps: GroupsDependencies, core: GroupCore) {
  const { db, clock } = ctx;

  async function assertTopics(trx: Trx, topics: string[] | undefined): Promise<void> {
    if (topics) await deps.topics.assertKnown(trx, 'topics', topics);
  }

  async function assertTrained(trx: Trx, userId: string, field: string): Promise<void> {
    if (!(await groupsRepo.isTrainedSupporter(trx, userId))) {
      throw problems.invalidFields([fieldError(field, 'facilitator_not_trained', 'Facilitators are supporters who have completed their training.')]);
    }
  }

  async function addFacilitator(trx: Trx, group: GroupRow, choice: FacilitatorChoice, actor: Actor, field: string, later: Later): Promise<void> {
    await assertTrained(trx, choice.userId, field);
    const membership = await membershipRepo.of(trx, group.id, choice.userId);
    if (membership && ['member', 'waitlisted'].includes(membership.status)) {
      throw problems.invalidFields([fieldError(field, 'facilitator_is_member', 'This person is a member of the group; they leave it before facilitating it.')]);
    }
    await groupsRepo.upsertFacilitator(trx, { group_id: group.id, user_id: choice.userId, role: choice.role, added_by: actor.userId, created_at: clock.now().toISOString() });
    if (group.conversation_id) later(await deps.privateRooms.add(trx, group.conversation_id, choice.userId, 'moderator'));
  }

  async function viewAfter(trx: Trx, actor: Actor, groupId: string): Promise<GroupDto> {
    return core.present(trx, await groupViewFor(trx, actor, groupId));
  }

  return {
    async list(actor: Actor, options: { mine: boolean; includeArchived: boolean }): Promise<GroupDto[]> {
      const staff = isGroupStaff(actor);
      const rows = await groupsRepo.list(db, { userId: actor.userId, staff }, options);
      const ids = rows.map((row) => row.id);
      const [facilitators, waitlists, mine] = await Promise.all([
        groupsRepo.facilitatorsOf(db, ids), membershipRepo.waitlistCounts(db, ids), membershipRepo.mineIn(db, actor.userId, ids),
      ]);
      const dtos: GroupDto[] = [];
      for (const group of rows) {
        const facilitator = facilitators.find((f) => f.group_id === group.id && f.user_id === actor.userId);
        const membership = mine.find((m) => m.group_id === group.id) ?? null;
        const view: GroupView = { group, membership, staff, facilitator: facilitator ? { ...facilitator, added_by: null } : null };
        if (!canSee(view)) continue;
        const rank = membership?.status === 'waitlisted' && membership.waitlist_position !== null ? await membershipRepo.rank(db, group.id, membership.waitlist_position) : null;
        dtos.push(presentGroup(view, { facilitators: facilitators.filter((f) => f.group_id === group.id), waitlistCount: waitlists.get(group.id) ?? 0, rank, now: clock.now() }));
      }
      // Soonest meeting first; groups without one at the end, by name.
      return dtos.sort((a, b) => (a.nextMeetingAt ?? '9999').localeCompare(b.nextMeetingAt ?? '9999') || a.name.localeCompare(b.name));
    },

    async get(actor: Actor, groupId: string): Promise<GroupDto> {
      return core.present(db, await groupViewFor(db, actor, groupId));
    },

    /** A group with its facilitators, its room (they moderate it) and its searchable meeting facts, in one transaction. */
    async create(actor: Actor, input: NewGroup, ip: string): Promise<GroupDto> {
      const errors = [...scheduleProblems(input), ...placeProblems({
        format: input.format, place_name: input.placeName ?? null, address: input.address ?? null, latitude: input.latitude ?? null,
        longitude: input.longitude ?? null, video_link: input.videoLink ?? null,
      })];
      const ids = input.facilitators.map((f) => f.userId);
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) errors.push(fieldError(`facilitators.${index}.userId`, 'duplicate', 'This person is already listed as a facilitator.'));
      });
      if (errors.length > 0) throw problems.invalidFields(errors);
      // At least one lead: when none is named, the first facilitator leads.
      const facilitators = input.facilitators.some((f) => f.role === 'lead') ? input.facilitators : input.facilitators.map((f, i) => ({ ...f, role: i === 0 ? 'lead' as const : f.role }));
      return core.transaction(async (trx, later) => {
        await assertTopics(trx, input.topics);
        const id = newId();
        const at = clock.now().toISOString();
        const roomId = await deps.privateRooms.open(trx, input.name);
        const schedule = { rrule: normaliseRule(input.rule), starts_local: input.startsLocal, time_zone: input.timeZone, duration_minutes: input.durationMinutes };
        await groupsRepo.insert(trx, {
          id, name: input.name, description: input.description, topics: storedTopics(input.topics), language: input.language, format: input.format,
          place_name: input.placeName ?? null, address: input.address ?? null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
          video_link: input.videoLink ?? null, ...schedule, ...meetingFacts(schedule), next_meeting_at: null,
          capacity: input.capacity, member_count: 0, agreement: input.agreement ?? defaultAgreement(input.language), agreement_version: 1,
          listing: input.listing, conversation_id: roomId, status: 'active', created_by: actor.userId, created_at: at, updated_at: at,
        });
        const group = (await groupsRepo.find(trx, id))!;
        for (const [index, choice] of facilitators.entries()) await addFacilitator(trx, group, choice, actor, `facilitators.${index}.userId`, later);
        await core.refreshNextMeeting(trx, id);
        await recordAudit(trx, { action: 'group.created', at: clock.now(), actorId: actor.userId, subjectType: 'group', subjectId: id, ip });
        return viewAfter(trx, actor, id);
      });
    },

    /**
     * Facilitators (and staff) change their group. A lower capacity never goes below the members it has;
     * a higher one gives the new seats to the waitlist; a changed agreement is accepted again by every member.
     */
    async update(actor: Actor, groupId: string, changes: GroupChanges, ip: string): Promise<GroupDto> {
      return core.transaction(async (trx, later) => {
        await groupsRepo.lock(trx, groupId);
        const view = await groupViewFor(trx, actor, groupId);
        requireManager(view);
        const { group } = view;
        if (changes.archived !== undefined && !view.staff) throw problems.invalidFields([fieldError('archived', 'staff_only', 'Staff archive and reopen groups.')]);
        if (group.status === 'archived' && changes.archived !== false) throw problems.stateConflict('group_archived', 'This group is archived. Staff can reopen it.');
        const schedule = {
          rrule: changes.rule !== undefined ? normaliseRule(changes.rule) : group.rrule, starts_local: changes.startsLocal ?? group.starts_local,
          time_zone: changes.timeZone ?? group.time_zone, duration_minutes: changes.durationMinutes ?? group.duration_minutes,
        };
        const scheduleChanged = schedule.rrule !== group.rrule || schedule.starts_local !== group.starts_local || schedule.time_zone !== group.time_zone;
        const place: Place = {
          format: changes.format ?? group.format,
          place_name: changes.placeName !== undefined ? changes.placeName : group.place_name,
          address: changes.address !== undefined ? changes.address : group.address,
          latitude: changes.latitude !== undefined ? changes.latitude : group.latitude,
          longitude: changes.longitude !== undefined ? changes.longitude : group.longitude,
          video_link: changes.videoLink !== undefined ? changes.videoLink : group.video_link,
        };
        const errors = [
          ...(scheduleChanged ? scheduleProblems({ rule: schedule.rrule ?? '', startsLocal: schedule.starts_local ?? '', timeZone: schedule.time_zone }) : []),
          ...placeProblems(place),
        ];
        if (changes.capacity !== undefined && changes.capacity < group.member_count) {
          errors.push(fieldError('capacity', 'capacity_below_members', `This group has ${group.member_count} members; the capacity cannot be lower than that. Lower it once people have left.`));
        }
        if (errors.length > 0) throw problems.invalidFields(errors);
        await assertTopics(trx, changes.topics);
        const agreementChanged = changes.agreement !== undefined && changes.agreement !== group.agreement;
        const at = clock.now().toISOString();
        await groupsRepo.update(trx, groupId, {
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          ...(changes.topics !== undefined ? { topics: storedTopics(changes.topics) } : {}),
          ...(changes.language !== undefined ? { language: changes.language } : {}),
          ...(changes.listing !== undefined ? { listing: changes.listing } : {}),
          ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
          ...(agreementChanged ? { agreement: changes.agreement, agreement_version: group.agreement_version + 1 } : {}),
          ...(changes.archived !== undefined ? { status: changes.archived ? 'archived' : 'active' } : {}),
          ...place, ...schedule, ...meetingFacts(schedule), updated_at: at,
        });
        if (changes.name !== undefined && group.conversation_id) await deps.privateRooms.rename(trx, group.conversation_id, changes.name);
        if (scheduleChanged) await meetingsRepo.clearFuture(trx, groupId, at);
        if (changes.capacity !== undefined && changes.capacity > group.capacity) await core.fillFreedSeats(trx, groupId, later);
        await core.refreshNextMeeting(trx, groupId);
        const updated = (await groupsRepo.find(trx, groupId))!;
        if (agreementChanged) await core.notify(trx, await membershipRepo.memberIds(trx, groupId), 'group.agreement_changed', updated);
        await recordAudit(trx, {
          action: 'group.updated', at: clock.now(), actorId: actor.userId, subjectType: 'group', subjectId: groupId, ip,
          details: { fields: Object.keys(changes), agreementChanged },
        });
        return viewAfter(trx, actor, groupId);
      });
    },

    /** Staff make a trained supporter a facilitator (or change their role); they moderate the room. */
    async setFacilitator(actor: Actor, groupId: string, choice: FacilitatorChoice, ip: string): Promise<GroupDto> {
      return core.transaction(async (trx, later) => {
        const view = await groupViewFor(trx, actor, groupId);
        const existing = await groupsRepo.facilitator(trx, groupId, choice.userId);
        if (existing?.role === 'lead' && choice.role === 'co' && !(await otherLead(trx, groupId, choice.userId))) {
          throw problems.stateConflict('last_lead', 'A group keeps at least one lead facilitator. Make someone else the lead first.');
        }
        await addFacilitator(trx, view.group, choice, actor, 'userId', later);
        await recordAudit(trx, { action: 'group.facilitator_set', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: choice.userId, ip, details: { groupId, role: choice.role } });
        return viewAfter(trx, actor, groupId);
      });
    },

    async removeFacilitator(actor: Actor, groupId: string, userId: string, ip: string): Promise<GroupDto> {
      return core.transaction(async (trx, later) => {
        const view = await groupViewFor(trx, actor, groupId);
        const existing = await groupsRepo.facilitator(trx, groupId, userId);
        if (!existing) throw problems.notFound('facilitator');
        const all = await groupsRepo.facilitatorsOf(trx, [groupId]);
        if (all.length === 1) throw problems.stateConflict('last_facilitator', 'A group always has a facilitator. Add another one first.');
        await groupsRepo.deleteFacilitator(trx, groupId, userId);
        // The group keeps a lead: the longest-serving co-facilitator takes over.
        if (existing.role === 'lead' && !(await otherLead(trx, groupId, userId))) {
          const next = all.find((f) => f.user_id !== userId)!;
          await groupsRepo.setFacilitatorRole(trx, groupId, next.user_id, 'lead');
        }
        if (view.group.conversation_id) later(await deps.privateRooms.remove(trx, view.group.conversation_id, userId, { by: actor.userId, reason: null }));
        await recordAudit(trx, { action: 'group.facilitator_removed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { groupId } });
        return viewAfter(trx, actor, groupId);
      });
    },
  };

  async function otherLead(trx: Trx, groupId: string, userId: string): Promise<boolean> {
    return (await groupsRepo.facilitatorsOf(trx, [groupId])).some((f) => f.role === 'lead' && f.user_id !== userId);
  }
}

export type GroupsService = ReturnType<typeof createGroupsService>;
