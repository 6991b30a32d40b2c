import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from '@/components/form-field';
import { useFormat } from '@/lib/format';
import { useRounds } from '@/lib/queries/rounds';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import type { RoundSummary } from '../types';
import { MeetingsCard } from './meetings-card';
import '../overview.css';

/** Closed rounds, the most recently closed first (the list comes newest-created first). */
function closedRounds(rounds: RoundSummary[]): RoundSummary[] {
  return rounds
    .filter((round) => round.status === 'CLOSED')
    .map((round, index) => ({ round, index }))
    .sort((a, b) => (b.round.closedAt ?? '').localeCompare(a.round.closedAt ?? '') || a.index - b.index)
    .map(({ round }) => round);
}

/** /overblik: HR picks a closed round; open rounds are listed with when their overview opens (A4). */
export function RoundPickerPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('title'));
  const rounds = useRounds();

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('picker.intro')}</p>
      {rounds.isPending && <p aria-live="polite">{t('loading')}</p>}
      {rounds.isError && (
        <p className="alert alert-error" role="alert">
          {t('loadError')}
        </p>
      )}
      {rounds.data && <RoundChoice rounds={rounds.data} />}
      <MeetingsCard />
    </>
  );
}

function RoundChoice({ rounds }: { rounds: RoundSummary[] }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const navigate = useNavigate();
  const closed = closedRounds(rounds);
  const open = rounds.filter((round) => round.status === 'OPEN');
  const [chosen, setChosen] = useState(closed[0]?.id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void navigate(`/overblik/${chosen}`);
  };

  if (rounds.length === 0) return <p>{t('picker.noRounds')}</p>;
  return (
    <>
      {closed.length === 0 ? (
        <p>{t('picker.noClosed')}</p>
      ) : (
        <form onSubmit={submit} className="overview-picker">
          <FieldGroup id="overview-round" legend={t('picker.legend')} legendClassName="h2">
            {closed.map((round) => (
              <div className="form-group-radio" key={round.id}>
                <input
                  type="radio"
                  className="form-radio"
                  name="round"
                  id={`round-${round.id}`}
                  value={round.id}
                  checked={chosen === round.id}
                  onChange={() => setChosen(round.id)}
                />
                <label className="form-label" htmlFor={`round-${round.id}`}>
                  {round.name}
                  {round.closedAt && <span className="form-hint">{t('picker.closedAt', { date: numbers.date(round.closedAt) })}</span>}
                </label>
              </div>
            ))}
          </FieldGroup>
          <button type="submit" className="button button-primary">
            {t('picker.show')}
          </button>
        </form>
      )}
      {open.length > 0 && (
        <section aria-labelledby="overview-open-heading">
          <h2 id="overview-open-heading">{t('picker.openHeading')}</h2>
          <ul>
            {open.map((round) => (
              <li key={round.id}>
                {round.closesAt
                  ? t('picker.opensWhenClosed', { name: round.name, date: numbers.date(round.closesAt) })
                  : t('picker.opensWhenClosedNoDate', { name: round.name })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
