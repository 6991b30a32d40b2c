import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { StatementQuality, ValueQuality } from '../types';
import { valueTitle } from './heatmap-table';

function alphaLevel(alpha: number): 'alphaGood' | 'alphaFair' | 'alphaWeak' {
  if (alpha >= 0.7) return 'alphaGood';
  return alpha >= 0.6 ? 'alphaFair' : 'alphaWeak';
}

/** One value: Cronbach's alpha, complete ballots, a row per statement, and the advice for flagged statements. */
export function ValueQualitySection({ value }: { value: ValueQuality }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const title = valueTitle(value, numbers.english);
  const headingId = `quality-value-${value.valueId}`;
  const flagged = value.statements.filter((statement) => statement.flags.length > 0);
  const text = (statement: StatementQuality) => (numbers.english && statement.textEn) || statement.text;
  const figure = (x: number | undefined, format: (n: number) => string) => (x == null ? t('quality.none') : format(x));

  return (
    <section aria-labelledby={headingId} className="overview-value-quality">
      <h3 id={headingId}>{title}</h3>
      <dl className="overview-facts">
        <dt>{t('quality.alpha')}</dt>
        <dd>
          {value.alpha == null
            ? t('quality.alphaNone')
            : `${numbers.decimal(value.alpha, 2)} (${t(`quality.${alphaLevel(value.alpha)}`)})`}
        </dd>
        <dt>{t('quality.completeBallots')}</dt>
        <dd>{value.completeBallots == null ? t('quality.none') : value.completeBallots}</dd>
      </dl>
      <div className="overview-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="table table--zebra overview-quality">
          <caption id={`${headingId}-caption`}>{t('quality.caption', { value: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quality.statement')}</th>
              <th scope="col" className="text-align-right">
                {t('quality.n')}
              </th>
              <th scope="col" className="text-align-right">
                {t('quality.dontKnow')}
              </th>
              <th scope="col" className="text-align-right">
                {t('quality.mean')}
              </th>
              <th scope="col" className="text-align-right">
                {t('quality.sd')}
              </th>
              <th scope="col" className="text-align-right">
                {t('quality.itemRest')}
              </th>
              <th scope="col">{t('quality.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {value.statements.map((statement) => (
              <tr key={statement.statementId}>
                <th scope="row" className="overview-statement">
                  {text(statement)}
                </th>
                <td className="text-align-right">
                  {statement.masked ? t(`quality.masked.${statement.masked}`) : (statement.n ?? 0)}
                </td>
                <td className="text-align-right">
                  {statement.dontKnowRate == null
                    ? t('quality.none')
                    : t('quality.dontKnowValue', { rate: numbers.decimal(statement.dontKnowRate), count: statement.dontKnow ?? 0 })}
                </td>
                <td className="text-align-right">{figure(statement.mean, (n) => numbers.decimal(n))}</td>
                <td className="text-align-right">{figure(statement.sd, (n) => numbers.decimal(n, 2))}</td>
                <td className="text-align-right">{figure(statement.itemRest, (n) => numbers.decimal(n, 2))}</td>
                <td>
                  {statement.flags.length === 0 ? (
                    t('quality.noFlags')
                  ) : (
                    <ul className="nobullet-list overview-flags">
                      {statement.flags.map((flag) => (
                        <li key={flag}>
                          <span className="overview-flag">
                            <span aria-hidden="true">{'⚑ '}</span>
                            {t(`flag.${flag}`)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {flagged.length === 0 ? (
        <p>{t('quality.allGood')}</p>
      ) : (
        <div className="overview-advice">
          <h4>{t('quality.adviceHeading')}</h4>
          <ul>
            {flagged.map((statement) => (
              <li key={statement.statementId}>
                <p className="overview-advice-statement">{text(statement)}</p>
                <ul>
                  {statement.flags.map((flag) => (
                    <li key={flag}>{t(`advice.${flag}`)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
