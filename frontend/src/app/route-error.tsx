import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';

/** A page module that no longer exists on the server: the app was updated while this tab was open. */
function isStaleChunk(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

/**
 * The error boundary of every page: a page that fails while rendering (or whose code cannot be loaded) shows this
 * inside the layout, with the header and the way home, instead of a blank screen.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('routeError.title'));
  return (
    <>
      <h1>{t('routeError.title')}</h1>
      <div className="alert alert-error" role="alert">
        <div className="alert-body">
          <p className="alert-text">{isStaleChunk(error) ? t('routeError.newVersion') : t('routeError.text')}</p>
        </div>
      </div>
      <p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
      <p>
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </>
  );
}
