import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { TextAreaField } from '@/components/text-area-field';
import { TextField } from '@/components/text-field';
import { formErrors } from '@/lib/form-errors';
import { optional } from '../form-errors';
import type { FrameworkValue, ValueInput } from '../types';

const FIELDS = ['title', 'titleEn', 'description', 'descriptionEn', 'respondentTitle', 'respondentTitleEn'] as const;

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

/**
 * Title, the title as respondents read it, and description of a value, English behind a disclosure; the API's field
 * errors show inline.
 */
export function ValueForm({ idPrefix, legend, submitLabel, initial, error, pending, onSubmit, onCancel }: ValueFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [titleEn, setTitleEn] = useState(initial?.titleEn ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [descriptionEn, setDescriptionEn] = useState(initial?.descriptionEn ?? '');
  const [respondentTitle, setRespondentTitle] = useState(initial?.respondentTitle ?? '');
  const [respondentTitleEn, setRespondentTitleEn] = useState(initial?.respondentTitleEn ?? '');
  const errors = formErrors(error, FIELDS, t('frameworks.unexpectedError'));
  const englishOpen = Boolean(
    initial?.titleEn || initial?.descriptionEn || initial?.respondentTitleEn || errors.fields.titleEn || errors.fields.descriptionEn || errors.fields.respondentTitleEn,
  );

  function reset() {
    setTitle('');
    setTitleEn('');
    setDescription('');
    setDescriptionEn('');
    setRespondentTitle('');
    setRespondentTitleEn('');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(
      {
        title: title.trim(),
        titleEn: optional(titleEn),
        description: optional(description),
        descriptionEn: optional(descriptionEn),
        respondentTitle: optional(respondentTitle),
        respondentTitleEn: optional(respondentTitleEn),
      },
      reset,
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="value-form">
      <fieldset>
        <legend className="h4">{legend}</legend>
        <FormProblems messages={errors.other} />
        <TextField id={`${idPrefix}-title`} label={t('frameworks.value.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields.title} maxLength={200} required />
        <TextField
          id={`${idPrefix}-respondentTitle`}
          label={t('frameworks.value.respondentTitle')}
          hint={t('frameworks.value.respondentTitleHint')}
          value={respondentTitle}
          onChange={(e) => setRespondentTitle(e.target.value)}
          error={errors.fields.respondentTitle}
          maxLength={200}
        />
        <TextAreaField id={`${idPrefix}-description`} label={t('frameworks.value.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields.description} />
        <details className="details" open={englishOpen || undefined}>
          <summary className="details-summary">
            <span className="details-summary-text">{t('frameworks.value.englishDisclosure')}</span>
          </summary>
          <div className="details-text">
            <TextField id={`${idPrefix}-titleEn`} lang="en" label={t('frameworks.value.titleEn')} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} error={errors.fields.titleEn} maxLength={200} />
            <TextField
              id={`${idPrefix}-respondentTitleEn`}
              lang="en"
              label={t('frameworks.value.respondentTitleEn')}
              value={respondentTitleEn}
              onChange={(e) => setRespondentTitleEn(e.target.value)}
              error={errors.fields.respondentTitleEn}
              maxLength={200}
            />
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
