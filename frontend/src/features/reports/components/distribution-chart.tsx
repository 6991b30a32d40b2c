import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The employees' answers over 1–5 as horizontal bars. Each bar has its scale label and count as text and its own
 * hatching, so it reads without colour; the whole chart is one image for a screen reader, named by its numbers.
 */
export function DistributionChart({ distribution, statement }: { distribution: readonly number[]; statement: string }) {
  const { t } = useTranslation(NS);
  const max = Math.max(1, ...distribution);
  const parts = SCORES.map((score, index) => t('report.chart.part', { score, count: distribution[index] ?? 0 })).join(', ');
  return (
    <div className="report-chart" role="img" aria-label={t('report.chart.label', { parts, statement })}>
      {SCORES.map((score, index) => {
        const count = distribution[index] ?? 0;
        return (
          <div className="report-chart__row" key={score} aria-hidden="true">
            <span className="report-chart__label">{t(`report.chart.scale.${score}`)}</span>
            <span className="report-chart__track">
              <span className={`report-chart__bar report-chart__bar--${score}`} style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="report-chart__count">{count}</span>
          </div>
        );
      })}
    </div>
  );
}
