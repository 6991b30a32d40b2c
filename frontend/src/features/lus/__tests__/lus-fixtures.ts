import { configure } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { server } from '@/testing/server';
import type { ConversationGuide, DevelopmentPlan, LeaderReport } from '../types';

configure({ asyncUtilTimeout: 4000 });

export const ROUND_ID = '11111111-1111-4111-8111-111111111111';
export const LEADER_ID = '44444444-4444-4444-8444-444444444444';
export const VALUE_1 = 'aaaaaaaa-0000-4000-8000-000000000001';
export const VALUE_2 = 'aaaaaaaa-0000-4000-8000-000000000002';
export const STATEMENT_1 = 'bbbbbbbb-0000-4000-8000-000000000001';
export const STATEMENT_2 = 'bbbbbbbb-0000-4000-8000-000000000002';
export const STATEMENT_3 = 'bbbbbbbb-0000-4000-8000-000000000003';
export const planPath = `/rapporter/${ROUND_ID}/${LEADER_ID}/plan`;
export const guidePath = `/rapporter/${ROUND_ID}/${LEADER_ID}/samtale`;
const base = `*/api/rounds/${ROUND_ID}/reports/${LEADER_ID}`;

export function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(http.get('*/api/me', () => HttpResponse.json(testUser(roles))));
}

export const guide: ConversationGuide = {
  roundId: ROUND_ID,
  leaderId: LEADER_ID,
  leaderName: 'Lars Holm Nielsen',
  relation: 'OWN',
  employeesShown: true,
  k: 5,
  basis: 'EMPLOYEES',
  questions: ['Hvad vil du holde fast i?', 'Hvad vil du gøre mere af, og mindre af?', 'Hvad vil du øve dig i?'],
  values: [
    {
      valueId: VALUE_1,
      title: 'Tillid og dialog',
      mean: 3.5,
      self: 4,
      weak: false,
      strongest: { statementId: STATEMENT_1, text: 'Min leder lytter til mig', mean: 4.2, self: 4 },
      weakest: { statementId: STATEMENT_2, text: 'Min leder giver mig feedback', mean: 2.8, self: 4 },
    },
    {
      valueId: VALUE_2,
      title: 'Retning og mening',
      mean: 2.9,
      weak: true,
      strongest: { statementId: STATEMENT_3, text: 'Min leder sætter retning', mean: 2.9 },
      weakest: { statementId: STATEMENT_3, text: 'Min leder sætter retning', mean: 2.9 },
    },
  ],
  dilemmas: [
    {
      number: 4,
      title: 'Nærvær eller overblik',
      text: 'Skal lederen være tæt på driften eller se det store billede?',
      kodeksPoints: [2, 7],
      throughValues: ['Retning og mening'],
    },
  ],
};

/** The guide of a leader below k, as the server builds it: no employees' mean anywhere, ranked by her self-assessment. */
export const guideBelowK: ConversationGuide = {
  ...guide,
  leaderName: 'Birgitte Lund',
  employeesShown: false,
  basis: 'SELF',
  dilemmas: [],
  values: [
    {
      valueId: VALUE_1,
      title: 'Tillid og dialog',
      self: 4.5,
      weak: false,
      strongest: { statementId: STATEMENT_1, text: 'Min leder lytter til mig', self: 5 },
      weakest: { statementId: STATEMENT_2, text: 'Min leder giver mig feedback', self: 4 },
    },
    {
      valueId: VALUE_2,
      title: 'Retning og mening',
      self: 3,
      weak: true,
      strongest: { statementId: STATEMENT_3, text: 'Min leder sætter retning', self: 3 },
    },
  ],
};

export const report = {
  roundId: ROUND_ID,
  roundName: 'Lederevaluering efterår 2025',
  leaderId: LEADER_ID,
  leaderName: 'Lars Holm Nielsen',
  frameworkName: 'Ledelsesgrundlag',
  responseRates: [],
  top: [],
  bottom: [],
  blindSpots: [],
  hiddenStrengths: [],
  values: [
    {
      valueId: VALUE_1,
      title: 'Tillid og dialog',
      stories: [],
      statements: [
        { statementId: STATEMENT_1, identity: STATEMENT_1, valueId: VALUE_1, text: 'Min leder lytter til mig' },
        { statementId: STATEMENT_2, identity: STATEMENT_2, valueId: VALUE_1, text: 'Min leder giver mig feedback' },
      ],
    },
    {
      valueId: VALUE_2,
      title: 'Retning og mening',
      stories: [],
      statements: [{ statementId: STATEMENT_3, identity: STATEMENT_3, valueId: VALUE_2, text: 'Min leder sætter retning' }],
    },
  ],
  readers: { managerName: 'Mette Kjær', hr: false },
  relation: 'OWN',
} satisfies LeaderReport;

export function testPlan(overrides: Partial<DevelopmentPlan> = {}): DevelopmentPlan {
  return {
    roundId: ROUND_ID,
    leaderId: LEADER_ID,
    leaderName: 'Lars Holm Nielsen',
    relation: 'OWN',
    canShare: true,
    managerName: 'Mette Kjær',
    version: 1,
    updatedAt: '2025-11-10T09:00:00Z',
    goals: [
      {
        id: 'dddddddd-0000-4000-8000-000000000001',
        title: 'Giv mere feedback',
        valueId: VALUE_1,
        valueTitle: 'Tillid og dialog',
        statementId: STATEMENT_2,
        statementText: 'Min leder giver mig feedback',
        actions: 'Ugentlige samtaler med hver medarbejder',
        dueDate: '2026-03-01',
        status: 'IN_PROGRESS',
      },
    ],
    comments: [
      {
        id: 'eeeeeeee-0000-4000-8000-000000000001',
        authorName: 'Mette Kjær',
        role: 'MANAGER',
        text: 'Godt mål. Lad os følge op i marts.',
        createdAt: '2025-11-11T09:00:00Z',
      },
    ],
    canEdit: true,
    canComment: true,
    ...overrides,
  };
}

export function serveGuide(body: ConversationGuide = guide) {
  server.use(http.get(`${base}/guide`, () => HttpResponse.json(body)));
}

export function servePlan(plan: DevelopmentPlan) {
  server.use(
    http.get(`${base}/plan`, () => HttpResponse.json(plan)),
    http.get(base, () => HttpResponse.json(report)),
  );
}

export const planUrl = `${base}/plan`;
export const commentsUrl = `${base}/plan/comments`;

export function problemJson(status: number, body: Record<string, unknown>) {
  return HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}
