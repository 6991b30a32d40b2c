import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { problemType } from '@/lib/api/problem-text';
import { NS } from '../i18n';

/**
 * Why a round's overview cannot be shown, in words HR can act on, with the way back to the round list.
 * report-not-open: the round is still open. 404/400: not a round of this organisation.
 */
export function RoundError({ error }: { error: unknown }) {
  const { t } = useTranslation(NS);
  let message = t('loadError');
  if (problemType(error) === 'report-not-open') message = t('notOpen');
  else if (isApiError(error, 404) || isApiError(error, 400)) message = t('notFound');
  return (
    <>
      <p className="alert alert-error" role="alert">
        {message}
      </p>
      <p>
        <Link to="/overblik">{t('chooseAnother')}</Link>
      </p>
    </>
  );
}
