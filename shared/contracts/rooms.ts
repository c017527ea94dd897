import { z } from 'zod';

export const ROOM_MEMBER_CAP_MAX = 1000;

export const roomDto = z.object({
  /** The room's conversation id: the same id opens its messages. */
  id: z.string(),
  title: z.string(),
  description: z.string(),
  topic: z.string().nullable(),
  agreement: z.string(),
  agreementVersion: z.number().int(),
  memberCap: z.number().int(),
  memberCount: z.number().int(),
  moderators: z.array(z.object({ userId: z.string(), handle: z.string() })),
  joined: z.boolean(),
  /** False when the agreement changed since the viewer accepted it: they accept again before writing. */
  agreementAccepted: z.boolean(),
  isModerator: z.boolean(),
  archived: z.boolean(),
});
export type RoomDto = z.infer<typeof roomDto>;

const roomFields = {
  title: z.string().trim().min(3, { error: 'required' }).max(80, { error: 'too_long' }),
  description: z.string().trim().max(1000, { error: 'too_long' }).default(''),
  topic: z.string().trim().max(64).nullable().default(null),
  agreement: z.string().trim().min(20, { error: 'agreement_too_short' }).max(4000, { error: 'too_long' }),
  memberCap: z.number().int().min(2, { error: 'member_cap_too_small' }).max(ROOM_MEMBER_CAP_MAX, { error: 'member_cap_too_large' }),
};

export const createRoomInput = z.object(roomFields);
export type CreateRoomInput = z.input<typeof createRoomInput>;
export const updateRoomInput = z.object({ ...roomFields, archived: z.boolean().default(false) }).partial();
export type UpdateRoomInput = z.input<typeof updateRoomInput>;

/** Joining names the agreement version the person read, so a change made meanwhile is not accepted unseen. */
export const joinRoomInput = z.object({ agreementVersion: z.number().int().min(1) });
export const removeRoomMemberInput = z.object({ reason: z.string().trim().min(3, { error: 'required' }).max(500, { error: 'too_long' }) });
export const moderatorInput = z.object({ userId: z.string().min(1).max(64) });
export const roomMemberParams = z.object({ id: z.string().min(1).max(64), userId: z.string().min(1).max(64) });

export const roomMemberDto = z.object({ userId: z.string(), handle: z.string(), role: z.string(), joinedAt: z.string() });
