import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { TextAreaField } from '@/components/text-area-field';
import { formErrors } from '@/lib/form-errors';
import { optional } from '../form-errors';
import type { Statement, StatementInput } from '../types';

const FIELDS = ['text', 'selfText', 'textEn', 'selfTextEn'] as const;

interface StatementFormProps {
  idPrefix: string;
  legend: string;
  submitLabel: string;
  initial?: Statement;
  error: unknown;
  pending: boolean;
  onSubmit: (input: StatementInput, reset: () => void) => void;
  onCancel: () => void;
}

/** The employee wording and the self wording side by side (stacked on narrow screens), English behind a disclosure. */
export function StatementForm({ idPrefix, legend, submitLabel, initial, error, pending, onSubmit, onCancel }: StatementFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial?.text ?? '');
  const [selfText, setSelfText] = useState(initial?.selfText ?? '');
  const [textEn, setTextEn] = useState(initial?.textEn ?? '');
  const [selfTextEn, setSelfTextEn] = useState(initial?.selfTextEn ?? '');
  const errors = formErrors(error, FIELDS, t('frameworks.unexpectedError'));
  const englishOpen = Boolean(initial?.textEn || initial?.selfTextEn || errors.fields.textEn || errors.fields.selfTextEn);

  function reset() {
    setText('');
    setSelfText('');
    setTextEn('');
    setSelfTextEn('');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ text: text.trim(), selfText: selfText.trim(), textEn: optional(textEn), selfTextEn: optional(selfTextEn) }, reset);
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="statement-form">
      <fieldset>
        <legend className="h5">{legend}</legend>
        <FormProblems messages={errors.other} />
        <div className="wording-pair">
          <TextAreaField id={`${idPrefix}-text`} label={t('frameworks.statement.employee')} hint={t('frameworks.statement.employeeHint')} value={text} onChange={(e) => setText(e.target.value)} error={errors.fields.text} maxLength={300} required />
          <TextAreaField id={`${idPrefix}-selfText`} label={t('frameworks.statement.self')} hint={t('frameworks.statement.selfHint')} value={selfText} onChange={(e) => setSelfText(e.target.value)} error={errors.fields.selfText} maxLength={300} required />
        </div>
        <details className="details" open={englishOpen || undefined}>
          <summary className="details-summary">
            <span className="details-summary-text">{t('frameworks.statement.englishDisclosure')}</span>
          </summary>
          <div className="details-text wording-pair">
            <TextAreaField id={`${idPrefix}-textEn`} lang="en" label={t('frameworks.statement.employeeEn')} value={textEn} onChange={(e) => setTextEn(e.target.value)} error={errors.fields.textEn} maxLength={300} />
            <TextAreaField id={`${idPrefix}-selfTextEn`} lang="en" label={t('frameworks.statement.selfEn')} value={selfTextEn} onChange={(e) => setSelfTextEn(e.target.value)} error={errors.fields.selfTextEn} maxLength={300} />
          </div>
        </details>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('frameworks.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('frameworks.cancel')}
        </button>
      </div>
    </form>
  );
}
