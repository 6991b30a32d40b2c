import { useTranslation } from 'react-i18next';
import { useReports } from '@/lib/queries/reports';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import type { Relation, ReportSummary } from '../types';
import { ReportLinks } from './report-links';
import '../reports.css';

const RELATIONS: Relation[] = ['OWN', 'MANAGER', 'HR'];

/** /rapporter: the caller's own reports, those of the leaders who report to them, and HR's. */
export function ReportListPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('list.title'));
  const reports = useReports();
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="font-lead">{t('list.intro')}</p>
      {reports.isPending && <p aria-live="polite">{t('loading')}</p>}
      {reports.isError && (
        <p className="alert alert-error" role="alert">
          {t('loadError')}
        </p>
      )}
      {reports.data && reports.data.length === 0 && <p>{t('list.empty')}</p>}
      {reports.data &&
        RELATIONS.map((relation) => {
          const rows = reports.data.filter((report) => report.relation === relation);
          return rows.length === 0 ? null : <ReportGroup key={relation} relation={relation} rows={rows} />;
        })}
    </>
  );
}

function ReportGroup({ relation, rows }: { relation: Relation; rows: ReportSummary[] }) {
  const { t } = useTranslation(NS);
  const heading = t(`list.${relation}`);
  return (
    <section aria-labelledby={`reports-${relation}`}>
      <h2 id={`reports-${relation}`}>{heading}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <caption className="sr-only">{t('list.caption', { heading })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.round')}</th>
              <th scope="col">{t('list.leader')}</th>
              <th scope="col">{t('list.unit')}</th>
              <th scope="col">{t('list.report')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.roundId}/${row.leaderId}`}>
                <th scope="row">{row.roundName}</th>
                <td>{row.leaderName}</td>
                <td>{row.unitName ?? ''}</td>
                <td>
                  <ReportLinks summary={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
