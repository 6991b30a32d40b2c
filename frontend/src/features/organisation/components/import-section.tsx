import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorSummary } from '@/components/error-summary';
import { FormField } from '@/components/form-field';
import { isApiError } from '@/lib/api/api-error';
import { problemText } from '@/lib/api/problem-text';
import { useImportOrganisation } from '../api/import-organisation';
import { NS } from '../i18n';
import type { OrgImportResult } from '../types';
import { useImportErrors } from '../use-import-errors';
import { DeactivationWarning } from './deactivation-warning';
import { ImportChanges } from './import-changes';

/** The server's limit (16 MB), checked here too so that a large file is not sent for nothing. */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Choose a file, see what it would change (or every error in it, by line), then apply exactly the text that was
 * previewed, after a confirmation.
 */
export function ImportSection() {
  const { t } = useTranslation(NS);
  const importing = useImportOrganisation();
  const describeErrors = useImportErrors();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<{ csv: string; result: OrgImportResult } | null>(null);
  const [applied, setApplied] = useState<OrgImportResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  const problem = isApiError(importing.error) ? importing.error.problem : undefined;
  const serverErrors = importing.isError ? describeErrors(problem?.errors ?? []) : [];
  if (importing.isError && serverErrors.length === 0) {
    serverErrors.push(isApiError(importing.error) ? problemText(importing.error) : t('form.unexpectedError'));
  }

  // Move focus to what the last action produced, so that a screen reader user hears it.
  useEffect(() => {
    if (importing.isError) errorRef.current?.focus();
  }, [importing.isError, importing.error]);
  useEffect(() => {
    if (previewed) previewRef.current?.focus();
  }, [previewed]);
  useEffect(() => {
    if (applied) successRef.current?.focus();
  }, [applied]);

  async function handlePreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importing.reset();
    setPreviewed(null);
    setApplied(null);
    if (!file) return setLocalError(t('form.noFile'));
    if (file.size > MAX_BYTES) return setLocalError(t('form.tooLarge'));
    const csv = await readText(file);
    // The reader decodes as UTF-8 and puts U+FFFD where bytes are not UTF-8 (e.g. an Excel "CSV (semikolon)" file).
    if (csv.includes('\uFFFD')) return setLocalError(t('form.notUtf8'));
    setLocalError(null);
    importing.mutate({ csv, mode: 'preview' }, { onSuccess: (result) => setPreviewed({ csv, result }) });
  }

  function handleApply() {
    if (!previewed) return;
    importing.mutate(
      { csv: previewed.csv, mode: 'apply' },
      {
        onSuccess: (result) => {
          setConfirming(false);
          setPreviewed(null);
          setApplied(result);
        },
        onError: () => setConfirming(false),
      },
    );
  }

  const result = previewed?.result;
  const nothingToDo = result !== undefined && result.units.length + result.people.length + result.accounts.length === 0;
  const busy = importing.isPending;
  const deactivated = result?.summary.peopleDeactivated ?? 0;

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('form.heading')}</h2>
      <form onSubmit={(event) => void handlePreview(event)} noValidate>
        <FormField id="org-import-file" label={t('form.file')} hint={t('form.fileHint')} error={localError}>
          {(control) => (
            <input
              className="form-input"
              type="file"
              accept=".csv,text/csv"
              {...control}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreviewed(null);
                setApplied(null);
                setLocalError(null);
                importing.reset();
              }}
            />
          )}
        </FormField>
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy && !previewed ? t('form.previewing') : t('form.preview')}
        </button>
      </form>

      {serverErrors.length > 0 && (
        <div className="mt-5">
          <ErrorSummary ref={errorRef} heading={t('errors.heading', { count: problem?.errors?.length ?? 1 })} items={serverErrors.map((message) => ({ message }))} />
          <p>{t('errors.intro')}</p>
        </div>
      )}

      {applied && (
        <div className="alert alert-success mt-5" role="status" tabIndex={-1} ref={successRef}>
          <div className="alert-body">
            <p className="alert-text">
              {t('apply.success', {
                created: applied.summary.peopleCreated,
                updated: applied.summary.peopleUpdated,
                moved: applied.summary.peopleMoved,
                deactivated: applied.summary.peopleDeactivated,
              })}
            </p>
          </div>
        </div>
      )}

      {result && (
        <section aria-labelledby="import-preview-heading" className="mt-5">
          <h3 id="import-preview-heading" tabIndex={-1} ref={previewRef}>
            {t('preview.heading')}
          </h3>
          {nothingToDo ? (
            <p>{t('preview.nothing')}</p>
          ) : (
            <>
              <DeactivationWarning people={result.people} />
              <ImportChanges result={result} />
              <button type="button" className="button button-primary" onClick={() => setConfirming(true)} disabled={busy}>
                {t('apply.button')}
              </button>
            </>
          )}
        </section>
      )}

      {confirming && result && (
        <ConfirmDialog
          title={t('apply.confirmTitle')}
          confirmLabel={busy ? t('apply.applying') : t('apply.button')}
          cancelLabel={t('apply.cancel')}
          onConfirm={handleApply}
          onCancel={() => setConfirming(false)}
          busy={busy}
          danger={deactivated > 0}
        >
          <p>{t('apply.confirmBody')}</p>
          {deactivated > 0 && <p>{t('apply.confirmDeactivate', { count: deactivated })}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}

/** FileReader rather than Blob.text(), which older engines (and jsdom) lack. Decodes as UTF-8, dropping a BOM. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsText(file, 'utf-8');
  });
}
