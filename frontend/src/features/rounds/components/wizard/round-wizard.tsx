import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../../i18n';
import { toStep, type Step } from '../../settings';
import type { Round } from '../../types';
import { StatusTag } from '../status-tag';
import { AnonymityStep } from './anonymity-step';
import { BasicsStep } from './basics-step';
import { LeadersStep } from './leaders-step';
import { RatersStep } from './raters-step';
import { StepIndicator } from './step-indicator';
import { SummaryStep } from './summary-step';

/** The five steps of a draft round; `round` is absent until step 1 is saved the first time. */
export function RoundWizard({ round }: { round?: Round }) {
  const { t } = useTranslation(NS);
  const [params, setParams] = useSearchParams();
  const step: Step = round ? toStep(params.get('trin')) : 1;
  const title = round?.name ?? t('wizard.newTitle');
  const stepHeading = t('wizard.stepHeading', { step, total: 5, title: t(`wizard.steps.${step}`) });
  usePageTitle(`${stepHeading} – ${title}`);

  // A new step is a new view without a new path: focus its heading, as the layout does for a new page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current !== step) headingRef.current?.focus();
    previousStep.current = step;
  }, [step]);

  const goTo = (next: Step) => setParams({ trin: String(next) });

  return (
    <>
      <p>
        <Link to="/runder">{t('backToList')}</Link>
      </p>
      <h1>{title}</h1>
      {round && (
        <p>
          <StatusTag status={round.status} />
        </p>
      )}
      <div className="round-wizard">
        <StepIndicator current={step} roundId={round?.id} />
        <div className="round-step">
          <h2 ref={headingRef} tabIndex={-1}>
            {stepHeading}
          </h2>
          {step === 1 && <BasicsStep round={round} onDone={() => goTo(2)} />}
          {round && step === 2 && <LeadersStep round={round} onBack={() => goTo(1)} onDone={() => goTo(3)} />}
          {round && step === 3 && <RatersStep round={round} onBack={() => goTo(2)} onDone={() => goTo(4)} />}
          {round && step === 4 && <AnonymityStep round={round} onBack={() => goTo(3)} onDone={() => goTo(5)} />}
          {round && step === 5 && <SummaryStep round={round} onBack={() => goTo(4)} />}
        </div>
      </div>
    </>
  );
}
