import { useTranslation } from 'react-i18next';
import { NS } from '../../i18n';

/** "Gem og fortsæt" submits the step's form; "Tilbage" leaves it unsaved. */
export function StepButtons({ busy, onBack }: { busy: boolean; onBack: () => void }) {
  const { t } = useTranslation(NS);
  return (
    <div className="button-row">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('wizard.saving') : t('wizard.saveAndContinue')}
      </button>
      <button type="button" className="button button-secondary" onClick={onBack}>
        {t('wizard.back')}
      </button>
    </div>
  );
}
