import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

/** Where the respondent is: the value step in words, and the statements answered as a progress bar. */
export function SurveyProgress({ step, steps, answered, total }: { step?: number; steps?: number; answered: number; total: number }) {
  const { t } = useTranslation(NS);
  const labelId = useId();
  return (
    <div className="survey-progress">
      {step !== undefined && <p className="survey-progress__step">{t('step.progress', { n: step, total: steps })}</p>}
      <p className="survey-progress__label" id={labelId}>
        {t('step.answered', { answered, total })}
      </p>
      <progress className="survey-progress__bar" max={total} value={answered} aria-labelledby={labelId} />
    </div>
  );
}
