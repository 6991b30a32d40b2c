import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import { ExportSection } from './export-section';
import { ImportHelp } from './import-help';
import { ImportSection } from './import-section';
import { UnitTree } from './unit-tree';
import '../organisation.css';

/** /organisation: the unit tree, and the CSV import that keeps it up to date. */
export function OrganisationPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro')}</p>
      <UnitTree />
      <ExportSection />
      <ImportSection />
      <ImportHelp />
    </>
  );
}
