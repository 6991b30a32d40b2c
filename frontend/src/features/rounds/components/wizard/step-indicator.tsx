import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NS } from '../../i18n';
import { STEPS, type Step } from '../../settings';

/**
 * The DKFDS step indicator: the five steps as an ordered list; the current one carries aria-current. Before the
 * round is saved (step 1 of a new round) the later steps are not links yet.
 */
export function StepIndicator({ current, roundId }: { current: Step; roundId: string | undefined }) {
  const { t } = useTranslation(NS);
  return (
    <nav aria-label={t('wizard.stepsLabel')} className="round-steps">
      <ol className="step-indicator">
        {STEPS.map((step) => {
          const content = (
            <>
              <span className="step-number">
                <span>{step}</span>
              </span>
              <span className="step-title">{t(`wizard.steps.${step}`)}</span>
            </>
          );
          const className = step === current ? 'current' : roundId ? undefined : 'disabled';
          return (
            <li key={step} className={className}>
              {step === current ? (
                <span className="step" aria-current="step">
                  {content}
                </span>
              ) : roundId ? (
                <Link className="step" to={`/runder/${roundId}?trin=${step}`}>
                  {content}
                </Link>
              ) : (
                <span className="step">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
