import { describe, expect, it } from 'vitest';
import { intakeConfirmInput, type IntakePlanDto } from '../../../../shared/contracts/matching.js';
import { assignmentsToSend, includeAll, setIncluded, skippedProposals } from './intake-plan.js';

function proposal(requestId: string, memberHandle: string, supporterId: string) {
  return { requestId, memberId: `m-${requestId}`, memberHandle, supporterId, supporterHandle: `S ${supporterId}`, score: 5, reasons: [] };
}

const plan: IntakePlanDto = {
  proposals: [proposal('r1', 'Wren', 's1'), proposal('r2', 'Willow', 's2'), proposal('r3', 'Wolf', 's1')],
  unplaced: [{ requestId: 'r4', memberHandle: 'Wisp' }],
};

describe('intake confirmation', () => {
  it('sends every proposed pair when nothing was unticked, in the plan’s order', () => {
    const body = { assignments: assignmentsToSend(plan, includeAll(plan)) };
    expect(body).toEqual({
      assignments: [
        { requestId: 'r1', supporterId: 's1' },
        { requestId: 'r2', supporterId: 's2' },
        { requestId: 'r3', supporterId: 's1' },
      ],
    });
    expect(intakeConfirmInput.safeParse(body).success).toBe(true);
  });

  it('leaves out unticked pairs, never the unplaced, and can tick a pair again', () => {
    const selection = setIncluded(setIncluded(includeAll(plan), 'r1', false), 'r3', false);
    expect(assignmentsToSend(plan, selection)).toEqual([{ requestId: 'r2', supporterId: 's2' }]);
    expect(assignmentsToSend(plan, setIncluded(selection, 'r3', true))).toEqual([
      { requestId: 'r2', supporterId: 's2' },
      { requestId: 'r3', supporterId: 's1' },
    ]);
    // Unticking never changes the selection it was given (React state stays immutable).
    expect(includeAll(plan).size).toBe(3);
  });

  it('sends nothing once every pair is unticked, which the contract would refuse', () => {
    const none = plan.proposals.reduce((selection, { requestId }) => setIncluded(selection, requestId, false), includeAll(plan));
    const assignments = assignmentsToSend(plan, none);
    expect(assignments).toEqual([]);
    expect(intakeConfirmInput.safeParse({ assignments }).success).toBe(false);
  });

  it('names skipped proposals by member and keeps unknown codes translatable', () => {
    const result = {
      proposed: 1,
      skipped: [
        { requestId: 'r3', code: 'request_not_waiting' },
        { requestId: 'r1', code: 'supporter_unavailable' },
        { requestId: 'r9', code: 'something_new' },
      ],
    };
    expect(skippedProposals(plan, result)).toEqual([
      { requestId: 'r3', memberHandle: 'Wolf', code: 'request_not_waiting' },
      { requestId: 'r1', memberHandle: 'Wren', code: 'supporter_unavailable' },
      { requestId: 'r9', memberHandle: 'r9', code: 'unknown' },
    ]);
  });
});
