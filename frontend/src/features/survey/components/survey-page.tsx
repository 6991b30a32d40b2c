import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '@/lib/api/api-error';
import { useFocusHeadingOnChange } from '@/lib/use-focus-heading';
import { usePageTitle } from '@/lib/use-page-title';
import {
  answersFromDraft,
  countAnswered,
  countStatements,
  parseStep,
  resumeStep,
  stepParam,
  toPayload,
  type Step,
} from '../answers';
import { useSurvey } from '../api/get-survey';
import { useSubmitSurvey } from '../api/submit-survey';
import { NS } from '../i18n';
import { clearSurveyToken, useSurveyToken } from '../survey-token';
import type { SurveyAnswers } from '../types';
import { localize, type LocalSurvey } from '../localize';
import { useFormat } from '@/lib/format';
import { useAutosave } from '../use-autosave';
import { ProblemPage, problemKind } from './problem-page';
import { Receipt } from './receipt';
import { ReviewStep } from './review-step';
import { SaveStatus } from './save-status';
import type { StepError } from './step-error-summary';
import { SurveyIntro } from './survey-intro';
import { ValueStep } from './value-step';
import '../survey.css';

/** /s: the respondent's survey. No login: the invitation token from the link's fragment is the key. */
export function SurveyPage() {
  const { token, opening } = useSurveyToken();
  if (token === null) return <ProblemPage kind="noLink" />;
  return <SurveySession key={opening} token={token} />;
}

function SurveySession({ token }: { token: string }) {
  const { t } = useTranslation(NS);
  const survey = useSurvey(token);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [submitted, setSubmitted] = useState(false);
  const [endedWith, setEndedWith] = useState<number | null>(null);
  const { english } = useFormat();

  const loadStatus = survey.error && isApiError(survey.error) ? survey.error.status : null;
  const ending = endedWith ?? (loadStatus !== null && loadStatus < 500 ? loadStatus : null);
  const step: Step = survey.data ? parseStep(params.get('trin'), survey.data.values.length) : 'intro';
  const view = submitted
    ? 'receipt'
    : ending !== null
      ? `problem-${ending}`
      : survey.isPending
        ? 'loading'
        : survey.isError
          ? 'failed'
          : `step-${step}`;
  const viewRef = useRef<HTMLDivElement>(null);
  // After a step or page change (not the first page, nor the end of loading): to the top, focus on the new h1.
  useFocusHeadingOnChange(view, viewRef, fromLoading);

  // A spent or unknown link is of no more use in this tab.
  useEffect(() => {
    if (ending !== null && ending !== 410) clearSurveyToken();
  }, [ending]);

  const onSubmitted = useCallback(() => {
    clearSurveyToken();
    setSubmitted(true);
    void navigate({ search: '' }, { replace: true });
  }, [navigate]);

  let content;
  if (view === 'receipt') content = <Receipt />;
  else if (ending !== null) content = <ProblemPage kind={problemKind(ending)} />;
  else if (survey.isPending) content = <Loading text={t('loading')} />;
  else if (survey.isError) content = <ProblemPage kind="failed" onRetry={() => void survey.refetch()} />;
  else
    content = (
      <SurveyForm
        survey={localize(survey.data, english)}
        token={token}
        step={step}
        onSubmitted={onSubmitted}
        onEnded={setEndedWith}
      />
    );
  return <div ref={viewRef}>{content}</div>;
}

const fromLoading = (previous: string) => previous === 'loading';

function Loading({ text }: { text: string }) {
  usePageTitle(text);
  return <p role="status">{text}</p>;
}

interface SurveyFormProps {
  survey: LocalSurvey;
  token: string;
  step: Step;
  onSubmitted: () => void;
  onEnded: (status: number) => void;
}

