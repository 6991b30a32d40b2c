import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth/get-me';
import { useLogout } from '@/lib/auth/logout';
import { LanguageSwitch } from './language-switch';
import { MainNavigation } from './main-navigation';

export function SiteHeader() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  const logout = useLogout();

  return (
    <header className="header">
      <LanguageSwitch />
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/" aria-label={t('layout.homeLink')}>
              {t('app.name')}
            </Link>
          </div>
          {user && (
            <div className="additional-info">
              <p>
                <strong className="authority-name">{user.organisation?.name ?? t('layout.operator')}</strong>
              </p>
              <p>
                {t('layout.loggedInAs', { name: user.name })}{' '}
                <button type="button" className="function-link logout-button" onClick={logout}>
                  {t('layout.logout')}
                </button>
              </p>
            </div>
          )}
        </div>
      </div>
      {user && <MainNavigation user={user} />}
    </header>
  );
}
