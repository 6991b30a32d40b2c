import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import type { Survey } from '../types';
import { surveyKeys } from './keys';
import { surveyApi, surveyHeaders } from './survey-client';

export async function getSurvey(token: string): Promise<Survey> {
  return unwrap(await surveyApi.GET('/api/survey', { params: { header: surveyHeaders(token) } }));
}

export const surveyQueryOptions = (token: string) =>
  queryOptions({
    queryKey: surveyKeys.survey(token),
    queryFn: () => getSurvey(token),
    // Loaded once; from then on the respondent's answers in memory are the truth, saved as drafts.
    staleTime: Infinity,
    // Opening the link again starts afresh: no cached survey (or draft) outlives the page that showed it.
    gcTime: 0,
  });

/** The survey for the invitation, with the saved draft if there is one. */
export function useSurvey(token: string) {
  return useQuery(surveyQueryOptions(token));
}
