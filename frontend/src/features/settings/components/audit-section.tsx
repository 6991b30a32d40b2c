import { useTranslation } from 'react-i18next';
import { useAuditLog } from '../api/settings';
import { NS } from '../i18n';

/** The organisation's audit log for its admins: who, what, when. */
export function AuditSection() {
  const { t, i18n } = useTranslation(NS);
  const log = useAuditLog();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const entries = log.data?.pages.flat() ?? [];
  return (
    <section aria-labelledby="audit-heading" className="mt-8">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <p>{t('audit.intro')}</p>
      {log.isError && (
        <p className="alert alert-error" role="alert">
          {t('app.loadError', { ns: 'translation' })}
        </p>
      )}
      {log.isSuccess && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="audit-heading">
          <table className="table table--borderless table--compact">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{when.format(new Date(entry.occurredAt))}</td>
                  <td>{entry.operator ? t('audit.operator') : (entry.actor ?? t('audit.nobody'))}</td>
                  <td>
                    <code>{entry.action}</code>
                    {entry.detail ? ` (${entry.detail})` : ''}
                  </td>
                  <td>{[entry.targetType, entry.targetId].filter(Boolean).join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
