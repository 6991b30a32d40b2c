import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useRounds } from '@/lib/queries/rounds';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import { StatusTag } from './status-tag';
import '../rounds.css';

/** /runder: the organisation's rounds, newest first, and the way to start a new one. */
export function RoundListPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('title'));
  const rounds = useRounds();
  const format = useFormat();

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('list.intro')}</p>
      <p>
        <Link to="/runder/ny" className="button button-primary">
          {t('list.create')}
        </Link>
      </p>
      {rounds.isPending && <p aria-live="polite">{t('loading')}</p>}
      {rounds.isError && (
        <p className="alert alert-error" role="alert">
          {t('loadError')}
        </p>
      )}
      {rounds.data &&
        (rounds.data.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">{t('list.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.status')}</th>
                  <th scope="col">{t('list.closesAt')}</th>
                  <th scope="col">{t('list.leaders')}</th>
                </tr>
              </thead>
              <tbody>
                {rounds.data.map((round) => (
                  <tr key={round.id}>
                    <th scope="row">
                      <Link to={`/runder/${round.id}`}>{round.name}</Link>
                    </th>
                    <td>
                      <StatusTag status={round.status} />
                    </td>
                    <td>{format.dateTime(round.closesAt)}</td>
                    <td>{round.evalueeCount ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
