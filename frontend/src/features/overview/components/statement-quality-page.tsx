import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { useStatementQuality } from '../api/get-statement-quality';
import { NS } from '../i18n';
import type { StatementQualityReport } from '../types';
import { ExportButtons } from './export-buttons';
import { OverviewPages } from './overview-pages';
import { RoundError } from './round-error';
import { ValueQualitySection } from './value-quality';
import '../overview.css';

/** /overblik/:roundId/udsagn: does the ledelsesgrundlag create the same pictures in everybody (O2)? */
export function StatementQualityPage() {
  const { t } = useTranslation(NS);
  const { roundId = '' } = useParams();
  const report = useStatementQuality(roundId);
  const heading = report.data ? t('pageHeading', { round: report.data.roundName }) : t('title');
  usePageTitle(report.data ? `${t('pages.statements')} – ${report.data.roundName}` : t('title'));

  return (
    <>
      <h1>{heading}</h1>
      {report.isPending && <p aria-live="polite">{t('loading')}</p>}
      {report.isError && <RoundError error={report.error} />}
      {report.data && (
        <>
          <OverviewPages roundId={roundId} />
          <QualityIntro />
          <Report report={report.data} />
          <ExportButtons roundId={roundId} />
        </>
      )}
    </>
  );
}

function QualityIntro() {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="quality-heading">
      <h2 id="quality-heading">{t('quality.heading')}</h2>
      <p className="font-lead">{t('quality.intro1')}</p>
      <h3>{t('quality.checksHeading')}</h3>
      <ul>
        {(['Observe', 'Spread', 'ItemRest'] as const).map((check) => (
          <li key={check}>
            <strong>{t(`quality.check${check}Question`)}</strong> {t(`quality.check${check}`)}
          </li>
        ))}
      </ul>
      <p>{t('quality.alphaExplain')}</p>
      <p>{t('quality.useIt')}</p>
    </section>
  );
}

function Report({ report }: { report: StatementQualityReport }) {
  const { t } = useTranslation(NS);
  if (report.shown === false) {
    return (
      <p className="alert alert-info" role="status">
        {t('quality.notShown')}
      </p>
    );
  }
  return (
    <>
      {report.ballots != null && <p>{t('quality.ballots', { count: report.ballots })}</p>}
      {report.values.map((value) => (
        <ValueQualitySection key={value.valueId} value={value} />
      ))}
    </>
  );
}
