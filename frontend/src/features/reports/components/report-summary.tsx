import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { readerContext } from '@/lib/reader';
import { NS } from '../i18n';
import type { LeaderReport, StatementRef } from '../types';

type Kind = 'top' | 'bottom' | 'blindSpots' | 'hiddenStrengths';

/**
 * The first minute of the report: what to keep, what to work on, and where the pictures differ (R3, R4). Below k there
 * is nothing to rank by, and the section says why and what the leader can do instead; an empty list says why it is
 * empty rather than "none".
 */
export function ReportSummary({ report }: { report: LeaderReport }) {
  const { t } = useTranslation(NS);
  const context = readerContext(report.relation);
  if (!report.employeesShown) {
    return (
      <section aria-labelledby="report-summary-heading" className="report-summary">
        <h2 id="report-summary-heading">{t('report.summary.heading')}</h2>
        <p>{t('report.summary.belowK', { k: report.k, context })}</p>
        <p>{t('report.summary.dialogue', { context })}</p>
      </section>
    );
  }
  const withSelf = report.includeSelf !== false;
  const lists: { kind: Kind; items: StatementRef[]; hint?: string }[] = [
    { kind: 'top', items: report.top },
    { kind: 'bottom', items: report.bottom },
    ...(withSelf
      ? [
          { kind: 'blindSpots' as const, items: report.blindSpots, hint: t('report.summary.blindSpotsHint', { context }) },
          { kind: 'hiddenStrengths' as const, items: report.hiddenStrengths, hint: t('report.summary.hiddenStrengthsHint', { context }) },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="report-summary-heading" className="report-summary">
      <h2 id="report-summary-heading">{t('report.summary.heading')}</h2>
      <p>{t('report.summary.intro', { context })}</p>
      <div className="report-summary__grid">
        {lists.map(({ kind, items, hint }) => (
          <div key={kind} className={`report-summary__card report-summary__card--${kind}`}>
            <h3 id={`report-summary-${kind}`}>{t(`report.summary.${kind}`, { context })}</h3>
            {hint && <p className="form-hint">{hint}</p>}
            {items.length === 0 ? (
              <p>{t(`report.summary.empty.${kind}`, { context })}</p>
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
      {!withSelf && <p className="form-hint">{t('report.summary.noSelf')}</p>}
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
