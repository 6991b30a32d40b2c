import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import { meetingKeys } from './keys';
import { participantApi, participantHeaders } from './participant-client';

export async function getQuestion(token: string) {
  return unwrap(await participantApi.GET('/api/meeting-answer', { params: { header: participantHeaders(token) } }));
}

export const questionQueryOptions = (token: string) =>
  queryOptions({ queryKey: meetingKeys.question(token), queryFn: () => getQuestion(token), staleTime: Infinity, retry: false });

/** The meeting and its value, for a participant with the link. */
export function useQuestion(token: string) {
  return useQuery(questionQueryOptions(token));
}
