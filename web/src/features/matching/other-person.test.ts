import { describe, expect, it } from 'vitest';
import type { RelationshipDto } from '../../../../shared/contracts/matching.js';
import { otherPerson } from './other-person.js';

const relationship: RelationshipDto = {
  id: 'rel1',
  memberId: 'm1',
  memberHandle: 'Member Mira',
  supporterId: 's1',
  supporterHandle: 'Supporter Sol',
  status: 'active',
  startedAt: '2026-11-22T10:00:00Z',
  endedAt: null,
  endReason: null,
};

describe('otherPerson', () => {
  it('is the supporter for the member, and the member for the supporter', () => {
    expect(otherPerson(relationship, 'm1')).toEqual({ id: 's1', handle: 'Supporter Sol', role: 'supporter' });
    expect(otherPerson(relationship, 's1')).toEqual({ id: 'm1', handle: 'Member Mira', role: 'member' });
  });
});
