import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { TextAreaField } from '@/components/text-area-field';
import { TextField } from '@/components/text-field';
import { formErrors } from '@/lib/form-errors';
import { optional } from '../form-errors';
import type { FrameworkValue, ValueInput } from '../types';

const FIELDS = ['title', 'titleEn', 'description', 'descriptionEn'] as const;

interface ValueFormProps {
  idPrefix: string;
  legend: string;
  submitLabel: string;
  initial?: FrameworkValue;
  error: unknown;
  pending: boolean;
  onSubmit: (input: ValueInput, reset: () => void) => void;
  onCancel?: () => void;
}

/** Title and description of a value, English behind a disclosure; the API's field errors show inline. */
export function ValueForm({ idPrefix, legend, submitLabel, initial, error, pending, onSubmit, onCancel }: ValueFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [titleEn, setTitleEn] = useState(initial?.titleEn ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [descriptionEn, setDescriptionEn] = useState(initial?.descriptionEn ?? '');
  const errors = formErrors(error, FIELDS, t('frameworks.unexpectedError'));
  const englishOpen = Boolean(initial?.titleEn || initial?.descriptionEn || errors.fields.titleEn || errors.fields.descriptionEn);

  function reset() {
    setTitle('');
    setTitleEn('');
    setDescription('');
    setDescriptionEn('');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(
      { title: title.trim(), titleEn: optional(titleEn), description: optional(description), descriptionEn: optional(descriptionEn) },
      reset,
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="value-form">
      <fieldset>
        <legend className="h4">{legend}</legend>
        <FormProblems messages={errors.other} />
        <TextField id={`${idPrefix}-title`} label={t('frameworks.value.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields.title} maxLength={200} required />
        <TextAreaField id={`${idPrefix}-description`} label={t('frameworks.value.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields.description} />
        <details className="details" open={englishOpen || undefined}>
          <summary className="details-summary">
            <span className="details-summary-text">{t('frameworks.value.englishDisclosure')}</span>
          </summary>
          <div className="details-text">
            <TextField id={`${idPrefix}-titleEn`} lang="en" label={t('frameworks.value.titleEn')} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} error={errors.fields.titleEn} maxLength={200} />
            <TextAreaField id={`${idPrefix}-descriptionEn`} lang="en" label={t('frameworks.value.descriptionEn')} value={descriptionEn} onChange={(e) => setDescriptionEn(e.target.value)} error={errors.fields.descriptionEn} />
          </div>
        </details>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('frameworks.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('frameworks.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
