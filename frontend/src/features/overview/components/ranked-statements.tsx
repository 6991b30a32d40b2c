import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { OverviewStatement } from '../types';

/** The organisation's top or bottom statements with value, mean and n. */
export function RankedStatements({ kind, statements }: { kind: 'top' | 'bottom'; statements: OverviewStatement[] }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const id = `overview-${kind}-heading`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(`ranked.${kind}Heading`)}</h2>
      {statements.length === 0 ? (
        <p>{t('ranked.empty')}</p>
      ) : (
        <div className="overview-scroll" role="region" aria-labelledby={`overview-${kind}-caption`} tabIndex={0}>
          <table className="table table--zebra">
            <caption id={`overview-${kind}-caption`} className="sr-only">
              {t(`ranked.${kind}Caption`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('ranked.statement')}</th>
                <th scope="col">{t('ranked.value')}</th>
                <th scope="col" className="text-align-right">
                  {t('ranked.mean')}
                </th>
                <th scope="col" className="text-align-right">
                  {t('ranked.n')}
                </th>
              </tr>
            </thead>
            <tbody>
              {statements.map((statement) => (
                <tr key={statement.statementId}>
                  <th scope="row" className="overview-statement">
                    {(numbers.english && statement.textEn) || statement.text}
                  </th>
                  <td>{statement.valueTitle}</td>
                  <td className="text-align-right">{statement.mean == null ? '' : numbers.decimal(statement.mean)}</td>
                  <td className="text-align-right">{statement.n ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
