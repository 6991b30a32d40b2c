import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { SelectField } from '@/components/select-field';
import type { components } from '@/lib/api/schema';
import { useFormat } from '@/lib/format';
import { useFocusHeadingOnChange } from '@/lib/use-focus-heading';
import { usePageTitle } from '@/lib/use-page-title';
import { countAnswered, countStatements, parseStep, stepParam, type Step } from '../answers';
import { useFrameworkPreview } from '../api/get-framework-preview';
import { NS } from '../i18n';
import { localize } from '../localize';
import type { AnswerMap, StoryMap, Survey } from '../types';
import { Receipt } from './receipt';
import { ReviewStep } from './review-step';
import { SurveyIntro } from './survey-intro';
import { ValueStep } from './value-step';
import '../survey.css';

type Framework = components['schemas']['Framework'];
type Audience = 'EMPLOYEE' | 'SELF';

/** The survey a framework version makes, as an employee (or the leader, for the self-assessment) would get it. */
function surveyOf(framework: Framework, audience: Audience, leader: string, round: string): Survey {
  const self = audience === 'SELF';
  return {
    roundName: round,
    leaderName: leader,
    raterGroup: audience,
    closesAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString(),
    organisation: framework.name,
    rules: { k: 5, kStory: 5 },
    values: framework.values
      .filter((value) => value.statements.length > 0)
      .map((value) => ({
        id: value.id,
        title: value.title,
        titleEn: value.titleEn,
        description: value.description,
        descriptionEn: value.descriptionEn,
        respondentTitle: self ? undefined : value.respondentTitle,
        respondentTitleEn: self ? undefined : value.respondentTitleEn,
        statements: value.statements.map((statement) => ({
          id: statement.id,
          text: self ? statement.selfText : statement.text,
          textEn: self ? statement.selfTextEn : statement.textEn,
        })),
      })),
  };
}

/**
 * /ledelsesgrundlag/:id/forhaandsvisning: the real survey — the same intro, steps, scale, stories and review the
 * respondent gets — built from a framework version, answered in the page and never saved or sent.
 */
export function SurveyPreviewPage() {
  const { t } = useTranslation(NS);
  const { id = '' } = useParams();
  const framework = useFrameworkPreview(id);
  const { english } = useFormat();
  const [params, setParams] = useSearchParams();
  const [audience, setAudience] = useState<Audience>('EMPLOYEE');
  const [answers, setAnswers] = useState<AnswerMap>({});
  const [stories, setStories] = useState<StoryMap>({});
  const [sent, setSent] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  const base = framework.data ? localize(surveyOf(framework.data, audience, t('preview.leader'), t('preview.round')), english) : undefined;
  const step: Step = base ? parseStep(params.get('trin'), base.values.length) : 'intro';
  const view = sent ? 'sent' : `${audience}-${String(step)}`;
  useFocusHeadingOnChange(view, viewRef);
  usePageTitle(t('preview.title', { name: framework.data?.name ?? '' }));

  if (framework.isPending) return <p aria-live="polite">{t('loading')}</p>;
  if (framework.isError || !base) {
    return (
      <p className="alert alert-error" role="alert">
        {t('preview.loadError')}
      </p>
    );
  }
  const survey = base;
  const go = (next: Step) => {
    const param = stepParam(next);
    setParams(param === null ? {} : { trin: param });
  };
  const total = countStatements(survey);
  const answered = countAnswered(survey, answers);
  const last = survey.values.length - 1;

  let content;
  if (sent) content = <Receipt />;
  else if (step === 'intro') content = <SurveyIntro survey={survey} answered={answered} total={total} onStart={() => go(0)} />;
  else if (step === 'review')
    content = (
      <ReviewStep
        survey={survey}
        answers={answers}
        stories={stories}
        errors={[]}
        submitting={false}
        onSubmit={() => setSent(true)}
        onPrevious={() => go(last)}
      />
    );
  else {
    const value = survey.values[step];
    content = value ? (
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
    ) : null;
  }

  return (
    <>
      <p>
        <Link to={`/ledelsesgrundlag/${id}`}>{t('preview.back', { name: framework.data.name })}</Link>
      </p>
      <div className="alert alert-info" role="note">
        <div className="alert-body">
          <p className="alert-heading">{t('preview.heading', { name: framework.data.name })}</p>
          <p className="alert-text">{t('preview.intro')}</p>
        </div>
      </div>
      <SelectField
        id="preview-audience"
        label={t('preview.audience')}
        value={audience}
        onChange={(next) => {
          setAudience(next as Audience);
          setSent(false);
          go('intro');
        }}
      >
        <option value="EMPLOYEE">{t('preview.audienceEmployee')}</option>
        <option value="SELF">{t('preview.audienceSelf')}</option>
      </SelectField>
      <div ref={viewRef} className="survey-preview-frame">
        {content}
      </div>
    </>
  );
}
