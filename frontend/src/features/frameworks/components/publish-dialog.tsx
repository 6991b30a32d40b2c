import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { Framework } from '../types';

/** The confirmation before publishing: says plainly that the version is frozen from then on. */
export function PublishDialog({ framework, busy, onConfirm, onCancel }: { framework: Framework; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const statements = framework.values.reduce((sum, value) => sum + value.statements.length, 0);
  return (
    <ConfirmDialog
      title={t('frameworks.publish.title', { name: framework.name })}
      confirmLabel={t('frameworks.publish.confirm')}
      cancelLabel={t('frameworks.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      busy={busy}
    >
      <p>{t('frameworks.publish.summary', { version: framework.version, values: framework.values.length, statements })}</p>
      <p>{t('frameworks.publish.freeze')}</p>
      <p>{t('frameworks.publish.newVersion')}</p>
    </ConfirmDialog>
  );
}
