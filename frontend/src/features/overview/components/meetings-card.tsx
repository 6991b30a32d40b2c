import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

/**
 * Where HR finds the meeting evaluations per value: a card linking to them, not a copy of their figures (those are
 * not bound to a round, and the meetings page applies their own threshold).
 */
export function MeetingsCard() {
  const { t } = useTranslation(NS);
  return (
    <Link to="/moeder" className="card overview-meetings-card">
      <div className="card-content">
        <h2 className="card-heading h3">{t('meetings.heading')}</h2>
        <p>{t('meetings.text')}</p>
      </div>
    </Link>
  );
}
