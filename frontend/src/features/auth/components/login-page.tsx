import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getToken } from '@/lib/auth/token-storage';
import { usePageTitle } from '@/lib/use-page-title';
import { useSsoDiscovery } from '../api/sso';
import { LoginForm } from './login-form';

const SSO_REASONS = ['ukendt', 'ukendt-bruger', 'deaktiveret', 'anden-organisation', 'ingen-email', 'fejl'] as const;

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

/** Why a single sign-on came back here, as the i18n key of its message; null when it did not. */
function ssoProblemKey(params: URLSearchParams): string | null {
  const reason = params.get('sso');
  if (reason && (SSO_REASONS as readonly string[]).includes(reason)) return `login.sso.refused.${reason}`;
  if (reason || params.get('error')) return 'login.sso.refused.fejl';
  return null;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const expired = useSessionExpired();
  const [params] = useSearchParams();
  const slug = params.get('organisation');
  const [emailDomain, setEmailDomain] = useState<string | null>(null);
  const sso = useSsoDiscovery(slug, slug ? null : emailDomain).data;
  const problemKey = ssoProblemKey(params);

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
        {problemKey && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-heading">{t('login.sso.refusedHeading')}</p>
              <p className="alert-text">{t(problemKey)}</p>
            </div>
          </div>
        )}
        {sso && (
          <section aria-labelledby="sso-heading" className="mb-6">
            <h2 id="sso-heading" className="h3">
              {t('login.sso.heading', { organisation: sso.name })}
            </h2>
            <p>{t('login.sso.intro')}</p>
            <a className="button button-primary" href={sso.loginUrl}>
              {t('login.sso.button', { organisation: sso.name })}
            </a>
          </section>
        )}
        <p>{t('login.intro')}</p>
        <LoginForm
          onLoggedIn={() => void navigate(returnPath, { replace: true })}
          onEmailSettled={(email) => {
            const at = email.lastIndexOf('@');
            setEmailDomain(at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : null);
          }}
        />
        <p className="mt-6">
          <Link to="/glemt-adgangskode">{t('login.forgotten')}</Link>
        </p>
      </div>
    </div>
  );
}
