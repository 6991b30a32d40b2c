import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { usePageTitle } from '@/lib/use-page-title';
import { useRound } from '../api/get-round';
import { NS } from '../i18n';
import { RoundDashboard } from './round-dashboard';
import { RoundWizard } from './wizard/round-wizard';
import '../rounds.css';

/** /runder/:id: a draft opens in the wizard (?trin=1–5); an open or closed round shows its progress. */
export function RoundPage() {
  const { t } = useTranslation(NS);
  const { id = '' } = useParams();
  const round = useRound(id);

  if (round.isPending) return <Loading />;
  if (round.isError) {
    const notFound = isApiError(round.error, 404) || isApiError(round.error, 400);
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="alert alert-error" role="alert">
          {notFound ? t('notFound') : t('loadError')}
        </p>
        <p>
          <Link to="/runder">{t('backToList')}</Link>
        </p>
      </>
    );
  }
  return round.data.status === 'DRAFT' ? <RoundWizard round={round.data} /> : <RoundDashboard round={round.data} />;
}

/** /runder/ny: the wizard's first step; the round exists once it is saved. */
export function NewRoundPage() {
  return <RoundWizard />;
}

function Loading() {
  const { t } = useTranslation(NS);
  usePageTitle(t('title'));
  return <p aria-live="polite">{t('loading')}</p>;
}
