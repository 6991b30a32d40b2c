import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/use-page-title';
import { fieldIds, unanswered } from '../answers';
import { NS } from '../i18n';
import type { AnswerMap } from '../types';
import type { LocalSurvey as Survey } from '../localize';
import { useWording } from '../use-wording';
import { StatementQuestion } from './statement-question';
import { StepErrorSummary } from './step-error-summary';
import { StoryField } from './story-field';
import { SurveyProgress } from './survey-progress';

interface ValueStepProps {
  survey: Survey;
  index: number;
  answers: AnswerMap;
  story: string;
  answered: number;
  total: number;
  /** Every statement answered: the respondent may jump to the review from here. */
  complete: boolean;
  onAnswer: (statementId: string, score: number | null) => void;
  onStory: (text: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onReview: () => void;
}

/** One value: its statements, the optional story, and Næste/Forrige. Every statement needs an answer to go on. */
export function ValueStep(props: ValueStepProps) {
  const { survey, index, answers, story, answered, total, complete } = props;
  const value = survey.values[index]!;
  const { t } = useTranslation(NS);
  const wording = useWording();
  const context = survey.raterGroup.toLowerCase();
  const count = survey.values.length;
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('step.title', { n: index + 1, total: count, value: value.title }));

  const missing = attempts > 0 ? unanswered(value, answers) : [];

  // After each refused "Næste", focus the summary so that it is read out and its links are next in line.
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unanswered(value, answers).length > 0) setAttempts((n) => n + 1);
    else props.onNext();
  }

  return (
    <>
      <SurveyProgress step={index + 1} steps={count} answered={answered} total={total} />
      {missing.length > 0 && (
        <StepErrorSummary
          ref={summaryRef}
          heading={t('step.errorSummary')}
          items={missing.map((statement) => ({
            message: t('step.missing', { statement: statement.text }),
            fieldId: fieldIds.radio(statement.id, String(wording.scores[0]?.score ?? 1)),
          }))}
        />
      )}
      <h1 lang={value.lang}>{value.title}</h1>
      {value.description && (
        <p className="font-lead" lang={value.lang}>
          {value.description}
        </p>
      )}
      <p>{t('step.instructions', { context, leader: survey.leaderName })}</p>
      <form onSubmit={handleSubmit} noValidate>
        {value.statements.map((statement) => (
          <StatementQuestion
            key={statement.id}
            statement={statement}
            value={answers[statement.id]}
            scores={wording.scores}
            dontKnow={wording.dontKnow}
            error={missing.includes(statement) ? t('step.missingInline') : undefined}
            onChange={(score) => props.onAnswer(statement.id, score)}
          />
        ))}
        <StoryField
          valueId={value.id}
          hint={t('story.hint', { context, leader: survey.leaderName, value: value.title })}
          text={story}
          onChange={props.onStory}
        />
        <div className="survey-buttons">
          <button type="submit" className="button button-primary">
            {t('step.next')}
          </button>
          <button type="button" className="button button-secondary" onClick={props.onPrevious}>
            {t('step.previous')}
          </button>
          {complete && index < count - 1 && (
            <button type="button" className="button button-tertiary" onClick={props.onReview}>
              {t('step.toReview')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
