import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FormField } from './form-field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Already translated error text; its presence marks the field invalid. */
  error?: string | undefined;
}

/** A DKFDS textarea with label, optional hint and inline error; `className` goes to the form group. */
export function TextAreaField({ id, label, hint, error, className, ...props }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea className="form-input" rows={2} {...control} {...props} />}
    </FormField>
  );
}
