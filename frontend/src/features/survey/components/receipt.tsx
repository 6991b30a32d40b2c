import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';

/** After 201: the answers are stored anonymously and the link is spent. */
export function Receipt() {
  const { t } = useTranslation(NS);
  usePageTitle(t('receipt.title'));
  return (
    <>
      <h1>{t('receipt.title')}</h1>
      <div className="alert alert-success">
        <div className="alert-body">
          <p className="alert-text">{t('receipt.stored')}</p>
        </div>
      </div>
      <p>{t('receipt.used')}</p>
      <p>{t('receipt.close')}</p>
    </>
  );
}
