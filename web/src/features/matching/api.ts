import { z } from 'zod';
import {
  intakeConfirmDto,
  intakePlanDto,
  matchingWeightsSchema,
  offerDto,
  relationshipDto,
  suggestionsDto,
  supportRequestDto,
  type IntakePlanDto,
  type MatchingWeights,
  type OfferDto,
  type RelationshipDto,
  type SuggestionsDto,
  type SupportRequestDto,
  type SupportRequestInput,
} from '../../../../shared/contracts/matching.js';
import { getJson, sendJson } from '../../lib/http.js';

export type IntakeConfirmDto = z.infer<typeof intakeConfirmDto>;
export interface IntakeAssignment {
  requestId: string;
  supporterId: string;
}

const requestResponse = z.object({ request: supportRequestDto });
const currentResponse = z.object({ request: supportRequestDto.nullable() });
const offerResponse = z.object({ offer: offerDto });
const offersResponse = z.object({ offers: z.array(offerDto) });
const relationshipResponse = z.object({ relationship: relationshipDto });
const relationshipsResponse = z.object({ relationships: z.array(relationshipDto) });

const requestPath = (id: string, action: string) => `/api/support-requests/${encodeURIComponent(id)}/${action}`;

/** The member's latest request (open, matched or cancelled) with its offers, or null when they never asked. */
export async function fetchCurrentRequest(): Promise<SupportRequestDto | null> {
  return (await getJson('/api/support-requests/current', currentResponse)).request;
}

export async function createRequest(input: SupportRequestInput): Promise<SupportRequestDto> {
  return (await sendJson('POST', '/api/support-requests', requestResponse, input)).request;
}

/** One page of suggestions (five a page, best first); on an empty first page, what could be relaxed. */
export function fetchSuggestions(requestId: string, page: number): Promise<SuggestionsDto> {
  return getJson(requestPath(requestId, 'suggestions'), suggestionsDto, { page });
}

export async function chooseSupporter(requestId: string, supporterId: string): Promise<OfferDto> {
  return (await sendJson('POST', requestPath(requestId, 'choose'), offerResponse, { supporterId })).offer;
}

/** The member's answer to the supporter the program proposed: accepting sends the request to them. */
export async function respondToProposal(requestId: string, accept: boolean): Promise<SupportRequestDto> {
  return (await sendJson('POST', requestPath(requestId, `proposal/${accept ? 'accept' : 'decline'}`), requestResponse)).request;
}

export async function cancelRequest(requestId: string): Promise<SupportRequestDto> {
  return (await sendJson('POST', requestPath(requestId, 'cancel'), requestResponse)).request;
}

/** Requests waiting for the signed-in supporter's answer, with the member's note. */
export async function fetchIncomingRequests(): Promise<OfferDto[]> {
  return (await getJson('/api/supporter/requests', offersResponse)).offers;
}

export async function acceptRequest(offerId: string): Promise<RelationshipDto> {
  const path = `/api/supporter/requests/${encodeURIComponent(offerId)}/accept`;
  return (await sendJson('POST', path, relationshipResponse)).relationship;
}

/** The reason stays private to the program; the member is never told it. */
export async function declineRequest(offerId: string, reason: string | null): Promise<OfferDto> {
  const path = `/api/supporter/requests/${encodeURIComponent(offerId)}/decline`;
  return (await sendJson('POST', path, offerResponse, { reason })).offer;
}

export async function fetchRelationships(): Promise<RelationshipDto[]> {
  return (await getJson('/api/relationships', relationshipsResponse)).relationships;
}

export async function endRelationship(relationshipId: string, reason: string): Promise<RelationshipDto> {
  const path = `/api/relationships/${encodeURIComponent(relationshipId)}/end`;
  return (await sendJson('POST', path, relationshipResponse, { reason })).relationship;
}

export function fetchWeights(): Promise<MatchingWeights> {
  return getJson('/api/admin/matching/weights', matchingWeightsSchema);
}

export function saveWeights(weights: MatchingWeights): Promise<MatchingWeights> {
  return sendJson('PUT', '/api/admin/matching/weights', matchingWeightsSchema, weights);
}

/** An exact optimal assignment of everyone waiting, worked out on request (it is a computation, not a list). */
export function fetchIntakePlan(): Promise<IntakePlanDto> {
  return getJson('/api/admin/intake/proposals', intakePlanDto);
}

/** Sends the reviewed pairs to the members as proposals; pairs that no longer fit come back as skipped. */
export function confirmIntake(assignments: IntakeAssignment[]): Promise<IntakeConfirmDto> {
  return sendJson('POST', '/api/admin/intake/confirm', intakeConfirmDto, { assignments });
}
