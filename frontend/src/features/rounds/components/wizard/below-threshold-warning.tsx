import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NS } from '../../i18n';
import type { Evaluee, Round } from '../../types';

/** Leaders with fewer employees on their list than k: they can never get the employees' answers in a report. */
export function belowThreshold(round: Round): Evaluee[] {
  const k = round.k ?? 5;
  return round.evaluees.filter((evaluee) => evaluee.employees.length < k);
}

/**
 * A warning, where leaders are added and before launch, naming the leaders who can never get an employee report
 * under the round's k, with what HR can do about it: go ahead (the leader gets self-assessment and the manager's
 * rating; the employees' answers still count in the overview, together with the unit above), lower k to 3 for the
 * whole round, or take the leader out.
 */
export function BelowThresholdWarning({ round }: { round: Round }) {
  const { t } = useTranslation(NS);
  const leaders = belowThreshold(round);
  if (leaders.length === 0) return null;
  const k = round.k ?? 5;
  return (
    <div className="alert alert-warning" role="note" aria-labelledby="below-threshold-heading">
      <div className="alert-body">
        <p className="alert-heading" id="below-threshold-heading">
          {t('belowThreshold.heading', { count: leaders.length })}
        </p>
        <p className="alert-text">{t('belowThreshold.text', { count: k })}</p>
        <ul className="alert-text">
          {leaders.map((leader) => (
            <li key={leader.leaderId}>{t('belowThreshold.leader', { name: leader.name, count: leader.employees.length })}</li>
          ))}
        </ul>
        <p className="alert-text">{t('belowThreshold.choices')}</p>
        <ul className="alert-text">
          <li>{t('belowThreshold.goAhead')}</li>
          <li>
            {k > 3 ? (
              <>
                {t('belowThreshold.lowerK')} <Link to={`/runder/${round.id}?trin=4`}>{t('belowThreshold.lowerKLink')}</Link>
              </>
            ) : (
              t('belowThreshold.atFloor')
            )}
          </li>
          <li>{t('belowThreshold.remove')}</li>
        </ul>
      </div>
    </div>
  );
}
