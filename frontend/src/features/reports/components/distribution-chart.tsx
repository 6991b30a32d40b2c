import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The employees' answers over 1–5 as one stacked bar. Each score has its own hatching and its count written beneath,
 * so it reads without colour; the whole chart is one image for a screen reader, named by its numbers.
 */
export function DistributionChart({ distribution, statement }: { distribution: readonly number[]; statement: string }) {
  const { t } = useTranslation(NS);
  const total = distribution.reduce((sum, count) => sum + count, 0);
  const parts = SCORES.map((score, index) => t('report.chart.part', { score, count: distribution[index] ?? 0 })).join(', ');
  // One stacked bar: each score's share of those who scored, hatched per score, its count written beneath.
  return (
    <div className="report-stack" role="img" aria-label={t('report.chart.label', { parts, statement })}>
      <span className="report-stack__bar" aria-hidden="true">
        {SCORES.map((score, index) => {
          const count = distribution[index] ?? 0;
          return count === 0 ? null : (
            <span key={score} className={`report-chart__bar report-chart__bar--${score}`} style={{ width: `${(count / Math.max(1, total)) * 100}%` }} />
          );
        })}
      </span>
      <span className="report-stack__counts" aria-hidden="true">
        {SCORES.map((score, index) => (
          <span key={score}>{t('report.chart.part', { score, count: distribution[index] ?? 0 })}</span>
        ))}
      </span>
    </div>
  );
}
