import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { useSsoExchange } from '../api/sso';

/** Reads the one-time code from the fragment (never sent to a server) and removes it from the address. */
function takeCode(): string | null {
  const match = /(?:^#|&)kode=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    window.history.replaceState(null, '', window.location.pathname);
    return match[1];
  }
  return null;
}

/** Where single sign-on lands: trades the one-time code for a token and goes on to the landing page. */
export function SsoLandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.sso.landingTitle'));
  const navigate = useNavigate();
  const exchange = useSsoExchange({ onSuccess: () => void navigate('/', { replace: true }) });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const code = takeCode();
    if (code) exchange.mutate(code);
    else void navigate('/login?sso=fejl', { replace: true });
  }, [exchange, navigate]);

  return (
    <>
      <h1>{t('login.sso.landingTitle')}</h1>
      {exchange.isError ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{t('login.sso.refused.fejl')}</p>
          </div>
          <p>
            <Link to="/login">{t('login.backToLogin')}</Link>
          </p>
        </div>
      ) : (
        <p aria-live="polite">{t('login.sso.signingIn')}</p>
      )}
    </>
  );
}
