import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth/get-me';
import { hasAnyRole } from '@/lib/auth/roles';
import { useFrameworks } from '@/lib/queries/frameworks';
import { usePageTitle } from '@/lib/use-page-title';
import { WRITER_ROLES } from '../roles';
import { CreateFrameworkButtons } from './create-framework-buttons';
import { FrameworkTable } from './framework-table';
import { ImportFrameworkForm } from './import-framework-form';

/** /ledelsesgrundlag: every version of the organisation's frameworks, and the ways to make a new one. */
export function FrameworkListPage() {
  const { t } = useTranslation();
  usePageTitle(t('frameworks.title'));
  const canEdit = hasAnyRole(useCurrentUser().data, WRITER_ROLES);
  const frameworks = useFrameworks();

  return (
    <>
      <h1>{t('frameworks.title')}</h1>
      <p className="font-lead">{t('frameworks.list.intro')}</p>
      {frameworks.isPending && <p aria-live="polite">{t('frameworks.loading')}</p>}
      {frameworks.isError && (
        <p className="alert alert-error" role="alert">
          {t('frameworks.loadError')}
        </p>
      )}
      {frameworks.data &&
        (frameworks.data.length === 0 ? <p>{t('frameworks.list.empty')}</p> : <FrameworkTable frameworks={frameworks.data} />)}
      {canEdit && (
        <>
          <CreateFrameworkButtons />
          <ImportFrameworkForm />
        </>
      )}
    </>
  );
}
