import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../types';

const badgeClass: Record<VersionStatus, string> = {
  DRAFT: 'badge badge-info',
  PUBLISHED: 'badge badge-success',
  ARCHIVED: 'badge',
};

export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return <span className={badgeClass[status]}>{t(`frameworks.status.${status}`)}</span>;
}
