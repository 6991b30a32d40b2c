import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getToken } from '@/lib/auth/token-storage';
import { usePageTitle } from '@/lib/use-page-title';
import { LoginForm } from './login-form';

/** Where to go after login: the deep link the guard sent us from, else the landing page. */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && !state.from.startsWith('//') ? state.from : '/';
  }
  return '/';
}

/** Whether the guard sent us here because the server ended the session (a request was answered 401). */
function useSessionExpired(): boolean {
  const state: unknown = useLocation().state;
  return typeof state === 'object' && state !== null && 'expired' in state && state.expired === true;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const expired = useSessionExpired();

  if (getToken()) {
    return <Navigate to={returnPath} replace />;
  }
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t('login.title')}</h1>
        {expired && (
          <div className="alert alert-warning" role="status">
            <div className="alert-body">
              <p className="alert-text">{t('login.sessionExpired')}</p>
            </div>
          </div>
        )}
        <p>{t('login.intro')}</p>
        <LoginForm onLoggedIn={() => void navigate(returnPath, { replace: true })} />
      </div>
    </div>
  );
}
