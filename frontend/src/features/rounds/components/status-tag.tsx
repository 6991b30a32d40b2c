import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { RoundStatus } from '../types';

const tagClass: Record<RoundStatus, string> = {
  DRAFT: 'badge badge-info',
  OPEN: 'badge badge-success',
  CLOSED: 'badge',
};

/** The status in words (Kladde, Åben, Lukket); the colour only repeats it. */
export function StatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation(NS);
  return <span className={tagClass[status]}>{t(`status.${status}`)}</span>;
}
