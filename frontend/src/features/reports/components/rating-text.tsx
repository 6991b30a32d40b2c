import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { SingleRating, Trend } from '../types';

/** A self or manager rating, marked as not anonymous (A3) unless its label already says so (`bare`). */
export function RatingText({ rating, bare = false }: { rating: SingleRating | undefined; bare?: boolean }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  if (!rating) return <>{t('notShown')}</>;
  const score = rating.score === null || rating.score === undefined ? t('report.values.noScore') : numbers.decimal(rating.score);
  if (bare) return <>{score}</>;
  return (
    <>
      {score} <span className="report-not-anonymous">({t('report.notAnonymous')})</span>
    </>
  );
}

/** "+0,4 op (før 3,4)": the direction in words, never only as colour or an arrow. */
export function TrendText({ trend }: { trend: Trend | undefined }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  if (!trend) return <>{'–'}</>;
  const direction = trend.change > 0 ? t('report.values.up') : trend.change < 0 ? t('report.values.down') : t('report.values.same');
  return (
    <>
      {t('report.values.trendValue', {
        change: `${numbers.signed(trend.change)} ${direction}`,
        previous: numbers.decimal(trend.previousMean),
      })}
    </>
  );
}
