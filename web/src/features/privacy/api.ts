import { z } from 'zod';
import type { ConsentKind } from '../../../../shared/consents.js';
import {
  blockDto,
  consentsDto,
  deletionExplanationDto,
  type BlockDto,
  type ConsentsDto,
  type DeleteAccountInput,
  type DeletionExplanationDto,
} from '../../../../shared/contracts/privacy.js';
import { getJson, send, sendJson } from '../../lib/http.js';

const blocksResponse = z.object({ blocks: z.array(blockDto) });
const blockResponse = z.object({ block: blockDto });

/** A plain link downloads this: the server answers with a JSON file as an attachment. */
export const EXPORT_URL = '/api/me/export';

export function fetchConsents(): Promise<ConsentsDto> {
  return getJson('/api/me/consents', consentsDto);
}

/** Agrees to the version of the text now in force. */
export function agreeConsent({ kind, version }: { kind: ConsentKind; version: string }): Promise<ConsentsDto> {
  return sendJson('POST', `/api/me/consents/${kind}`, consentsDto, { version });
}

export function withdrawConsent(kind: ConsentKind): Promise<ConsentsDto> {
  return sendJson('DELETE', `/api/me/consents/${kind}`, consentsDto);
}

export async function listBlocks(): Promise<BlockDto[]> {
  return (await getJson('/api/me/blocks', blocksResponse)).blocks;
}

export async function blockByHandle(body: { handle: string }): Promise<BlockDto> {
  return (await sendJson('POST', '/api/me/blocks', blockResponse, body)).block;
}

export function unblock(userId: string): Promise<void> {
  return send('DELETE', `/api/me/blocks/${encodeURIComponent(userId)}`);
}

export function fetchDeletionExplanation(): Promise<DeletionExplanationDto> {
  return getJson('/api/me/deletion', deletionExplanationDto);
}

export function deleteAccount(input: DeleteAccountInput): Promise<void> {
  return send('POST', '/api/me/delete', input);
}
