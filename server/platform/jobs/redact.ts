const MAX_LENGTH = 300;

/**
 * What is kept of a job's error: its class, code and message with anything that looks like data removed.
 * Database errors quote the values that clashed ("Key (email)=(…)"), and messages may repeat input.
 */
export function redactError(error: unknown): string {
  const record = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown; message?: unknown };
  const name = typeof record.name === 'string' ? record.name : 'Error';
  const code = typeof record.code === 'string' || typeof record.code === 'number' ? ` ${record.code}` : '';
  const raw = typeof record.message === 'string' ? record.message : typeof error === 'string' ? error : '';
  const message = raw
    .replace(/=\([^)]*\)/g, '=([redacted])')
    .replace(/[^\s@()<>,;:]+@[^\s@()<>,;:]+\.[^\s@()<>,;:]+/g, '[email]')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '[redacted]')
    .replace(/\b\d{5,}\b/g, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  const text = `${name}${code}: ${message}`;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
