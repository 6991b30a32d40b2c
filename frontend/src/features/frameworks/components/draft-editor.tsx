import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { isApiError } from '@/lib/api/api-error';
import { problemText } from '@/lib/api/problem-text';
import { useAnnounce } from '../announcer';
import { useDeleteFramework } from '../api/delete-framework';
import { useExportFramework } from '../api/export-framework';
import { usePublishFramework } from '../api/publish-framework';
import type { Framework } from '../types';
import { AddValueForm } from './add-value-form';
import { FrameworkDetailsForm } from './framework-details-form';
import { PublishDialog } from './publish-dialog';
import { ValueEditor } from './value-editor';

/** The editor of a draft: details, values in order with their statements, publish, export and delete. */
export function DraftEditor({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<'publish' | 'delete' | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const publish = usePublishFramework(framework.id);
  const exporting = useExportFramework();
  const deleting = useDeleteFramework(framework.id);

  function confirmPublish() {
    publish.mutate(undefined, {
      onSuccess: (published) => {
        setDialog(null);
        announce(t('frameworks.publish.done', { version: published.version }));
        setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
      },
      onError: () => {
        setDialog(null);
        setTimeout(() => summaryRef.current?.focus(), 0);
      },
    });
  }

  function confirmDelete() {
    deleting.mutate(undefined, { onSuccess: () => void navigate('/ledelsesgrundlag', { replace: true }) });
  }

  return (
    <>
      {publish.isError && (
        <ErrorSummary ref={summaryRef} heading={t('frameworks.editor.publishBlocked')} items={publishErrors(publish.error, framework, t('frameworks.unexpectedError'))} />
      )}
      <div className="alert alert-info" role="note">
        <p className="alert-text">{t('frameworks.editor.draftNotice')}</p>
      </div>
      <div className="button-row framework-actions">
        <button type="button" className="button button-primary" onClick={() => setDialog('publish')}>
          {t('frameworks.editor.publish')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => exporting.mutate(framework.id)} disabled={exporting.isPending}>
          {exporting.isPending ? t('frameworks.editor.exporting') : t('frameworks.editor.export')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => setDialog('delete')}>
          {t('frameworks.editor.deleteDraft')}
        </button>
      </div>
      <FrameworkDetailsForm framework={framework} />
      <section aria-labelledby="values-heading">
        <h2 id="values-heading">{t('frameworks.editor.valuesHeading')}</h2>
        <p>{t('frameworks.editor.valuesIntro')}</p>
        {framework.values.length === 0 ? (
          <p>{t('frameworks.editor.noValues')}</p>
        ) : (
          <ol className="unstyled-list value-list">
            {framework.values.map((value, index) => (
              <ValueEditor key={value.id} framework={framework} value={value} index={index} />
            ))}
          </ol>
        )}
        <AddValueForm frameworkId={framework.id} />
      </section>
      {dialog === 'publish' && (
        <PublishDialog framework={framework} busy={publish.isPending} onConfirm={confirmPublish} onCancel={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('frameworks.editor.deleteDraftTitle')}
          confirmLabel={t('frameworks.editor.deleteDraftConfirm')}
          cancelLabel={t('frameworks.cancel')}
          onConfirm={confirmDelete}
          onCancel={() => setDialog(null)}
          busy={deleting.isPending}
          danger
        >
          <p>{t('frameworks.editor.deleteDraftText', { name: framework.name })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** The publish refusal names fields like "values[2].statements": link each to that value's heading. */
function publishErrors(error: unknown, framework: Framework, fallback: string): ErrorSummaryItem[] {
  if (!isApiError(error)) return [{ message: fallback }];
  const errors = error.problem?.errors ?? [];
  if (errors.length === 0) return [{ message: problemText(error) }];
  return errors.map((fieldError) => {
    const index = /^values\[(\d+)\]/.exec(fieldError.field ?? '')?.[1];
    const value = index === undefined ? undefined : framework.values[Number(index)];
    return { fieldId: value ? `value-${value.id}-heading` : undefined, message: fieldError.message ?? fallback };
  });
}
