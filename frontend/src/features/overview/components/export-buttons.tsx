import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { useExportOverview } from '../api/export-overview';
import { NS } from '../i18n';
import type { ExportFormat } from '../types';

/** CSV and XLSX of the round's aggregates (never single ballots); the outcome is announced politely. */
export function ExportButtons({ roundId }: { roundId: string }) {
  const { t } = useTranslation(NS);
  const exporting = useExportOverview();
  // aria-disabled rather than disabled while a file is on its way: the button keeps keyboard focus.
  const download = (format: ExportFormat) => {
    if (!exporting.isPending) exporting.mutate({ roundId, format });
  };

  return (
    <section aria-labelledby="overview-export-heading" className="overview-export">
      <h2 id="overview-export-heading">{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <p className="overview-export-buttons">
        <button type="button" className="button button-secondary" onClick={() => download('csv')} aria-disabled={exporting.isPending}>
          {t('export.csv')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => download('xlsx')} aria-disabled={exporting.isPending}>
          {t('export.xlsx')}
        </button>
      </p>
      <div aria-live="polite">
        {exporting.isPending && <p>{t('export.busy')}</p>}
        {exporting.isSuccess && <p>{t('export.done', { name: exporting.data })}</p>}
      </div>
      {exporting.isError && (
        <p className="alert alert-error" role="alert">
          {isApiError(exporting.error, 429) ? t('export.tooMany') : t('export.error')}
        </p>
      )}
    </section>
  );
}
