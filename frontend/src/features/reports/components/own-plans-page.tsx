import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { reportPaths } from '@/lib/queries/reports';
import { useReports } from '@/lib/queries/reports';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import type { ReportSummary } from '../types';
import '../reports.css';

function closedAt(report: ReportSummary): string {
  return report.closedAt ?? report.closesAt;
}

/** /udviklingsplan: the leader's own plans, one per closed round, latest first. */
export function OwnPlansPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('plans.title'));
  const numbers = useFormat();
  const reports = useReports();
  const own = (reports.data ?? [])
    .filter((report) => report.relation === 'OWN' && report.available)
    .sort((a, b) => closedAt(b).localeCompare(closedAt(a)));
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <p className="font-lead">{t('plans.intro')}</p>
      {reports.isPending && <p aria-live="polite">{t('loading')}</p>}
      {reports.isError && (
        <p className="alert alert-error" role="alert">
          {t('loadError')}
        </p>
      )}
      {reports.data && own.length === 0 && <p>{t('plans.empty')}</p>}
      {own.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t('plans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.round')}</th>
                <th scope="col">{t('plans.closedAt')}</th>
                <th scope="col">{t('plans.status')}</th>
              </tr>
            </thead>
            <tbody>
              {own.map((report) => (
                <tr key={report.roundId}>
                  <th scope="row">
                    <Link to={reportPaths.plan(report.roundId, report.leaderId)}>
                      {t('plans.open')}
                      <span className="sr-only">
                        {': '}
                        {report.roundName}
                      </span>
                    </Link>
                    <br />
                    {report.roundName}
                  </th>
                  <td>{numbers.date(closedAt(report), 'long')}</td>
                  <td>{report.hasPlan ? t('plans.written') : t('plans.notWritten')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
