import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import { usePeerCandidates, useProposePeers } from '../api/my-peers';
import { NS } from '../i18n';
import type { RespondentConfirmation } from '../types';

/**
 * On /bekraeft: the leader colleagues who will be asked about the leader, and the leader's own proposals, which wait
 * for HR's approval. The leader searches the organisation's leaders by name (name and unit only are shown).
 */
export function ProposePeers({ list }: { list: RespondentConfirmation }) {
  const { t } = useTranslation(NS);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const candidates = usePeerCandidates(list.roundId, query);
  const propose = useProposePeers();
  const resultsId = useId();
  const listed = new Set(list.peers.map((peer) => peer.id));
  const offered = (candidates.data ?? []).filter((person) => !listed.has(person.id));
  const ids = list.peers.map((peer) => peer.id);

  function save(personIds: string[], message: string) {
    propose.mutate({ roundId: list.roundId, personIds }, { onSuccess: () => setStatus(message) });
  }

  return (
    <div className="round-propose-peers">
      <h3>{t('confirm.peersHeading')}</h3>
      <p>{t('confirm.peersIntro')}</p>
      {list.peers.length === 0 ? (
        <p>{t('confirm.noPeers')}</p>
      ) : (
        <ul className="nobullet-list round-employees">
          {list.peers.map((peer) => (
            <li key={peer.id}>
              <span>
                {peer.name}
                {peer.proposed && <span className="round-person-meta"> ({t('confirm.peerProposed')})</span>}
              </span>
              {peer.proposed && (
                <button
                  type="button"
                  className="button button-tertiary"
                  disabled={propose.isPending}
                  onClick={() => save(ids.filter((id) => id !== peer.id), t('confirm.peerWithdrawn', { name: peer.name }))}
                  aria-label={t('confirm.withdrawLabel', { name: peer.name })}
                >
                  {t('confirm.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <TextField
        id={`propose-${list.roundId}`}
        label={t('confirm.proposeLabel')}
        hint={t('confirm.proposeHint')}
        value={query}
        type="search"
        autoComplete="off"
        aria-controls={resultsId}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div id={resultsId} aria-live="polite">
        {query.trim().length >= 2 && candidates.isSuccess && offered.length === 0 && <p>{t('confirm.noCandidates')}</p>}
        {offered.length > 0 && (
          <ul className="nobullet-list round-people-results" aria-label={t('confirm.candidates', { count: offered.length })}>
            {offered.map((person) => (
              <li key={person.id}>
                <span>
                  {person.name} {person.unitName && <span className="round-person-meta">({person.unitName})</span>}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={propose.isPending}
                  onClick={() => {
                    save([...ids, person.id], t('confirm.peerProposedStatus', { name: person.name }));
                    setQuery('');
                  }}
                  aria-label={t('confirm.proposeButtonLabel', { name: person.name })}
                >
                  {t('confirm.proposeButton')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {propose.isError && (
        <p className="alert alert-error" role="alert">
          {t('confirm.proposeError')}
        </p>
      )}
      <div role="status" className="sr-only">
        {status}
      </div>
    </div>
  );
}
