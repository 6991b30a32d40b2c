import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import { useWording } from '../use-wording';

/** "Gemt kl. 14.32": a polite live region, present from the start so that screen readers hear the changes. */
export function SaveStatus({ savedAt, failed }: { savedAt: Date | null; failed: boolean }) {
  const { t } = useTranslation(NS);
  const { time } = useWording();
  return (
    <p className="survey-save-status" role="status">
      {failed ? t('save.failed') : savedAt ? t('save.saved', { time: time(savedAt) }) : ''}
    </p>
  );
}
