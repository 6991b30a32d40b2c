import { http, HttpResponse } from 'msw';
import { problem, server } from '@/testing/server';
import type { Survey } from '../types';

export const TOKEN = 'q8Zk3vX0b1Yc2Wd3Ue4Tf5Sg6Rh7Qi8Pj9Ok0Nl1Mm';

export const VALUE_1 = '00000000-0000-4000-8000-000000000101';
export const VALUE_2 = '00000000-0000-4000-8000-000000000102';
export const S_1 = '00000000-0000-4000-8000-000000000201';
export const S_2 = '00000000-0000-4000-8000-000000000202';
export const S_3 = '00000000-0000-4000-8000-000000000203';

export function testSurvey(draft: Survey['draft'] = undefined): Survey {
  return {
    roundName: 'Lederevaluering 2026',
    leaderName: 'Lars Holm Nielsen',
    raterGroup: 'EMPLOYEE',
    closesAt: '2026-12-01T15:00:00Z',
    organisation: 'Testkommune',
    rules: {
      k: 5,
      kStory: 5,
    },
    values: [
      {
        id: VALUE_1,
        title: 'Synlig',
        description: 'Lederen er til stede og tydelig.',
        statements: [
          { id: S_1, text: 'Min leder er tilgængelig' },
          { id: S_2, text: 'Min leder er tydelig i sin kommunikation' },
        ],
      },
      { id: VALUE_2, title: 'Modig', statements: [{ id: S_3, text: 'Min leder tager de nødvendige konflikter' }] },
    ],
    ...(draft ? { draft } : {}),
  };
}

export interface Recorded {
  method: string;
  url: string;
  token: string | null;
  authorization: string | null;
  body: unknown;
}

/** Serves the survey API and records every call (method, URL, the token header, the body); once submitted, 409. */
export function serveSurvey(survey: Survey = testSurvey()) {
  const calls: Recorded[] = [];
  let submitted = false;
  const record = async (request: Request) => {
    calls.push({
      method: request.method,
      url: request.url,
      token: request.headers.get('X-Survey-Token'),
      authorization: request.headers.get('Authorization'),
      body: request.method === 'GET' ? undefined : await request.clone().json(),
    });
  };
  server.use(
    http.get('*/api/survey', async ({ request }) => {
      await record(request);
      return submitted ? problem(409, 'Allerede besvaret') : HttpResponse.json(survey);
    }),
    http.put('*/api/survey/draft', async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/api/survey/submit', async ({ request }) => {
      await record(request);
      submitted = true;
      return HttpResponse.json({ message: 'Tak for dine svar. De er gemt anonymt.' }, { status: 201 });
    }),
  );
  return calls;
}
