import type { AnswerMap, StoryMap, Survey, SurveyAnswers, SurveyValue } from './types';

export const STORY_MAX = 2000;

export function answersFromDraft(survey: Survey): { answers: AnswerMap; stories: StoryMap } {
  const known = new Set(survey.values.flatMap((value) => value.statements.map((statement) => statement.id)));
  const answers: Record<string, number | null> = {};
  for (const answer of survey.draft?.answers ?? []) {
    if (known.has(answer.statementId)) answers[answer.statementId] = answer.score ?? null;
  }
  const stories: Record<string, string> = {};
  for (const story of survey.draft?.stories ?? []) stories[story.valueId] = story.text;
  return { answers, stories };
}

/** The body of a draft or a submission: answered statements in survey order, and the stories that say something. */
export function toPayload(survey: Survey, answers: AnswerMap, stories: StoryMap): SurveyAnswers {
  return {
    answers: survey.values
      .flatMap((value) => value.statements)
      .filter((statement) => statement.id in answers)
      .map((statement) => ({ statementId: statement.id, score: answers[statement.id] ?? null })),
    stories: survey.values
      .filter((value) => (stories[value.id] ?? '').trim() !== '')
      .map((value) => ({ valueId: value.id, text: (stories[value.id] ?? '').slice(0, STORY_MAX) })),
  };
}

export function unanswered(value: SurveyValue, answers: AnswerMap) {
  return value.statements.filter((statement) => !(statement.id in answers));
}

export function countStatements(survey: Survey): number {
  return survey.values.reduce((sum, value) => sum + value.statements.length, 0);
}

export function countAnswered(survey: Survey, answers: AnswerMap): number {
  return survey.values.reduce(
    (sum, value) => sum + value.statements.filter((statement) => statement.id in answers).length,
    0,
  );
}

/** Where a returning respondent goes on: the first value with an unanswered statement, else the review. */
export function resumeStep(survey: Survey, answers: AnswerMap): Step {
  const index = survey.values.findIndex((value) => unanswered(value, answers).length > 0);
  return index === -1 ? 'review' : index;
}

/** intro, a value (0-based index), or the review; in the URL as ?trin=1…n or ?trin=oversigt (no token there). */
export type Step = 'intro' | 'review' | number;

export const REVIEW_PARAM = 'oversigt';

export function parseStep(param: string | null, valueCount: number): Step {
  if (param === REVIEW_PARAM) return 'review';
  const n = Number(param);
  if (param !== null && Number.isInteger(n) && n >= 1 && n <= valueCount) return n - 1;
  return 'intro';
}

export function stepParam(step: Step): string | null {
  if (step === 'intro') return null;
  return step === 'review' ? REVIEW_PARAM : String(step + 1);
}

/** Field ids: the error summary links to the first radio of a statement, as the GOV.UK pattern does. */
export const fieldIds = {
  statement: (statementId: string) => `statement-${statementId}`,
  radio: (statementId: string, option: string) => `statement-${statementId}-${option}`,
  story: (valueId: string) => `story-${valueId}`,
};
