import { useTranslation } from 'react-i18next';
import { useApprovePeers, useSetPeers } from '../../api/peers';
import { NS } from '../../i18n';
import type { Evaluee } from '../../types';
import { AddRespondent } from './add-respondent';

interface PeerListProps {
  roundId: string;
  evaluee: Evaluee;
  onStatus: (message: string) => void;
  onError: (error: unknown) => void;
}

/**
 * A leader's colleagues (lederkolleger): who will be asked, the ones the leader proposed waiting for HR's approval,
 * and a search to add more. Colleagues answer with the employees' wordings and have their own threshold.
 */
export function PeerList({ roundId, evaluee, onStatus, onError }: PeerListProps) {
  const { t } = useTranslation(NS);
  const setPeers = useSetPeers(roundId);
  const approve = useApprovePeers(roundId);
  const proposed = evaluee.peers.filter((peer) => peer.proposed).length;

  function save(personIds: string[], message: string) {
    setPeers.mutate({ leaderId: evaluee.leaderId, personIds }, { onSuccess: () => onStatus(message), onError });
  }

  return (
    <details>
      <summary>{t('peers.summary', { count: evaluee.peers.length, name: evaluee.name })}</summary>
      {evaluee.peers.length === 0 ? (
        <p>{t('peers.none')}</p>
      ) : (
        <ul className="nobullet-list round-employees">
          {evaluee.peers.map((peer) => (
            <li key={peer.id}>
              <span>
                {peer.name}
                {peer.proposed && <span className="round-person-meta"> ({t('peers.proposed')})</span>}
              </span>
              <button
                type="button"
                className="button button-tertiary"
                disabled={setPeers.isPending}
                onClick={() =>
                  save(
                    evaluee.peers.filter((p) => p.id !== peer.id).map((p) => p.id),
                    t('peers.removed', { name: peer.name, leader: evaluee.name }),
                  )
                }
                aria-label={t('peers.removeLabel', { name: peer.name, leader: evaluee.name })}
              >
                {t('leaders.removeEmployee')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {proposed > 0 && (
        <button
          type="button"
          className="button button-secondary"
          disabled={approve.isPending}
          onClick={() =>
            approve.mutate(evaluee.leaderId, { onSuccess: () => onStatus(t('peers.approved', { leader: evaluee.name })), onError })
          }
        >
          {t('peers.approve', { count: proposed })}
        </button>
      )}
      <AddRespondent
        evaluee={evaluee}
        kind="peer"
        busy={setPeers.isPending}
        onAdd={(person) =>
          save([...evaluee.peers.map((p) => p.id), person.id], t('peers.added', { name: person.name, leader: evaluee.name }))
        }
      />
    </details>
  );
}
