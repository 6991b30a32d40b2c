import type { TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  /** Already translated error text; its presence marks the field invalid. */
  error?: string | undefined;
}

/** A DKFDS textarea with label, optional hint and an inline error, both tied to it by aria-describedby. */
export function TextAreaField({ id, label, hint, error, className, ...props }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={[error ? 'form-group form-error' : 'form-group', className].filter(Boolean).join(' ')}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {error}
        </span>
      )}
      <textarea
        id={id}
        className="form-input"
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...props}
      />
    </div>
  );
}
