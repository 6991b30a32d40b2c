import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormField } from './form-field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Already translated error text; its presence marks the field invalid. */
  error?: string | undefined;
  /** Classes of the form group; `className` goes to the input, beside form-input. */
  groupClassName?: string;
}

/** A DKFDS text input (also date, number, e-mail …) with label, optional hint and inline error. */
export function TextField({ id, label, hint, error, groupClassName, className, ...inputProps }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={groupClassName}>
      {(control) => <input className={['form-input', className].filter(Boolean).join(' ')} {...control} {...inputProps} />}
    </FormField>
  );
}
