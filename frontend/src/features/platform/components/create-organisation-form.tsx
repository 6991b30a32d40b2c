import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { TextField } from '@/components/text-field';
import { isApiError } from '@/lib/api/api-error';
import type { Organisation } from '@/lib/api/types';
import { useCreateOrganisation } from '../api/organisations';
import { NS } from '../i18n';

type Field = 'name' | 'adminName' | 'adminEmail';

const EMAIL = /^[^@\s"';,<>]+@[^@\s"';,<>]+\.[^@\s"';,<>]+$/;

export function CreateOrganisationForm({ onCreated }: { onCreated: (created: Organisation) => void }) {
  const { t } = useTranslation(NS);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', adminName: '', adminEmail: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useCreateOrganisation({
    onSuccess: (created) => {
      setValues({ name: '', adminName: '', adminEmail: '' });
      onCreated(created);
    },
  });

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt, create.isError]);

  const summary: ErrorSummaryItem[] = (Object.entries(errors) as [Field, string][]).map(([field, key]) => ({
    fieldId: `organisation-${field}`,
    message: t(key),
  }));
  if (create.isError) summary.push({ message: t(isApiError(create.error, 409) ? 'errors.conflict' : 'errors.failed') });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (values.name.trim() === '') found.name = 'errors.nameRequired';
    if (values.adminName.trim() === '') found.adminName = 'errors.adminNameRequired';
    if (!EMAIL.test(values.adminEmail.trim())) found.adminEmail = 'errors.adminEmailInvalid';
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length === 0) {
      create.mutate({ name: values.name.trim(), adminName: values.adminName.trim(), adminEmail: values.adminEmail.trim() });
    } else {
      create.reset();
    }
  }

  const field = (name: Field, type = 'text', autoComplete = 'off') => (
    <TextField
      id={`organisation-${name}`}
      name={name}
      type={type}
      autoComplete={autoComplete}
      label={t(name)}
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      error={errors[name] && t(errors[name])}
      required
    />
  );

  return (
    <section aria-labelledby="create-organisation-heading" className="mt-8">
      <h2 id="create-organisation-heading">{t('createHeading')}</h2>
      <p>{t('createIntro')}</p>
      <form onSubmit={handleSubmit} noValidate>
        {summary.length > 0 && <ErrorSummary ref={summaryRef} heading={t('errorSummary')} items={summary} />}
        {field('name', 'text', 'organization')}
        {field('adminName', 'text', 'off')}
        {field('adminEmail', 'email', 'off')}
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('creating') : t('create')}
        </button>
      </form>
    </section>
  );
}
