import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormField } from './form-field';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  /** Already translated error text; its presence marks the field invalid. */
  error?: string | undefined;
  onChange: (value: string) => void;
  /** Shown under the select, inside its form group (a note that the list is empty, a load error). */
  after?: ReactNode;
  children: ReactNode;
}

/** A DKFDS select with label, optional hint and inline error. */
export function SelectField({ id, label, hint, value, error, onChange, after, children, ...props }: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <select className="form-select" value={value} onChange={(event) => onChange(event.target.value)} {...control} {...props}>
            {children}
          </select>
          {after}
        </>
      )}
    </FormField>
  );
}
