import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { TextAreaField } from '@/components/text-area-field';
import { TextField } from '@/components/text-field';
import { formErrors } from '@/lib/form-errors';
import { useAnnounce } from '../announcer';
import { useUpdateFramework } from '../api/update-framework';
import { optional } from '../form-errors';
import type { Framework } from '../types';

export function FrameworkDetailsForm({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [name, setName] = useState(framework.name);
  const [description, setDescription] = useState(framework.description ?? '');
  const update = useUpdateFramework(framework.id);
  const errors = formErrors(update.error, ['name', 'description'], t('frameworks.unexpectedError'));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(
      { name: name.trim(), description: optional(description) },
      { onSuccess: () => announce(t('frameworks.editor.detailsSaved')) },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="details-heading" className="framework-details">
      <h2 id="details-heading">{t('frameworks.editor.detailsHeading')}</h2>
      <FormProblems messages={errors.other} />
      <TextField
        id="framework-name"
        label={t('frameworks.editor.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
        maxLength={200}
        required
      />
      <TextAreaField
        id="framework-description"
        label={t('frameworks.editor.description')}
        hint={t('frameworks.editor.descriptionHint')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.fields.description}
        rows={3}
      />
      <button type="submit" className="button button-secondary" disabled={update.isPending}>
        {update.isPending ? t('frameworks.saving') : t('frameworks.editor.saveDetails')}
      </button>
    </form>
  );
}
