import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@/lib/api/client';
import type { MeetingAnswer } from '../types';
import { participantApi, participantHeaders } from './participant-client';

export async function answerMeeting(token: string, browser: string, body: MeetingAnswer) {
  return unwrap(
    await participantApi.POST('/api/meeting-answer', {
      params: { header: { ...participantHeaders(token), 'X-Meeting-Browser': browser } },
      body,
    }),
  );
}

export function useAnswerMeeting(token: string, browser: string) {
  return useMutation({ mutationFn: (body: MeetingAnswer) => answerMeeting(token, browser, body) });
}
