import { describe, expect, it } from 'vitest';
import { createRoomInput, type RoomDto } from '../../../../shared/contracts/rooms.js';
import { fieldErrorsFromZod } from '../../lib/field-errors.js';
import { formToRoomInput, roomToForm } from './room-form.js';

const room: RoomDto = {
  id: 'r1',
  title: 'Night owls',
  description: 'For the small hours.',
  topic: 'sleep',
  agreement: 'Be kind, keep what is shared here in the room, and no advice unless asked.',
  agreementVersion: 2,
  memberCap: 40,
  memberCount: 3,
  moderators: [],
  joined: false,
  agreementAccepted: false,
  isModerator: false,
  archived: false,
};

describe('room form', () => {
  it('round-trips a room through the form', () => {
    const input = createRoomInput.parse(formToRoomInput(roomToForm(room)));
    expect(input).toEqual({ title: 'Night owls', description: 'For the small hours.', topic: 'sleep', agreement: room.agreement, memberCap: 40 });
  });

  it('starts a new room with a sensible cap and no topic', () => {
    const values = roomToForm(null);
    expect(values.memberCap).toBe('50');
    expect(formToRoomInput(values).topic).toBeNull();
  });

  it('names the fields the shared rules reject', () => {
    const result = createRoomInput.safeParse(formToRoomInput({ ...roomToForm(room), agreement: 'Be nice.', memberCap: '1' }));
    if (result.success) throw new Error('expected invalid input');
    const errors = fieldErrorsFromZod(result.error);
    expect(errors.agreement?.code).toBe('agreement_too_short');
    expect(errors.memberCap?.code).toBe('member_cap_too_small');
    const empty = createRoomInput.safeParse(formToRoomInput({ ...roomToForm(room), memberCap: '' }));
    expect(empty.success).toBe(false);
  });
});
