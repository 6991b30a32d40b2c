import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { LeaderReport, StatementReport, ValueReport } from '../types';
import { DistributionChart } from './distribution-chart';
import { Figures } from './figures';
import { RatingText, TrendText } from './rating-text';

/**
 * One value's details, collapsed until the reader opens them: the value's figures, then its statements as one table
 * (each row a statement, the distribution as a small chart named by its numbers). Below 768 px each statement is a
 * card of labelled figures, so the table never scrolls sideways.
 */
export function ValueSection({ value, report }: { value: ValueReport; report: LeaderReport }) {
  const { t, i18n } = useTranslation(NS);
  const numbers = useFormat();
  const headingId = useId();
  const english = i18n.language?.startsWith('en');
  const title = (english && value.titleEn) || value.title;
  const textOf = (statement: StatementReport) => (english && statement.textEn) || statement.text;
  const mean = value.employees?.mean;
  return (
    <details className="report-value">
      <summary>
        <span id={headingId} className="report-value__title">
          {title}
        </span>
        {report.employeesShown && mean !== undefined && mean !== null && (
          <span className="report-value__mean">{t('report.values.summaryMean', { mean: numbers.decimal(mean) })}</span>
        )}
        <span className="report-value__count">{t('report.values.statementCount', { count: value.statements.length })}</span>
      </summary>
      <section aria-labelledby={headingId}>
        <Figures item={value} report={report} label={t('report.values.figures', { value: title })} />
        {value.statements.length > 0 && <StatementTable value={value} title={title} report={report} textOf={textOf} />}
      </section>
    </details>
  );
}

interface StatementTableProps {
  value: ValueReport;
  title: string;
  report: LeaderReport;
  textOf: (statement: StatementReport) => string;
}

function StatementTable({ value, title, report, textOf }: StatementTableProps) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const employees = report.employeesShown;
  const self = report.includeSelf !== false;
  const manager = report.includeManager !== false;
  const trend = employees && !!report.previousRound;
  const peers = report.responseRates.some((rate) => rate.group === 'PEER');
  const labels = {
    mean: t('report.values.employeeMean'),
    n: t('report.values.n'),
    dontKnow: t('report.values.dontKnow'),
    distribution: t('report.values.distribution'),
    self: `${t('report.values.self')} (${t('report.notAnonymous')})`,
    manager: `${t('report.values.manager')} (${t('report.notAnonymous')})`,
    gap: t('report.values.gap'),
    peers: t('report.values.peers'),
    benchmark: t('report.values.benchmark'),
    trend: report.previousRound ? t('report.values.trend', { round: report.previousRound.name }) : '',
  };
  return (
    <table className="table table--compact table--responsive-headers report-statement-table">
      <caption>{t('report.values.tableCaption', { value: title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.values.statement')}</th>
          {employees && (
            <>
              <th scope="col">{labels.mean}</th>
              <th scope="col">{labels.n}</th>
              <th scope="col">{labels.dontKnow}</th>
              <th scope="col">{labels.distribution}</th>
            </>
          )}
          {self && <th scope="col">{labels.self}</th>}
          {manager && <th scope="col">{labels.manager}</th>}
          {peers && <th scope="col">{labels.peers}</th>}
          {employees && self && <th scope="col">{labels.gap}</th>}
          {employees && <th scope="col">{labels.benchmark}</th>}
          {trend && <th scope="col">{labels.trend}</th>}
        </tr>
      </thead>
      <tbody>
        {value.statements.map((statement) => {
          const figures = statement.employees;
          return (
            <tr key={statement.statementId}>
              <th scope="row">{textOf(statement)}</th>
              {employees && (
                <>
                  <td data-title={labels.mean}>
                    {figures
                      ? numbers.decimal(figures.mean)
                      : statement.employeesMasked
                        ? t(`report.values.masked.${statement.employeesMasked}`, { k: report.k })
                        : '–'}
                  </td>
                  <td data-title={labels.n}>{figures ? figures.n : '–'}</td>
                  <td data-title={labels.dontKnow}>{figures ? figures.dontKnow : '–'}</td>
                  <td data-title={labels.distribution}>
                    {figures ? <DistributionChart distribution={figures.distribution} statement={textOf(statement)} /> : '–'}
                  </td>
                </>
              )}
              {self && (
                <td data-title={labels.self}>
                  <RatingText rating={statement.self} bare />
                </td>
              )}
              {manager && (
                <td data-title={labels.manager}>
                  <RatingText rating={statement.manager} bare />
                </td>
              )}
              {peers && (
                <td data-title={labels.peers}>
                  {statement.peers
                    ? t('report.values.peersFigure', { mean: numbers.decimal(statement.peers.mean), n: statement.peers.n })
                    : report.peersShown
                      ? t('report.values.peersTooFew')
                      : t('report.values.peersBelow', { k: report.kPeer })}
                </td>
              )}
              {employees && self && <td data-title={labels.gap}>{numbers.signed(statement.gap)}</td>}
              {employees && <td data-title={labels.benchmark}>{numbers.decimal(statement.benchmark)}</td>}
              {trend && (
                <td data-title={labels.trend}>
                  <TrendText trend={statement.trend} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
