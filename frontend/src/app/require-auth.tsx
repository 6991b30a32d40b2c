import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { useCurrentUser } from '@/lib/auth/get-me';
import { getToken } from '@/lib/auth/token-storage';

/** Guards the pages that need a login; keeps the deep link so login can return to it. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useCurrentUser();
  const from = `${location.pathname}${location.search}${location.hash}`;

  if (!getToken() || isApiError(me.error, 401)) {
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (me.isError) {
    return (
      <p className="alert alert-error" role="alert">
        {t('app.loadError')}
      </p>
    );
  }
  if (!me.data) {
    return <p aria-live="polite">{t('app.loading')}</p>;
  }
  return <Outlet />;
}
