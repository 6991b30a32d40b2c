import { useTranslation } from 'react-i18next';
import { useSettings } from '@/lib/queries/settings';
import { usePageTitle } from '@/lib/use-page-title';
import { DEFAULT_MIN_RESPONDENTS, LOWEST_MIN_RESPONDENTS } from '../anonymity';

export function PrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  const contactEmail = useSettings().data?.privacyContactEmail;

  return (
    <article>
      <h1>{t('privacy.title')}</h1>
      <p className="font-lead">{t('privacy.intro')}</p>

      <h2>{t('privacy.controllerHeading')}</h2>
      <p>{t('privacy.controller')}</p>

      <h2>{t('privacy.purposeHeading')}</h2>
      <p>{t('privacy.purpose')}</p>

      <h2>{t('privacy.whoHeading')}</h2>
      <ul>
        <li>{t('privacy.whoEmployees', { k: DEFAULT_MIN_RESPONDENTS, min: LOWEST_MIN_RESPONDENTS })}</li>
        <li>{t('privacy.whoStories')}</li>
        <li>{t('privacy.whoSelfManager')}</li>
        <li>{t('privacy.whoReports')}</li>
      </ul>

      <h2>{t('privacy.retentionHeading')}</h2>
      <p>{t('privacy.retention')}</p>

      <h2>{t('privacy.contactHeading')}</h2>
      {contactEmail ? (
        <p>
          {t('privacy.contact')} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </p>
      ) : (
        <p>{t('privacy.contactFallback')}</p>
      )}
    </article>
  );
}
