import { describe, expect, it } from 'vitest';
import type { RelationshipDto } from '../../../../shared/contracts/matching.js';
import { sharingChoices } from './sharing-choices.js';

const relationship = (supporterId: string, status: 'active' | 'ended', memberId = 'me'): RelationshipDto => ({
  id: `r-${supporterId}`, memberId, memberHandle: 'Me', supporterId, supporterHandle: `Handle ${supporterId}`, status,
  startedAt: '2026-01-01T00:00:00.000Z', endedAt: null, endReason: null,
});
const share = (supporterId: string) => ({ supporterId, handle: `Handle ${supporterId}`, grantedAt: '2026-01-02T00:00:00.000Z' });

describe('sharingChoices', () => {
  it('offers current supporters, shared or not, then shares left over from ended relationships', () => {
    const choices = sharingChoices('me', [relationship('a', 'active'), relationship('b', 'active'), relationship('c', 'ended')], [share('b'), share('c')]);
    expect(choices.map(({ supporterId, current, share: given }) => [supporterId, current, given !== null])).toEqual([
      ['a', true, false],
      ['b', true, true],
      ['c', false, true],
    ]);
  });

  it('leaves out relationships where the person is the supporter', () => {
    expect(sharingChoices('me', [relationship('me', 'active', 'someone-else')], [])).toEqual([]);
  });
});
