import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';

/**
 * Pages for people without a login (the respondent's survey): the header has the name and the language switch
 * but no navigation and no logged-in user, whoever else may be logged in in the browser. Lazily loaded pages
 * render inside Suspense.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipLink')}
      </a>
      <header className="header">
        <LanguageSwitch />
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <span>{t('app.name')}</span>
            </div>
          </div>
        </div>
      </header>
      <main id="main-content" className="container page-container" tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </>
  );
}
