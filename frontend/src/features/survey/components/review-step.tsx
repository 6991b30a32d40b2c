import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';
import { stepParam } from '../answers';
import { NS } from '../i18n';
import type { AnswerMap, StoryMap } from '../types';
import type { LocalSurvey as Survey } from '../localize';
import { useWording } from '../use-wording';
import { StepErrorSummary, type StepError } from './step-error-summary';

interface ReviewStepProps {
  survey: Survey;
  answers: AnswerMap;
  stories: StoryMap;
  /** Errors from a refused submission; set anew (a new array) on each attempt. */
  errors: StepError[];
  submitting: boolean;
  onSubmit: () => void;
  onPrevious: () => void;
}

/** All answers, value by value, with "Ret" links back to the step, and "Send besvarelse". */
export function ReviewStep({ survey, answers, stories, errors, submitting, onSubmit, onPrevious }: ReviewStepProps) {
  const { t } = useTranslation(NS);
  const wording = useWording();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [missingShown, setMissingShown] = useState(0);
  usePageTitle(t('review.title'));

  const missing: StepError[] = survey.values.flatMap((value, index) =>
    value.statements
      .filter((statement) => !(statement.id in answers))
      .map((statement) => ({
        message: t('review.missing', { statement: statement.text, value: value.title }),
        to: `?trin=${stepParam(index)}`,
      })),
  );
  const shown = missingShown > 0 && missing.length > 0 ? missing : errors;

  useEffect(() => {
    if (missingShown > 0 || errors.length > 0) summaryRef.current?.focus();
  }, [missingShown, errors]);

  function handleSubmit() {
    if (missing.length > 0) setMissingShown((n) => n + 1);
    else onSubmit();
  }

  return (
    <>
      {shown.length > 0 && <StepErrorSummary ref={summaryRef} heading={t('review.errorSummary')} items={shown} />}
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      {survey.values.map((value, index) => {
        const headingId = `review-${value.id}`;
        const story = (stories[value.id] ?? '').trim();
        const answeredHere = value.statements.filter((statement) => statement.id in answers).length;
        const complete = answeredHere === value.statements.length;
        return (
          <section key={value.id} className="survey-review-value" aria-labelledby={headingId}>
            <div className="survey-review-heading">
              <h2 className="h4" id={headingId} lang={value.lang}>
                {value.title}
              </h2>
              <Link to={{ search: `?trin=${stepParam(index)}` }}>
                {t('review.edit')}
                <span className="sr-only"> {t('review.editContext', { value: value.title })}</span>
              </Link>
            </div>
            <details className="survey-review-details">
              <summary className={complete ? undefined : 'survey-not-answered'}>
                {t('review.valueSummary', { answered: answeredHere, total: value.statements.length })}
                {story !== '' && `, ${t('review.storyWritten')}`}
              </summary>
              <dl className="survey-review-list">
                {value.statements.map((statement) => (
                  <div key={statement.id}>
                    <dt lang={statement.lang}>{statement.text}</dt>
                    <dd className={statement.id in answers ? undefined : 'survey-not-answered'}>
                      {statement.id in answers ? wording.answer(answers[statement.id] ?? null) : t('review.notAnswered')}
                    </dd>
                  </div>
                ))}
                <div>
                  <dt>{t('review.story')}</dt>
                  <dd className="survey-review-story">{story === '' ? t('review.noStory') : story}</dd>
                </div>
              </dl>
            </details>
          </section>
        );
      })}
      <div className="survey-buttons survey-review-buttons">
        <button type="button" className="button button-primary" onClick={handleSubmit} disabled={submitting}>
          {submitting ? t('review.submitting') : t('review.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onPrevious}>
          {t('step.previous')}
        </button>
      </div>
    </>
  );
}
