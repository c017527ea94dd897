import { z } from 'zod';
import { onCallShiftInput } from '../../../../shared/contracts/safety.js';
import { localInputToIso } from './local-datetime.js';

/** What the rota form holds: the picked supervisor and the inputs' own text. */
export interface ShiftFormValues {
  userId: string;
  startsAt: string;
  endsAt: string;
  position: string;
}

export const EMPTY_SHIFT_FORM: ShiftFormValues = { userId: '', startsAt: '', endsAt: '', position: '1' };

/** The shared rules, plus the one thing only the form can get wrong: nobody picked yet. */
export const shiftFormSchema = onCallShiftInput.safeExtend({ userId: z.string().min(1, { error: 'supervisor_required' }) });

/** The request body for the form's values; the shared schema then names whatever is wrong. */
export function shiftRequestFrom(values: ShiftFormValues): unknown {
  const position = values.position.trim();
  return {
    userId: values.userId,
    startsAt: localInputToIso(values.startsAt),
    endsAt: localInputToIso(values.endsAt),
    position: position === '' ? undefined : Number(position),
  };
}
