import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '@/lib/queries/settings';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import type { LocalSurvey as Survey } from '../localize';
import { useWording } from '../use-wording';
import { SurveyProgress } from './survey-progress';

/** Who sees what, per rater group: the keys of the lines under rules in the survey's texts. */
const RULES: Record<Survey['raterGroup'], string[]> = {
  EMPLOYEE: ['anonymous', 'employees', 'stories', 'noNames', 'afterClose'],
  SELF: ['self', 'selfNotAnonymous'],
  MANAGER: ['manager', 'managerNotAnonymous'],
  PEER: ['anonymous', 'peers', 'peerStories', 'noNames', 'afterClose'],
};

interface SurveyIntroProps {
  survey: Survey;
  answered: number;
  total: number;
  onStart: () => void;
}

/**
 * The start page: whose leadership, which round, until when, who sees what (from the round's thresholds) and the
 * privacy statement: controller, purpose, who sees what, retention, contact.
 */
export function SurveyIntro({ survey, answered, total, onStart }: SurveyIntroProps) {
  const { t } = useTranslation(NS);
  const { dateTime } = useWording();
  const contact = useSettings().data?.privacyContactEmail;
  const title = t('intro.title', { context: survey.raterGroup.toLowerCase(), leader: survey.leaderName });
  usePageTitle(title);

  // About 12 seconds a statement, a minute or two for stories: said as a whole number of minutes.
  const minutes = Math.max(2, Math.ceil((total * 12) / 60) + 1);
  // A leader colleague's survey carries the colleagues' thresholds (the server sends them for that group).
  const anonymity =
    survey.raterGroup === 'EMPLOYEE' || survey.raterGroup === 'PEER'
      ? t('intro.anonymous', { context: survey.raterGroup.toLowerCase(), leader: survey.leaderName, k: survey.rules.k })
      : null;

  return (
    <>
      <h1>{title}</h1>
      {/* What a phone shows before any scrolling: how long it takes, whether it is anonymous, and Start. */}
      <p className="font-lead">
        {t('intro.estimate', { count: minutes, statements: total, values: survey.values.length })}{' '}
        {t('intro.deadline', { date: dateTime(survey.closesAt) })}
      </p>
      {answered > 0 && <SurveyProgress answered={answered} total={total} />}
      {anonymity && <p className="survey-anonymity">{anonymity}</p>}
      <button type="button" className="button button-primary survey-start" onClick={onStart}>
        {answered > 0 ? t('intro.continue') : t('intro.start')}
      </button>

      <h2>{t('intro.aboutHeading')}</h2>
      <dl className="survey-facts">
        <div>
          <dt>{t('intro.leader')}</dt>
          <dd>{survey.leaderName}</dd>
        </div>
        <div>
          <dt>{t('intro.round')}</dt>
          <dd lang="da">{survey.roundName}</dd>
        </div>
        <div>
          <dt>{t('intro.organisation')}</dt>
          <dd>{survey.organisation}</dd>
        </div>
        <div>
          <dt>{t('intro.closes')}</dt>
          <dd>{dateTime(survey.closesAt)}</dd>
        </div>
      </dl>
      <p>{t('intro.how', { statements: total, values: survey.values.length })}</p>

      <h2>{t('intro.rulesHeading')}</h2>
      <ul>
        {RULES[survey.raterGroup].map((key) => (
          <li key={key}>
            {t(`rules.${key}`, { leader: survey.leaderName, k: survey.rules.k, kStory: survey.rules.kStory })}
          </li>
        ))}
      </ul>

      <h2>{t('intro.privacyHeading')}</h2>
      <p>{t('intro.controller', { organisation: survey.organisation })}</p>
      <p>{t('intro.purpose')}</p>
      <p>{t('intro.retention')}</p>
      {contact && (
        <p>
          {t('intro.contact')} <a href={`mailto:${contact}`}>{contact}</a>
        </p>
      )}
      <p>
        <Link to="/privatliv">{t('intro.privacyLink')}</Link>
      </p>
    </>
  );
}
