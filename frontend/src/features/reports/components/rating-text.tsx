import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { SingleRating, Trend } from '../types';
import { useNumbers } from './use-numbers';

/** A self or manager rating, always marked as not anonymous (A3). */
export function RatingText({ rating }: { rating: SingleRating | undefined }) {
  const { t } = useTranslation(NS);
  const numbers = useNumbers();
  if (!rating) return <>{t('notShown')}</>;
  return (
    <>
      {rating.score === null || rating.score === undefined ? t('report.values.noScore') : numbers.mean(rating.score)}{' '}
      <span className="report-not-anonymous">({t('report.notAnonymous')})</span>
    </>
  );
}

/** "+0,4 op (før 3,4)": the direction in words, never only as colour or an arrow. */
export function TrendText({ trend }: { trend: Trend | undefined }) {
  const { t } = useTranslation(NS);
  const numbers = useNumbers();
  if (!trend) return <>{'–'}</>;
  const direction = trend.change > 0 ? t('report.values.up') : trend.change < 0 ? t('report.values.down') : t('report.values.same');
  return (
    <>
      {t('report.values.trendValue', {
        change: `${numbers.signed(trend.change)} ${direction}`,
        previous: numbers.mean(trend.previousMean),
      })}
    </>
  );
}
