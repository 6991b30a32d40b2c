import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useConfirmList, useMyRespondentLists } from '../api/my-respondent-lists';
import { NS } from '../i18n';
import { ProposePeers } from './propose-peers';

/**
 * /bekraeft: a leader sees who will be asked about their leadership in the draft rounds that ask them to confirm,
 * and confirms the list (the link in HR's mail leads here). Changes go through HR, who is named as the contact.
 */
export function ConfirmListPage() {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const me = useCurrentUser().data;
  const lists = useMyRespondentLists();
  const confirm = useConfirmList(me?.id ?? '');
  usePageTitle(t('confirm.title'));
  return (
    <>
      <h1>{t('confirm.title')}</h1>
      <p className="font-lead">{t('confirm.intro')}</p>
      {lists.isPending && <p aria-live="polite">{t('loading')}</p>}
      {lists.isError && (
        <p className="alert alert-error" role="alert">
          {t('confirm.loadError')}
        </p>
      )}
      {lists.data?.length === 0 && <p>{t('confirm.none')}</p>}
      {lists.data?.map((list) => (
        <section key={list.roundId} aria-labelledby={`confirm-${list.roundId}`} className="round-confirm-list">
          <h2 id={`confirm-${list.roundId}`}>{list.roundName}</h2>
          <p>{t('confirm.employees', { count: list.employees.length })}</p>
          <ul>
            {list.employees.map((person) => (
              <li key={person.id}>{person.name}</li>
            ))}
          </ul>
          {list.employees.length < (list.k ?? 5) && <p className="alert alert-info">{t('confirm.belowK', { count: list.k ?? 5 })}</p>}
          <ProposePeers list={list} />
          <p>{t('confirm.changes')}</p>
          {list.confirmedAt ? (
            <p className="round-confirmed" role="status">
              {t('confirm.confirmed', { date: format.dateTime(list.confirmedAt) })}
            </p>
          ) : (
            <button type="button" className="button button-primary" disabled={confirm.isPending || !me} onClick={() => confirm.mutate(list.roundId)}>
              {t('confirm.button')}
            </button>
          )}
          {confirm.isError && (
            <p className="alert alert-error" role="alert">
              {t('confirm.error')}
            </p>
          )}
        </section>
      ))}
    </>
  );
}
