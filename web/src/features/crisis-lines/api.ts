import { z } from 'zod';
import { crisisLineDto, type CrisisLineDto, type CrisisLineInput } from '../../../../shared/contracts/crisis-lines.js';
import { getJson, send, sendJson } from '../../lib/http.js';

const linesResponse = z.object({ lines: z.array(crisisLineDto) });
const lineResponse = z.object({ line: crisisLineDto });

/** Public: the crisis lines shown on the help page, in display order. */
export async function listCrisisLines(): Promise<CrisisLineDto[]> {
  return (await getJson('/api/crisis-lines', linesResponse)).lines;
}

export async function createCrisisLine(input: CrisisLineInput): Promise<CrisisLineDto> {
  return (await sendJson('POST', '/api/admin/crisis-lines', lineResponse, input)).line;
}

export async function updateCrisisLine(id: string, input: CrisisLineInput): Promise<CrisisLineDto> {
  return (await sendJson('PUT', `/api/admin/crisis-lines/${encodeURIComponent(id)}`, lineResponse, input)).line;
}

export function deleteCrisisLine(id: string): Promise<void> {
  return send('DELETE', `/api/admin/crisis-lines/${encodeURIComponent(id)}`);
}
