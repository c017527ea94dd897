import type { IntakePlanDto } from '../../../../shared/contracts/matching.js';
import type { IntakeAssignment, IntakeConfirmDto } from './api.js';

/** The request ids of the proposals the admin has ticked; each waiting request is proposed at most once. */
export type IntakeSelection = ReadonlySet<string>;

/** Every proposal starts ticked: the admin unticks the ones they would rather not send. */
export function includeAll(plan: IntakePlanDto): IntakeSelection {
  return new Set(plan.proposals.map((proposal) => proposal.requestId));
}

export function setIncluded(selection: IntakeSelection, requestId: string, included: boolean): IntakeSelection {
  const next = new Set(selection);
  if (included) next.add(requestId);
  else next.delete(requestId);
  return next;
}

/** The ticked pairs, in the plan's order, as the confirm request's body wants them. */
export function assignmentsToSend(plan: IntakePlanDto, selection: IntakeSelection): IntakeAssignment[] {
  return plan.proposals
    .filter((proposal) => selection.has(proposal.requestId))
    .map(({ requestId, supporterId }) => ({ requestId, supporterId }));
}

export const SKIP_CODES = ['request_not_waiting', 'supporter_unavailable'] as const;
export type SkipCode = (typeof SKIP_CODES)[number] | 'unknown';

export interface SkippedProposal {
  requestId: string;
  memberHandle: string;
  code: SkipCode;
}

function skipCode(code: string): SkipCode {
  return SKIP_CODES.find((known) => known === code) ?? 'unknown';
}

/** The proposals the server did not send, named by their member (from the plan that was reviewed). */
export function skippedProposals(plan: IntakePlanDto, result: IntakeConfirmDto): SkippedProposal[] {
  const handles = new Map(plan.proposals.map((proposal) => [proposal.requestId, proposal.memberHandle]));
  return result.skipped.map(({ requestId, code }) => ({
    requestId,
    memberHandle: handles.get(requestId) ?? requestId,
    code: skipCode(code),
  }));
}
