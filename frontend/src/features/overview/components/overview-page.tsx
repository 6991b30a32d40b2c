import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useOverview } from '../api/get-overview';
import { NS } from '../i18n';
import { ExportButtons } from './export-buttons';
import { HeatmapTable } from './heatmap-table';
import { MaskLegend } from './mask-legend';
import { MeetingsCard } from './meetings-card';
import { OverviewPages } from './overview-pages';
import { RankedStatements } from './ranked-statements';
import { ResponseRates } from './response-rates';
import { RoundError } from './round-error';
import '../overview.css';

/** /overblik/:roundId: HR's heatmap of a closed round (O1), response rates, top and bottom statements, exports. */
export function OverviewPage() {
  const { t } = useTranslation(NS);
  const { roundId = '' } = useParams();
  const overview = useOverview(roundId);
  const numbers = useFormat();
  const heading = overview.data ? t('pageHeading', { round: overview.data.roundName }) : t('title');
  usePageTitle(overview.data ? `${t('pages.heatmap')} – ${overview.data.roundName}` : t('title'));

  return (
    <>
      <h1>{heading}</h1>
      {overview.isPending && <p aria-live="polite">{t('loading')}</p>}
      {overview.isError && <RoundError error={overview.error} />}
      {overview.data && (
        <>
          {overview.data.closedAt && <p>{t('closedAt', { date: numbers.date(overview.data.closedAt) })}</p>}
          <OverviewPages roundId={roundId} />
          <section aria-labelledby="overview-heatmap-heading">
            <h2 id="overview-heatmap-heading">{t('heatmap.heading')}</h2>
            <p>{t('heatmap.intro')}</p>
            {overview.data.rows.length === 0 ? <p>{t('heatmap.empty')}</p> : <HeatmapTable overview={overview.data} />}
          </section>
          <MaskLegend k={overview.data.k} />
          <ResponseRates rows={overview.data.rows} />
          <RankedStatements kind="top" statements={overview.data.top} />
          <RankedStatements kind="bottom" statements={overview.data.bottom} />
          <ExportButtons roundId={roundId} />
          <MeetingsCard />
        </>
      )}
    </>
  );
}