/** Holds the answers, saves them as drafts, and shows the intro, a value, or the review. */
function SurveyForm({ survey, token, step, onSubmitted, onEnded }: SurveyFormProps) {
  const { t } = useTranslation(NS);
  const [, setParams] = useSearchParams();
  const [initial] = useState(() => answersFromDraft(survey));
  const [answers, setAnswers] = useState(initial.answers);
  const [stories, setStories] = useState(initial.stories);
  const [submitErrors, setSubmitErrors] = useState<StepError[]>([]);
  const payload = useMemo(() => toPayload(survey, answers, stories), [survey, answers, stories]);
  const autosave = useAutosave(token, payload, onEnded);
  const sent = useRef<SurveyAnswers>(payload);
  const total = countStatements(survey);
  const answered = countAnswered(survey, answers);
  const last = survey.values.length - 1;

  const submit = useSubmitSurvey(token, { onSuccess: onSubmitted });

  function go(next: Step) {
    autosave.flush();
    const param = stepParam(next);
    setParams(param === null ? {} : { trin: param });
  }

  function handleSubmit() {
    autosave.stop();
    sent.current = payload;
    submit.mutate(payload, {
      onError: (error) => {
        if (isApiError(error) && [404, 409, 410].includes(error.status)) {
          onEnded(error.status);
          return;
        }
        autosave.resume();
        setSubmitErrors(submitProblems(error, survey, sent.current, t));
      },
    });
  }

  if (step === 'intro') {
    return (
      <SurveyIntro
        survey={survey}
        answered={answered}
        total={total}
        onStart={() => go(answered > 0 ? resumeStep(survey, answers) : 0)}
      />
    );
  }
  if (step === 'review') {
    return (
      <>
        <ReviewStep
          survey={survey}
          answers={answers}
          stories={stories}
          errors={submitErrors}
          submitting={submit.isPending}
          onSubmit={handleSubmit}
          onPrevious={() => go(last)}
        />
        <SaveStatus savedAt={autosave.savedAt} failed={autosave.failed} />
      </>
    );
  }
  const value = survey.values[step];
  if (!value) return null;
  return (
    <>
      <ValueStep
        key={value.id}
        survey={survey}
        index={step}
        answers={answers}
        story={stories[value.id] ?? ''}
        answered={answered}
        total={total}
        complete={answered === total}
        onAnswer={(statementId, score) => setAnswers((current) => ({ ...current, [statementId]: score }))}
        onStory={(text) => setStories((current) => ({ ...current, [value.id]: text }))}
        onNext={() => go(step === last ? 'review' : step + 1)}
        onPrevious={() => go(step === 0 ? 'intro' : step - 1)}
        onReview={() => go('review')}
      />
      <SaveStatus savedAt={autosave.savedAt} failed={autosave.failed} />
    </>
  );
}

/** A refused submission in words: the server's field errors named by statement or value, else a general message. */
function submitProblems(
  error: unknown,
  survey: LocalSurvey,
  body: SurveyAnswers,
  t: (key: string, options?: Record<string, unknown>) => string,
): StepError[] {
  const fieldErrors = isApiError(error, 400) ? (error.problem?.errors ?? []) : [];
  if (fieldErrors.length === 0) return [{ message: t('review.failed') }];
  const statements = new Map(
    survey.values.flatMap((value) => value.statements.map((statement) => [statement.id, statement.text] as const)),
  );
  const values = new Map(survey.values.map((value, index) => [value.id, { title: value.title, index }] as const));
  return fieldErrors.map((fieldError) => {
    const field = fieldError.field ?? '';
    const message = fieldError.message ?? '';
    const answer = /^answers\[(\d+)\]/.exec(field);
    const story = /^stories\[(\d+)\]/.exec(field);
    if (answer) {
      const statementId = body.answers[Number(answer[1])]?.statementId;
      const text = statementId ? statements.get(statementId) : undefined;
      if (text) return { message: t('review.statementError', { statement: text, message }) };
    }
    if (story) {
      const valueId = body.stories?.[Number(story[1])]?.valueId;
      const value = valueId ? values.get(valueId) : undefined;
      if (value) return { message: t('review.storyError', { value: value.title, message }), to: `?trin=${value.index + 1}` };
    }
    return { message };
  });
}
