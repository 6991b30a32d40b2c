import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import type { ApiSurveyAnswers, SurveyAnswers } from '../types';
import { surveyKeys } from './keys';
import { surveyApi, surveyHeaders } from './survey-client';

export async function submitSurvey(token: string, body: SurveyAnswers) {
  return unwrap(await surveyApi.POST('/api/survey/submit', { params: { header: surveyHeaders(token) }, body: body as ApiSurveyAnswers }));
}

/** Sends the answers once (S18: a retry after a lost answer is safe, the server then says 409). */
export function useSubmitSurvey(token: string, options: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyAnswers) => submitSurvey(token, body),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: surveyKeys.survey(token) });
      options.onSuccess();
    },
  });
}
