import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { useCurrentUser } from '@/lib/auth/get-me';
import { sessionEnd } from '@/lib/auth/token-storage';
import { useToken } from '@/lib/auth/use-token';

/** Where the login page returns to, and whether it was shown because the session expired. */
export interface LoginState {
  from: string;
  expired?: boolean;
}

/**
 * Guards the pages that need a login; keeps the deep link so login can return to it. A session the server ends
 * (any request answered 401) clears the token, and this guard then sends the user to the login, saying why.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = useToken();
  const me = useCurrentUser();
  const from = `${location.pathname}${location.search}${location.hash}`;

  if (!token || isApiError(me.error, 401)) {
    const state: LoginState = { from, expired: sessionEnd() === 'expired' || undefined };
    return <Navigate to="/login" replace state={state} />;
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
