import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from '@/components/form-field';
import { TextAreaField } from '@/components/text-area-field';
import { isApiError } from '@/lib/api/api-error';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useAnswerMeeting } from '../api/answer-meeting';
import { useQuestion } from '../api/get-question';
import { NS } from '../i18n';
import { browserKey, useMeetingToken } from '../meeting-link';
import type { MeetingQuestion } from '../types';

const STORY_MAX = 2000;
const SCORES = [1, 2, 3, 4, 5] as const;
type Kind = 'noLink' | 'notFound' | 'closed' | 'answered';

/** /m: a meeting's participant answers one question, without login, once from this browser. */
export function AnswerPage() {
  const token = useMeetingToken();
  if (token === null) return <Problem kind="noLink" />;
  return <Question token={token} />;
}

function kindOf(error: unknown): Kind | null {
  if (isApiError(error, 404)) return 'notFound';
  if (isApiError(error, 410)) return 'closed';
  if (isApiError(error, 409)) return 'answered';
  return null;
}

function Question({ token }: { token: string }) {
  const { t } = useTranslation(NS);
  const question = useQuestion(token);
  if (question.isPending) return <p aria-live="polite">{t('loading')}</p>;
  if (question.isError) {
    const kind = kindOf(question.error);
    return kind ? <Problem kind={kind} /> : <p role="alert">{t('loadError')}</p>;
  }
  return <AnswerForm token={token} question={question.data} />;
}

function AnswerForm({ token, question }: { token: string; question: MeetingQuestion }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const browser = useMemo(() => browserKey(), []);
  const answer = useAnswerMeeting(token, browser);
  // undefined: not chosen; null: "ved ikke".
  const [score, setScore] = useState<number | null | undefined>(undefined);
  const [story, setStory] = useState('');
  const [missing, setMissing] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const value = format.english && question.valueTitleEn ? question.valueTitleEn : question.valueTitle;
  const description = format.english && question.valueDescriptionEn ? question.valueDescriptionEn : question.valueDescription;
  usePageTitle(t('answer.title'));

  if (answer.isSuccess) return <Thanks />;
  const kind = kindOf(answer.error);
  if (kind) return <Problem kind={kind} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (score === undefined) {
      setMissing(true);
      groupRef.current?.querySelector('input')?.focus();
      return;
    }
    // "Ved ikke" is an answer without a score.
    answer.mutate({ score: score ?? undefined, story: story.trim() === '' ? undefined : story.trim() });
  }

  return (
    <>
      <h1>{t('answer.title')}</h1>
      <p className="font-lead">
        {t('answer.meeting', { meeting: question.meetingName, date: format.localDate(question.meetingDate, 'long') })}
      </p>
      <p>{t('answer.leader', { leader: question.leaderName, organisation: question.organisation })}</p>
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-text">{t('answer.anonymous', { leader: question.leaderName, k: question.k })}</p>
        </div>
      </div>
      <form onSubmit={submit} noValidate>
        <div ref={groupRef}>
          <FieldGroup
            id="meeting-score"
            legend={t('answer.question', { value })}
            legendClassName="form-label h3"
            hint={description ?? undefined}
            error={missing && score === undefined ? t('answer.choose') : undefined}
          >
            {[...SCORES, null].map((option) => {
              const key = option === null ? 'dontKnow' : String(option);
              const id = `meeting-score-${key}`;
              return (
                <div key={key} className="form-group-radio">
                  <input
                    type="radio"
                    className="form-radio"
                    id={id}
                    name="meeting-score"
                    checked={score !== undefined && score === option}
                    onChange={() => setScore(option)}
                  />
                  <label className="form-label" htmlFor={id}>
                    {t(`scale.${key}`)}
                  </label>
                </div>
              );
            })}
          </FieldGroup>
        </div>
        <TextAreaField
          id="meeting-story"
          label={t('answer.story')}
          hint={t('answer.storyHint')}
          value={story}
          maxLength={STORY_MAX}
          rows={4}
          onChange={(event) => setStory(event.target.value)}
        />
        {answer.isError && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{t('answer.failed')}</p>
            </div>
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={answer.isPending}>
          {t('answer.submit')}
        </button>
      </form>
    </>
  );
}

function Thanks() {
  const { t } = useTranslation(NS);
  usePageTitle(t('answer.thanks'));
  return (
    <>
      <h1>{t('answer.thanks')}</h1>
      <div className="alert alert-success" role="status">
        <div className="alert-body">
          <p className="alert-text">{t('answer.stored')}</p>
        </div>
      </div>
    </>
  );
}

function Problem({ kind }: { kind: Kind }) {
  const { t } = useTranslation(NS);
  usePageTitle(t(`answer.${kind}.title`));
  return (
    <>
      <h1>{t(`answer.${kind}.title`)}</h1>
      <p>{t(`answer.${kind}.text`)}</p>
    </>
  );
}
