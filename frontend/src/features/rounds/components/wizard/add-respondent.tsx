import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import { useSearchPeople } from '../../api/search-people';
import { NS } from '../../i18n';
import type { Evaluee } from '../../types';

interface AddRespondentProps {
  evaluee: Evaluee;
  /** Employees (the default) or leader colleagues: the labels differ, and nobody is offered twice. */
  kind?: 'employee' | 'peer';
  busy: boolean;
  onAdd: (person: { id: string; name: string }) => void;
}

/**
 * Adds someone from the organisation to a leader's list: search by name or e-mail, then choose from the results
 * (name, e-mail and unit, so that namesakes can be told apart). People already on the list and the leader
 * themselves are not offered.
 */
export function AddRespondent({ evaluee, kind = 'employee', busy, onAdd }: AddRespondentProps) {
  const { t } = useTranslation(NS);
  const [query, setQuery] = useState('');
  const results = useSearchPeople(query);
  const resultsId = useId();
  const keys = kind === 'peer' ? 'peers' : 'leaders';
  // Nobody answers about a leader in two groups, so neither list offers anyone on the other.
  const listed = new Set([...evaluee.employees, ...evaluee.peers].map((person) => person.id));
  const candidates = (results.data ?? []).filter((person) => !listed.has(person.id) && person.id !== evaluee.leaderId);
  const searching = query.trim().length >= 2;
  return (
    <div className="round-add-person">
      <TextField
        id={`add-${kind}-${evaluee.leaderId}`}
        label={t(`${keys}.addPerson`, { leader: evaluee.name })}
        hint={t(`${keys}.addPersonHint`)}
        value={query}
        type="search"
        autoComplete="off"
        aria-controls={resultsId}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div id={resultsId} aria-live="polite">
        {searching && results.isPending && <p>{t('loading')}</p>}
        {searching && results.isError && (
          <p className="alert alert-error" role="alert">
            {t('leaders.searchError')}
          </p>
        )}
        {searching && results.isSuccess && candidates.length === 0 && <p>{t('leaders.noMatches')}</p>}
        {candidates.length > 0 && (
          <ul className="nobullet-list round-people-results" aria-label={t('leaders.matches', { count: candidates.length })}>
            {candidates.map((person) => (
              <li key={person.id}>
                <span>
                  {person.name} <span className="round-person-meta">({[person.email, person.unitName].filter(Boolean).join(', ')})</span>
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() => {
                    onAdd(person);
                    setQuery('');
                  }}
                  aria-label={t(`${keys}.addPersonLabel`, { name: person.name, leader: evaluee.name })}
                >
                  {t('leaders.addPersonButton')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
