import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the control inside a FormField must carry so that its label, hint and error belong to it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated error; its presence marks the field invalid. */
  error?: ReactNode;
  className?: string | undefined;
  /** The control, given the id and ARIA attributes it must carry. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The one DKFDS form group: label, optional hint, optional inline error, then the control, with the hint and the
 * error tied to the control by aria-describedby. Text field, text area and select are built on it; a form with
 * another control (a file input, a native select with its own options) uses it directly.
 */
export function FormField({ id, label, hint, error, className, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['form-group', hasError ? 'form-error' : null, className].filter(Boolean).join(' ')}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {hasError && (
        <div className="form-error-message" id={errorId}>
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {error}
        </div>
      )}
      {children({ id, 'aria-invalid': hasError ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}

export interface FieldGroupProps {
  /** Prefix of the hint's and the error's ids. */
  id: string;
  legend: ReactNode;
  /** Classes of the legend; DKFDS's form-label by default. */
  legendClassName?: string;
  /** The language of the legend, when it is not the page's (a statement in the survey). */
  legendLang?: string;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A group of controls (radios, checkboxes, a date and a time) as a fieldset whose legend names it; the hint and the
 * error are tied to the fieldset, so they are read when focus enters the group.
 */
export function FieldGroup({ id, legend, legendClassName = 'form-label', legendLang, hint, error, className, children }: FieldGroupProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['form-group', hasError ? 'form-error' : null, className].filter(Boolean).join(' ')}>
      <fieldset aria-describedby={describedBy}>
        <legend className={legendClassName} lang={legendLang}>
          {legend}
        </legend>
        {hint && (
          <span className="form-hint" id={hintId}>
            {hint}
          </span>
        )}
        {hasError && (
          <div className="form-error-message" id={errorId}>
            <span className="sr-only">{t('form.errorPrefix')} </span>
            {error}
          </div>
        )}
        {children}
      </fieldset>
    </div>
  );
}
