import { useTranslation } from 'react-i18next';

/** Shown in the layout while the first page's code is on its way, so that the header and footer paint at once. */
export function PageLoading() {
  const { t } = useTranslation();
  return <p aria-live="polite">{t('app.loading')}</p>;
}
