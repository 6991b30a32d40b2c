import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { LeaderReport, StatementReport, ValueReport } from '../types';
import { DistributionChart } from './distribution-chart';
import { Figures } from './figures';
import { RatingText, TrendText } from './rating-text';

/** One value: its own figures, then each statement with figures and a chart, or all statements as one table. */
export function ValueSection({ value, report }: { value: ValueReport; report: LeaderReport }) {
  const { t, i18n } = useTranslation(NS);
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const english = i18n.language?.startsWith('en');
  const title = (english && value.titleEn) || value.title;
  const textOf = (statement: StatementReport) => (english && statement.textEn) || statement.text;
  return (
    <section className="report-value" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <Figures item={value} report={report} label={t('report.values.figures', { value: title })} />
      {report.employeesShown && value.statements.length > 0 && (
        <p>
          <button type="button" className="button button-secondary" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? t('report.values.showChart') : t('report.values.showTable')}
          </button>
        </p>
      )}
      {asTable ? (
        <StatementTable value={value} title={title} report={report} textOf={textOf} />
      ) : (
        <ul className="nobullet-list report-statements" aria-label={t('report.values.statements', { value: title })}>
          {value.statements.map((statement) => (
            <li key={statement.statementId} className="report-statement">
              <h4>{textOf(statement)}</h4>
              <Figures item={statement} report={report} label={textOf(statement)} />
              {statement.employees && <DistributionChart distribution={statement.employees.distribution} statement={textOf(statement)} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface StatementTableProps {
  value: ValueReport;
  title: string;
  report: LeaderReport;
  textOf: (statement: StatementReport) => string;
}

/** The same figures as a real table: the alternative to the charts. */
function StatementTable({ value, title, report, textOf }: StatementTableProps) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const captionId = useId();
  // The wide table scrolls sideways: the scrolling box takes focus so that keyboard users can scroll it.
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table table--compact table--zebra">
        <caption id={captionId}>{t('report.values.tableCaption', { value: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.values.statement')}</th>
            <th scope="col">{t('report.values.meanShort')}</th>
            <th scope="col">{t('report.values.n')}</th>
            <th scope="col">{t('report.values.dontKnow')}</th>
            {[1, 2, 3, 4, 5].map((score) => (
              <th scope="col" key={score}>
                {t(`report.chart.scale.${score}`)}
              </th>
            ))}
            {report.includeSelf !== false && <th scope="col">{t('report.values.self')}</th>}
            {report.includeManager !== false && <th scope="col">{t('report.values.manager')}</th>}
            <th scope="col">{t('report.values.gap')}</th>
            <th scope="col">{t('report.values.benchmark')}</th>
            <th scope="col">
              {report.previousRound ? t('report.values.trend', { round: report.previousRound.name }) : t('report.values.trendNoRound')}
            </th>
          </tr>
        </thead>
        <tbody>
          {value.statements.map((statement) => (
            <tr key={statement.statementId}>
              <th scope="row">{textOf(statement)}</th>
              <td>{numbers.decimal(statement.employees?.mean)}</td>
              <td>{statement.employees?.n ?? '–'}</td>
              <td>{statement.employees?.dontKnow ?? '–'}</td>
              {[0, 1, 2, 3, 4].map((index) => (
                <td key={index}>{statement.employees?.distribution[index] ?? '–'}</td>
              ))}
              {report.includeSelf !== false && (
                <td>
                  <RatingText rating={statement.self} />
                </td>
              )}
              {report.includeManager !== false && (
                <td>
                  <RatingText rating={statement.manager} />
                </td>
              )}
              <td>{numbers.signed(statement.gap)}</td>
              <td>{numbers.decimal(statement.benchmark)}</td>
              <td>
                <TrendText trend={statement.trend} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
