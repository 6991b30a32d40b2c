import { ApiError } from '@/lib/api/api-error';
import type { Problem } from '@/lib/api/types';
import type { ApiSurveyAnswers, SurveyAnswers } from '../types';
import { surveyApi, surveyHeaders } from './survey-client';

/** Saves unfinished answers. Called by useAutosave, which debounces the calls and keeps them in order. */
export async function saveDraft(token: string, body: SurveyAnswers): Promise<void> {
  const { error, response } = await surveyApi.PUT('/api/survey/draft', { params: { header: surveyHeaders(token) }, body: body as ApiSurveyAnswers });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}
