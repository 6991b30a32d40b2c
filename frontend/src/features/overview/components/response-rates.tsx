import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { OverviewRow } from '../types';

/** Invited employees, their ballots and the rate per unit, in the heatmap's tree order (A5: HR sees rates). */
export function ResponseRates({ rows }: { rows: OverviewRow[] }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="overview-rates-heading">
      <h2 id="overview-rates-heading">{t('rates.heading')}</h2>
      <p>{t('rates.intro')}</p>
      <div className="overview-scroll" role="region" aria-labelledby="overview-rates-caption" tabIndex={0}>
        <table className="table overview-rates">
          <caption id="overview-rates-caption">{t('rates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heatmap.unit')}</th>
              <th scope="col" className="text-align-right">
                {t('rates.invited')}
              </th>
              <th scope="col" className="text-align-right">
                {t('rates.submitted')}
              </th>
              <th scope="col">{t('rates.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.unitId ?? 'organisation'} className={index === 0 ? 'overview-organisation' : undefined}>
                <th scope="row" className={`overview-unit overview-depth-${Math.min(row.depth ?? 0, 8)}`}>
                  {row.unitName}
                </th>
                <td className="text-align-right">{row.invited ?? 0}</td>
                <td className="text-align-right">{row.submitted ?? 0}</td>
                <td>
                  {row.rate == null ? (
                    t('rates.none')
                  ) : (
                    <span className="overview-rate">
                      <span className="overview-bar" aria-hidden="true">
                        <span className={`overview-bar-fill overview-bar-${Math.round(Math.min(100, Math.max(0, row.rate)) / 5) * 5}`} />
                      </span>
                      <span>{t('rates.percent', { value: row.rate })}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
