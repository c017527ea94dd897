import type { CreateRoomInput, RoomDto } from '../../../../shared/contracts/rooms.js';

/** The room editor's inputs as text, as form fields hold them. */
export interface RoomFormValues extends Record<string, string> {
  title: string;
  description: string;
  /** A lived-experience topic key, or '' for none. */
  topic: string;
  agreement: string;
  memberCap: string;
}

export const DEFAULT_MEMBER_CAP = 50;

export function roomToForm(room: RoomDto | null): RoomFormValues {
  return {
    title: room?.title ?? '',
    description: room?.description ?? '',
    topic: room?.topic ?? '',
    agreement: room?.agreement ?? '',
    memberCap: String(room?.memberCap ?? DEFAULT_MEMBER_CAP),
  };
}

/** The request body, before the shared schema checks it (an unreadable number stays NaN, which it rejects). */
export function formToRoomInput(values: RoomFormValues): CreateRoomInput {
  return {
    title: values.title,
    description: values.description,
    topic: values.topic || null,
    agreement: values.agreement,
    memberCap: values.memberCap.trim() === '' ? Number.NaN : Number(values.memberCap),
  };
}
