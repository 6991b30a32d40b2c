import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Survey = Schemas['Survey'];
export type SurveyValue = Schemas['SurveyValue'];
export type SurveyStatement = Schemas['SurveyStatement'];
/**
 * What the survey sends: every answered statement, with score null for "ved ikke". openapi.yaml declares score
 * optional but not nullable, though the server takes (and returns in a draft) an explicit null; so this is wider.
 */
export type SurveyAnswers = Omit<Schemas['SurveyAnswers'], 'answers'> & {
  answers: { statementId: string; score: number | null }[];
};
export type ApiSurveyAnswers = Schemas['SurveyAnswers'];
export type RaterGroup = Schemas['RaterGroup'];

/** statementId → 1–5, or null for "ved ikke"; a statement not in the map is unanswered. */
export type AnswerMap = Readonly<Record<string, number | null>>;
/** valueId → the story as typed. */
export type StoryMap = Readonly<Record<string, string>>;
