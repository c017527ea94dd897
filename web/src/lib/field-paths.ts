import type { FieldError } from '../../../shared/contracts/problem.js';
import type { FieldErrors } from './field-errors.js';

/** Field errors use dotted paths into the request body: "availability.2.end", "languages.1", "visibility.topics". */
export function pathOf(...parts: ReadonlyArray<string | number>): string {
  return parts.join('.');
}

/** The error about exactly this path. */
export function errorAt(errors: FieldErrors, ...parts: ReadonlyArray<string | number>): FieldError | undefined {
  return errors[pathOf(...parts)];
}

/** The first error about this path or anything inside it ("topics" finds "topics" and "topics.3"). */
export function errorWithin(errors: FieldErrors, ...parts: ReadonlyArray<string | number>): FieldError | undefined {
  const path = pathOf(...parts);
  const key = Object.keys(errors).find((name) => name === path || name.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

/** The nearest path among `known` that contains `path`: "availability.2.end" → "availability.2" → "availability". */
export function nearestKnownPath(path: string, known: (candidate: string) => boolean): string | null {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    if (known(candidate)) return candidate;
  }
  return null;
}

/**
 * Adds an entry for each nested error path to an error summary's field map, pointing at its nearest known
 * field, and keeps them next to that field so the summary lists errors in the order of the form.
 */
export function withNestedTargets<F extends { id: string; label: string }>(
  fields: Record<string, F>,
  errors: FieldErrors,
): Record<string, F> {
  const nested = new Map<string, string[]>();
  for (const path of Object.keys(errors)) {
    if (fields[path]) continue;
    const owner = nearestKnownPath(path, (candidate) => Boolean(fields[candidate]));
    if (owner) nested.set(owner, [...(nested.get(owner) ?? []), path]);
  }
  const result: Record<string, F> = {};
  for (const [name, field] of Object.entries(fields)) {
    result[name] = field;
    for (const path of nested.get(name) ?? []) result[path] = field;
  }
  return result;
}
