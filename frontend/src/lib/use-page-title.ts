import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title for the current page, e.g. "Log ind – Pejling". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.name');
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title, app: suffix });
  }, [title, suffix, t]);
}
