import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import { fieldErrorsFromProblem, fieldErrorsFromZod, type FieldErrors } from './field-errors.js';

export interface FormErrorState {
  fields: FieldErrors;
  /** The failed request when it was not about particular fields (shown in the summary). */
  problem: unknown;
  /** Counts failed submissions, so the summary can move focus again on every attempt. */
  attempt: number;
}

export interface FormErrors extends FormErrorState {
  /** Checks values with a shared schema; returns the parsed body, or null after recording errors. */
  validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null;
  /** Records why a request failed. */
  fail(error: unknown): void;
  clear(): void;
}

const NONE = { fields: {}, problem: null };

/** Error state for one form: client-side checks and server answers end up in the same shape. */
export function useFormErrors(): FormErrors {
  const [state, setState] = useState<FormErrorState>({ ...NONE, attempt: 0 });

  const report = useCallback((fields: FieldErrors, problem: unknown) => {
    setState((previous) => ({ fields, problem, attempt: previous.attempt + 1 }));
  }, []);

  const clear = useCallback(() => setState((previous) => ({ ...NONE, attempt: previous.attempt })), []);

  const validate = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null => {
      const result = schema.safeParse(values);
      if (result.success) {
        clear();
        return result.data;
      }
      report(fieldErrorsFromZod(result.error), null);
      return null;
    },
    [clear, report],
  );

  const fail = useCallback(
    (error: unknown) => {
      const fields = fieldErrorsFromProblem(error);
      report(fields, Object.keys(fields).length > 0 ? null : error);
    },
    [report],
  );

  return useMemo(() => ({ ...state, validate, fail, clear }), [state, validate, fail, clear]);
}
