import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { LeaderReport, StatementReport, ValueReport } from '../types';
import { RatingText, TrendText } from './rating-text';

interface FiguresProps {
  item: ValueReport | StatementReport;
  report: LeaderReport;
  label: string;
}

/** The numbers beside a value or a statement, as a definition list; a hidden employee figure says why. */
export function Figures({ item, report, label }: FiguresProps) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const employees = item.employees;
  const trendLabel = report.previousRound
    ? t('report.values.trend', { round: report.previousRound.name })
    : t('report.values.trendNoRound');
  return (
    <dl className="report-figures" aria-label={label}>
      {!employees && item.employeesMasked && (
        <div>
          <dt>{t('report.values.employeeMean')}</dt>
          <dd>{t(`report.values.masked.${item.employeesMasked}`, { k: report.k })}</dd>
        </div>
      )}
      {employees && (
        <>
          <div>
            <dt>{t('report.values.employeeMean')}</dt>
            <dd className="report-figures__mean">{numbers.decimal(employees.mean)}</dd>
          </div>
          <div>
            <dt>{t('report.values.n')}</dt>
            <dd>{employees.n ?? 0}</dd>
          </div>
          <div>
            <dt>{t('report.values.dontKnow')}</dt>
            <dd>{employees.dontKnow ?? 0}</dd>
          </div>
        </>
      )}
      {report.includeSelf !== false && (
        <div>
          <dt>{t('report.values.self')}</dt>
          <dd>
            <RatingText rating={item.self} />
          </dd>
        </div>
      )}
      {report.includeManager !== false && (
        <div>
          <dt>{t('report.values.manager')}</dt>
          <dd>
            <RatingText rating={item.manager} />
          </dd>
        </div>
      )}
      {item.gap !== undefined && item.gap !== null && (
        <div>
          <dt>{t('report.values.gap')}</dt>
          <dd>{numbers.signed(item.gap)}</dd>
        </div>
      )}
      {item.benchmark !== undefined && item.benchmark !== null && (
        <div>
          <dt>{t('report.values.benchmark')}</dt>
          <dd>{numbers.decimal(item.benchmark)}</dd>
        </div>
      )}
      {item.trend && (
        <div>
          <dt>{trendLabel}</dt>
          <dd>
            <TrendText trend={item.trend} />
          </dd>
        </div>
      )}
    </dl>
  );
}
