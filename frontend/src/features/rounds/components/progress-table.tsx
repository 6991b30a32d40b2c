import { useTranslation } from 'react-i18next';
import { useProgress } from '../api/get-progress';
import { NS } from '../i18n';
import type { RoundStatus, UnitProgress } from '../types';

function percent(row: Pick<UnitProgress, 'invited' | 'submitted'>): number | undefined {
  const invited = row.invited ?? 0;
  return invited > 0 ? Math.round(((row.submitted ?? 0) * 100) / invited) : undefined;
}

/** Response rate per unit and rater group; the bar repeats the percentage written beside it. */
export function ProgressTable({ roundId, status }: { roundId: string; status: RoundStatus }) {
  const { t } = useTranslation(NS);
  const progress = useProgress(roundId, status);
  const rows = progress.data?.units ?? [];
  const total = rows.reduce((sum, row) => ({ invited: sum.invited + (row.invited ?? 0), submitted: sum.submitted + (row.submitted ?? 0) }), {
    invited: 0,
    submitted: 0,
  });

  const rate = (row: Pick<UnitProgress, 'invited' | 'submitted'>) => {
    const value = percent(row);
    if (value === undefined) return t('progress.none');
    return (
      <span className="round-rate">
        <span className="round-bar" aria-hidden="true">
          <span className="round-bar-fill" style={{ width: `${value}%` }} />
        </span>
        <span>{t('progress.percent', { value })}</span>
      </span>
    );
  };

  return (
    <section aria-labelledby="round-progress-heading">
      <h2 id="round-progress-heading">{t('progress.heading')}</h2>
      <p>{t('progress.intro')}</p>
      {progress.isPending && <p aria-live="polite">{t('loading')}</p>}
      {progress.isError && (
        <p className="alert alert-error" role="alert">
          {t('progress.loadError')}
        </p>
      )}
      {progress.data &&
        (rows.length === 0 ? (
          <p>{t('progress.empty')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--zebra round-progress">
              <caption className="sr-only">{t('progress.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.unit')}</th>
                  <th scope="col">{t('progress.group')}</th>
                  <th scope="col" className="text-align-right">
                    {t('progress.invited')}
                  </th>
                  <th scope="col" className="text-align-right">
                    {t('progress.submitted')}
                  </th>
                  <th scope="col">{t('progress.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.unit ?? ''}-${row.group}`}>
                    <th scope="row">{row.unit ?? t('progress.noUnit')}</th>
                    <td>{t(`groups.${row.group}`)}</td>
                    <td className="text-align-right">{row.invited ?? 0}</td>
                    <td className="text-align-right">{row.submitted ?? 0}</td>
                    <td>{rate(row)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('progress.total')}
                  </th>
                  <td className="text-align-right">{total.invited}</td>
                  <td className="text-align-right">{total.submitted}</td>
                  <td>{rate(total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        ))}
    </section>
  );
}
