import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { LeaderReport, StatementRef } from '../types';

type Kind = 'top' | 'bottom' | 'blindSpots' | 'hiddenStrengths';

/** The first minute of the report: what to keep, what to work on, and where the pictures differ (R3, R4). */
export function ReportSummary({ report }: { report: LeaderReport }) {
  const { t } = useTranslation(NS);
  const lists: { kind: Kind; items: StatementRef[]; hint?: string }[] = [
    { kind: 'top', items: report.top },
    { kind: 'bottom', items: report.bottom },
    { kind: 'blindSpots', items: report.blindSpots, hint: t('report.summary.blindSpotsHint') },
    { kind: 'hiddenStrengths', items: report.hiddenStrengths, hint: t('report.summary.hiddenStrengthsHint') },
  ];
  return (
    <section aria-labelledby="report-summary-heading" className="report-summary">
      <h2 id="report-summary-heading">{t('report.summary.heading')}</h2>
      <p>{t('report.summary.intro')}</p>
      <div className="report-summary__grid">
        {lists.map(({ kind, items, hint }) => (
          <div key={kind} className={`report-summary__card report-summary__card--${kind}`}>
            <h3 id={`report-summary-${kind}`}>{t(`report.summary.${kind}`)}</h3>
            {hint && <p className="form-hint">{hint}</p>}
            {items.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul aria-labelledby={`report-summary-${kind}`}>
                {items.map((item) => (
                  <SummaryItem key={item.statementId} item={item} withSelf={kind === 'blindSpots' || kind === 'hiddenStrengths'} />
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function SummaryItem({ item, withSelf }: { item: StatementRef; withSelf: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const numbers = useFormat();
  const text = (i18n.language?.startsWith('en') && item.textEn) || item.text;
  const figures = withSelf
    ? t('report.summary.selfVs', { self: numbers.decimal(item.self), mean: numbers.decimal(item.mean) })
    : t('report.summary.mean', { mean: numbers.decimal(item.mean) });
  return (
    <li>
      <strong>{text}</strong>
      <br />
      <span className="report-summary__meta">
        {item.valueTitle}
        {' · '}
        {figures}
      </span>
    </li>
  );
}
