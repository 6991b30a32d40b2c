import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { problemType } from '@/lib/api/problem-text';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';

/** Loading state of a LUS page. */
export function Loading({ title }: { title: string }) {
  const { t } = useTranslation(NS);
  usePageTitle(title);
  return <p aria-live="polite">{t('loading')}</p>;
}

/** A LUS page that could not be shown: not found, not open yet, or a failure. */
export function PageProblem({ title, error, reportPath }: { title: string; error: unknown; reportPath: string }) {
  const { t } = useTranslation(NS);
  usePageTitle(title);
  const message =
    isApiError(error, 404) || isApiError(error, 400)
      ? t('notFound')
      : problemType(error) === 'report-not-open'
        ? t('notOpen')
        : t('loadError');
  return (
    <>
      <h1>{title}</h1>
      <div className="alert alert-error" role="alert">
        <div className="alert-body">
          <p className="alert-text">{message}</p>
        </div>
      </div>
      <p>
        <Link to={reportPath}>{t('backToReport')}</Link>
      </p>
    </>
  );
}
