import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { MeetingResult } from '../types';

/** A closed evaluation's result: figures only when the server shows them, otherwise why not. */
export function ResultView({ result, k }: { result: MeetingResult; k: number }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  if (!result.shown) {
    return (
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-text">{t(`result.hidden.${result.hidden ?? 'TOO_FEW_ANSWERS'}`, { k })}</p>
        </div>
      </div>
    );
  }
  const distribution = result.distribution ?? [];
  return (
    <>
      <dl className="meeting-figures">
        <div>
          <dt>{t('result.mean')}</dt>
          <dd>{format.decimal(result.mean)}</dd>
        </div>
        <div>
          <dt>{t('result.answers')}</dt>
          <dd>{format.integer(result.answers)}</dd>
        </div>
        <div>
          <dt>{t('result.dontKnow')}</dt>
          <dd>{format.integer(result.dontKnow)}</dd>
        </div>
      </dl>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>{t('result.distribution')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.score')}</th>
              <th scope="col">{t('result.count')}</th>
            </tr>
          </thead>
          <tbody>
            {distribution.map((count, index) => (
              <tr key={index}>
                <th scope="row">{t(`scale.${index + 1}`)}</th>
                <td>{format.integer(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('result.stories')}</h3>
      {result.storiesRemovedAt ? (
        <p>{t('result.storiesRemoved', { date: format.date(result.storiesRemovedAt, 'long') })}</p>
      ) : (result.stories ?? []).length === 0 ? (
        <p>{t('result.noStories')}</p>
      ) : (
        <ul>
          {(result.stories ?? []).map((story, index) => (
            <li key={index}>{story}</li>
          ))}
        </ul>
      )}
    </>
  );
}
