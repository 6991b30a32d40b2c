import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { problemType } from '@/lib/api/problem-text';
import { useFormat } from '@/lib/format';
import { useReport } from '@/lib/queries/reports';
import { reportPaths } from '@/lib/queries/reports';
import { readerContext } from '@/lib/reader';
import { usePageTitle } from '@/lib/use-page-title';
import { useDownloadGuideDocx } from '@/lib/queries/guide-docx';
import { useDownloadReportPdf } from '../api/download-report-pdf';
import { NS } from '../i18n';
import type { LeaderReport } from '../types';
import { PreviousPlan } from './previous-plan';
import { ReportSummary } from './report-summary';
import { ResponseRates } from './response-rates';
import { Stories } from './stories';
import { ValueSection } from './value-section';
import { ValuesOverview } from './values-overview';
import '../reports.css';

/** /rapporter/:roundId/:leaderId: a leader's report for a closed round. */
export function ReportPage() {
  const { t } = useTranslation(NS);
  const { roundId = '', leaderId = '' } = useParams();
  const report = useReport(roundId, leaderId);

  if (report.isPending) return <Loading />;
  if (report.isError) {
    const error = report.error;
    const message = isApiError(error, 404) || isApiError(error, 400)
      ? t('report.notFound')
      : problemType(error) === 'report-not-open'
        ? t('report.notOpen')
        : t('report.loadError');
    return <ReportProblem message={message} />;
  }
  return <ReportView report={report.data} />;
}

function Loading() {
  const { t } = useTranslation(NS);
  usePageTitle(t('list.title'));
  return <p aria-live="polite">{t('loading')}</p>;
}

function ReportProblem({ message }: { message: string }) {
  const { t } = useTranslation(NS);
  usePageTitle(t('list.title'));
  return (
    <>
      <h1>{t('list.title')}</h1>
      <div className="alert alert-error" role="alert">
        <div className="alert-body">
          <p className="alert-text">{message}</p>
        </div>
      </div>
      <p>
        <Link to="/rapporter">{t('report.backToList')}</Link>
      </p>
    </>
  );
}

function ReportView({ report }: { report: LeaderReport }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const context = readerContext(report.relation);
  const title = t('report.title', { name: report.leaderName });
  usePageTitle(title);
  return (
    <div className="report">
      <p className="report-back">
        <Link to="/rapporter">{t('report.backToList')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="font-lead">
        {report.unitName ? t('report.meta', { round: report.roundName, unit: report.unitName }) : report.roundName}
      </p>
      <p>
        {t('report.framework', { name: report.frameworkName })}
        {report.closedAt && (
          <>
            {' '}
            {t('report.closedAt', { date: numbers.date(report.closedAt, 'long') })}
          </>
        )}
        {report.relation !== 'OWN' && (
          <>
            {' '}
            {t(`report.readingAs.${report.relation}`, { name: report.leaderName })}
          </>
        )}
      </p>
      <ReportActions report={report} />
      {report.employeesShown === false && (
        <div className="alert alert-warning" role="note">
          <div className="alert-body">
            <p className="alert-heading">{t('report.belowKHeading')}</p>
            <p className="alert-text">{t('report.belowK', { k: report.k, context })}</p>
          </div>
        </div>
      )}
      <ValuesOverview report={report} />
      <ReportSummary report={report} />
      {report.previousPlan && <PreviousPlan plan={report.previousPlan} context={context} />}
      <section aria-labelledby="report-values-heading">
        <h2 id="report-values-heading">{t('report.values.heading')}</h2>
        <p>{t('report.values.intro')}</p>
        {report.values.map((value) => (
          <ValueSection key={value.valueId} value={value} report={report} />
        ))}
      </section>
      <ResponseRates rates={report.responseRates} />
      {report.storiesRemoved && (
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-text">{t('report.readers.storiesRemoved')}</p>
          </div>
        </div>
      )}
      <Stories report={report} />
      <section aria-labelledby="report-readers-heading">
        <h2 id="report-readers-heading" className="h3">
          {t('report.readers.heading')}
        </h2>
        <p>
          {report.readers.managerName
            ? t('report.readers.manager', { manager: report.readers.managerName, context })
            : t('report.readers.managerNone', { context })}{' '}
          {report.readers.hr && t('report.readers.hr')}
        </p>
      </section>
    </div>
  );
}

function ReportActions({ report }: { report: LeaderReport }) {
  const { t } = useTranslation(NS);
  const pdf = useDownloadReportPdf(report.roundId, report.leaderId);
  const docx = useDownloadGuideDocx(report.roundId, report.leaderId);
  return (
    <nav aria-label={t('report.actions')} className="report-actions">
      <button type="button" className="button button-primary" onClick={() => pdf.mutate()} disabled={pdf.isPending}>
        {pdf.isPending ? t('report.pdfLoading') : t('report.pdf')}
      </button>
      <button type="button" className="button button-secondary" onClick={() => docx.mutate()} disabled={docx.isPending}>
        {docx.isPending ? t('report.docxLoading') : t('report.docx')}
      </button>
      <Link className="button button-secondary" to={reportPaths.guide(report.roundId, report.leaderId)}>
        {t('report.guide')}
      </Link>
      <Link className="button button-secondary" to={reportPaths.plan(report.roundId, report.leaderId)}>
        {t('report.plan')}
      </Link>
      {docx.isError && (
        <p className="alert alert-error report-actions__error" role="alert">
          {isApiError(docx.error, 429) ? t('report.pdfTooMany') : t('report.docxError')}
        </p>
      )}
      {pdf.isError && (
        <p className="alert alert-error report-actions__error" role="alert">
          {isApiError(pdf.error, 429) ? t('report.pdfTooMany') : t('report.pdfError')}
        </p>
      )}
    </nav>
  );
}
