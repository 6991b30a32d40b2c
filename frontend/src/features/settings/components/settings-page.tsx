import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/get-me';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import { AccountsSection } from './accounts-section';
import { AuditSection } from './audit-section';
import { SsoSection } from './sso-section';

/** "Konti og indstillinger": logins for HR and admins; single sign-on and the audit log for admins. */
export function SettingsPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('title'));
  const user = useCurrentUser().data;
  const admin = hasAnyRole(user, ['admin']);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro')}</p>
      <AccountsSection />
      {admin && <SsoSection />}
      {admin && <AuditSection />}
    </>
  );
}
