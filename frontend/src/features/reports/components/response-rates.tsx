import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { ResponseRate } from '../types';

/** Submitted of invited per rater group (R8); a withheld count shows as a dash. */
export function ResponseRates({ rates }: { rates: readonly ResponseRate[] }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="report-rates-heading">
      <h2 id="report-rates-heading">{t('report.rates.heading')}</h2>
      <table className="table table--compact table--responsive-headers">
          <caption className="sr-only">{t('report.rates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.rates.group')}</th>
              <th scope="col">{t('report.rates.invited')}</th>
              <th scope="col">{t('report.rates.submitted')}</th>
              <th scope="col">{t('report.rates.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.group}>
                <th scope="row">{t(`groups.${rate.group}`)}</th>
                <td data-title={t('report.rates.invited')}>{rate.invited ?? '–'}</td>
                <td data-title={t('report.rates.submitted')}>{rate.submitted ?? '–'}</td>
                <td data-title={t('report.rates.rate')}>
                  {rate.rate === undefined || rate.rate === null ? '–' : t('report.rates.percent', { value: rate.rate })}
                </td>
              </tr>
            ))}
          </tbody>
      </table>
    </section>
  );
}
