import { useTranslation } from 'react-i18next';
import { useExportOrganisation } from '../api/export-organisation';
import { NS } from '../i18n';

/** The organisation as it is, as a CSV file in the import's columns: the file to start from. */
export function ExportSection() {
  const { t } = useTranslation(NS);
  const exporting = useExportOrganisation();
  // aria-disabled rather than disabled while the file is on its way: the button keeps keyboard focus.
  const download = () => {
    if (!exporting.isPending) exporting.mutate();
  };

  return (
    <section aria-labelledby="org-export-heading">
      <h2 id="org-export-heading">{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <button type="button" className="button button-secondary" onClick={download} aria-disabled={exporting.isPending}>
        {t('export.button')}
      </button>
      <div aria-live="polite">
        {exporting.isPending && <p>{t('export.busy')}</p>}
        {exporting.isSuccess && <p>{t('export.done', { name: exporting.data })}</p>}
      </div>
      {exporting.isError && (
        <p className="alert alert-error" role="alert">
          {t('export.error')}
        </p>
      )}
    </section>
  );
}
