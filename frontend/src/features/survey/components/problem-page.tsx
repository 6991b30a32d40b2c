import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';

export type ProblemKind = 'notFound' | 'noLink' | 'answered' | 'closed' | 'failed';

/** The link is unknown (404), already used (409), the round has closed (410), or the survey could not be loaded. */
export function ProblemPage({ kind, onRetry }: { kind: ProblemKind; onRetry?: () => void }) {
  const { t } = useTranslation(NS);
  usePageTitle(t(`problem.${kind}.title`));
  return (
    <>
      <h1>{t(`problem.${kind}.title`)}</h1>
      <p>{t(`problem.${kind}.text`)}</p>
      {onRetry && (
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t('problem.failed.retry')}
        </button>
      )}
    </>
  );
}

export function problemKind(status: number): ProblemKind {
  if (status === 404) return 'notFound';
  if (status === 409) return 'answered';
  if (status === 410) return 'closed';
  return 'failed';
}
