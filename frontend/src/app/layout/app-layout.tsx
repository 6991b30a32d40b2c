import { useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFocusHeadingOnChange } from '@/lib/use-focus-heading';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  // After client-side navigation: to the top, and focus on the new page's heading, as a full page load would.
  useFocusHeadingOnChange(pathname, mainRef);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <main id="main-content" className="container page-container" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
