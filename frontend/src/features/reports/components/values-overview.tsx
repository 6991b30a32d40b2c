import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { LeaderReport, ValueReport } from '../types';
import { TrendText } from './rating-text';

/**
 * All values on one screen: the employees' mean (with a bar on the 1–5 scale), self-assessment, the manager's rating,
 * the trend and the organisation's mean. Columns without figures for this report are left out. Below 768 px each
 * value is a card of labelled figures (DKFDS's responsive table), so nothing scrolls sideways.
 */
export function ValuesOverview({ report }: { report: LeaderReport }) {
  const { t, i18n } = useTranslation(NS);
  const numbers = useFormat();
  const english = i18n.language?.startsWith('en');
  const employees = report.employeesShown;
  const self = report.includeSelf !== false;
  const manager = report.includeManager !== false;
  const trend = employees && !!report.previousRound;
  // Leader colleagues have a column of their own when the round asked any; never mixed into the employees'.
  const peers = report.responseRates.some((rate) => rate.group === 'PEER');
  const benchmark = employees && report.values.some((value) => value.benchmark !== undefined && value.benchmark !== null);
  const trendLabel = report.previousRound ? t('report.values.trend', { round: report.previousRound.name }) : '';
  const columns = {
    mean: t('report.values.employeeMean'),
    self: t('report.values.self'),
    manager: t('report.values.manager'),
    peers: t('report.values.peers'),
    benchmark: t('report.values.benchmark'),
  };
  const single = (value: ValueReport, kind: 'self' | 'manager') => {
    const score = value[kind]?.score;
    return score === undefined || score === null ? '–' : numbers.decimal(score);
  };
  return (
    <section aria-labelledby="report-overview-heading" className="report-overview">
      <h2 id="report-overview-heading">{t('report.overview.heading')}</h2>
      <p>{t(employees ? 'report.overview.intro' : 'report.overview.introBelowK')}</p>
      <table className="table table--compact table--responsive-headers report-overview__table">
        <caption className="sr-only">{t(employees ? 'report.overview.caption' : 'report.overview.captionBelowK')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.overview.value')}</th>
            {employees && <th scope="col">{columns.mean}</th>}
            {self && (
              <th scope="col">
                {columns.self} <span className="report-not-anonymous">({t('report.notAnonymous')})</span>
              </th>
            )}
            {manager && (
              <th scope="col">
                {columns.manager} <span className="report-not-anonymous">({t('report.notAnonymous')})</span>
              </th>
            )}
            {peers && <th scope="col">{columns.peers}</th>}
            {trend && <th scope="col">{trendLabel}</th>}
            {benchmark && <th scope="col">{columns.benchmark}</th>}
          </tr>
        </thead>
        <tbody>
          {report.values.map((value) => {
            const mean = value.employees?.mean;
            return (
              <tr key={value.valueId}>
                <th scope="row">{(english && value.titleEn) || value.title}</th>
                {employees && (
                  <td data-title={columns.mean}>
                    {mean === undefined || mean === null ? (
                      value.employeesMasked ? (
                        t(`report.overview.masked.${value.employeesMasked}`)
                      ) : (
                        '–'
                      )
                    ) : (
                      <span className="report-meter">
                        <strong>{numbers.decimal(mean)}</strong>
                        <span className="report-meter__track" aria-hidden="true">
                          <span className="report-meter__bar" style={{ width: `${((mean - 1) / 4) * 100}%` }} />
                        </span>
                      </span>
                    )}
                  </td>
                )}
                {self && (
                  <td data-title={`${columns.self} (${t('report.notAnonymous')})`}>{single(value, 'self')}</td>
                )}
                {manager && (
                  <td data-title={`${columns.manager} (${t('report.notAnonymous')})`}>{single(value, 'manager')}</td>
                )}
                {peers && (
                  <td data-title={columns.peers}>
                    {value.peers?.mean !== undefined && value.peers?.mean !== null
                      ? numbers.decimal(value.peers.mean)
                      : report.peersShown
                        ? t('report.values.peersTooFew')
                        : t('report.values.peersBelow', { k: report.kPeer })}
                  </td>
                )}
                {trend && (
                  <td data-title={trendLabel}>
                    <TrendText trend={value.trend} />
                  </td>
                )}
                {benchmark && <td data-title={columns.benchmark}>{numbers.decimal(value.benchmark)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
