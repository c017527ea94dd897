import { useCallback, useState } from 'react';

/** Text values of a form's inputs, with `bind(name)` giving an input its value and change handler. */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);

  const bind = useCallback(
    (name: keyof T & string) => ({
      value: values[name] ?? '',
      onChange: (value: string) => setValues((previous) => ({ ...previous, [name]: value })),
    }),
    [values],
  );

  return { values, bind, setValues };
}
