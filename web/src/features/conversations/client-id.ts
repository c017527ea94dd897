/**
 * A new id for one message, reused for every retry of it so the server stores it once.
 * randomUUID needs a secure context; a self-hosted server on plain HTTP still has getRandomValues.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
