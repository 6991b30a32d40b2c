import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { isApiError } from '@/lib/api/api-error';
import { problemText } from '@/lib/api/problem-text';
import { useImportFramework } from '../api/import-framework';
import type { FrameworkExport } from '../types';
import { useFieldPath } from '../use-field-path';

/** Reads an exported file, posts it and opens the new draft; a refused file lists each problem by its path. */
export function ImportFrameworkForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const importing = useImportFramework();
  const fieldPath = useFieldPath();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importing.reset();
    if (!file) return setLocalError(t('frameworks.import.noFile'));
    let body: FrameworkExport;
    try {
      body = JSON.parse(await readText(file)) as FrameworkExport;
    } catch {
      return setLocalError(t('frameworks.import.notJson'));
    }
    setLocalError(null);
    importing.mutate(body, { onSuccess: (framework) => void navigate(`/ledelsesgrundlag/${framework.id}`) });
  }

  const problem = isApiError(importing.error) ? importing.error.problem : undefined;
  const serverErrors = (problem?.errors ?? []).map((error) => `${fieldPath(error.field ?? '')}: ${error.message ?? ''}`);
  if (importing.isError && serverErrors.length === 0) {
    serverErrors.push(isApiError(importing.error) ? problemText(importing.error) : t('frameworks.unexpectedError'));
  }
  const hasError = localError !== null || serverErrors.length > 0;

  return (
    <section aria-labelledby="import-framework-heading">
      <h2 id="import-framework-heading">{t('frameworks.import.heading')}</h2>
      <p>{t('frameworks.import.intro')}</p>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormField
          id="import-file"
          label={t('frameworks.import.file')}
          error={
            hasError && (
              <>
                {localError ?? t('frameworks.import.rejected')}
                {serverErrors.length > 0 && (
                  <ul>
                    {serverErrors.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                )}
              </>
            )
          }
        >
          {(control) => <input type="file" accept=".json,application/json" {...control} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
        </FormField>
        <button type="submit" className="button button-secondary" disabled={importing.isPending}>
          {importing.isPending ? t('frameworks.import.importing') : t('frameworks.import.submit')}
        </button>
      </form>
    </section>
  );
}

/** FileReader rather than Blob.text(), which older engines (and jsdom) lack. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsText(file);
  });
}
