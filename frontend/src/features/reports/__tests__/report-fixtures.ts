import { configure } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { server } from '@/testing/server';
import type { LeaderReport, ReportSummary, StatementReport, ValueReport } from '../types';

// The first render of a file loads every module of the feature; give it more than the default second.
configure({ asyncUtilTimeout: 4000 });

export const ROUND_ID = '11111111-1111-4111-8111-111111111111';
export const OPEN_ROUND_ID = '22222222-2222-4222-8222-222222222222';
export const LEADER_ID = '44444444-4444-4444-8444-444444444444';
export const OTHER_LEADER_ID = '55555555-5555-4555-8555-555555555555';
export const VALUE_1 = 'aaaaaaaa-0000-4000-8000-000000000001';
export const VALUE_2 = 'aaaaaaaa-0000-4000-8000-000000000002';

export function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(http.get('*/api/me', () => HttpResponse.json(testUser(roles))));
}

export function summary(overrides: Partial<ReportSummary> = {}): ReportSummary {
  return {
    roundId: ROUND_ID,
    roundName: 'Lederevaluering efterår 2025',
    roundStatus: 'CLOSED',
    closesAt: '2025-11-01T11:00:00Z',
    closedAt: '2025-11-01T11:00:00Z',
    leaderId: LEADER_ID,
    leaderName: 'Lars Holm Nielsen',
    unitName: 'Ældreplejen',
    relation: 'OWN',
    available: true,
    hasPlan: false,
    ...overrides,
  };
}

function statement(n: number, valueId: string, text: string, mean: number, self: number, distribution: number[]): StatementReport {
  return {
    statementId: `bbbbbbbb-0000-4000-8000-00000000000${n}`,
    identity: `cccccccc-0000-4000-8000-00000000000${n}`,
    text,
    valueId,
    employees: { n: distribution.reduce((a, b) => a + b, 0), mean, dontKnow: 1, distribution },
    self: { score: self, anonymous: false },
    manager: { score: 3, anonymous: false },
    gap: Math.round((self - mean) * 10) / 10,
    benchmark: 3.6,
    trend: { previousMean: mean - 0.3, change: 0.3 },
  };
}

export const statements = {
  listens: statement(1, VALUE_1, 'Min leder lytter til mig', 4.2, 4, [0, 0, 1, 6, 4]),
  feedback: statement(2, VALUE_1, 'Min leder giver mig feedback', 2.8, 4, [1, 3, 5, 2, 0]),
  direction: statement(3, VALUE_2, 'Min leder sætter retning', 3.5, 2, [0, 2, 3, 5, 1]),
};

function value(valueId: string, title: string, items: StatementReport[], mean: number): ValueReport {
  return {
    valueId,
    title,
    employees: { n: 11, mean, dontKnow: 1, distribution: [1, 3, 6, 8, 4] },
    self: { score: 3.5, anonymous: false },
    manager: { score: 3, anonymous: false },
    gap: 0.2,
    benchmark: 3.7,
    trend: { previousMean: mean + 0.2, change: -0.2 },
    statements: items,
    stories: [],
  };
}

export function testReport(overrides: Partial<LeaderReport> = {}): LeaderReport {
  const ref = (item: StatementReport, valueTitle: string) => ({
    statementId: item.statementId,
    text: item.text,
    valueTitle,
    mean: item.employees?.mean,
    self: item.self?.score,
    gap: item.gap,
  });
  return {
    roundId: ROUND_ID,
    roundName: 'Lederevaluering efterår 2025',
    closedAt: '2025-11-01T11:00:00Z',
    leaderId: LEADER_ID,
    leaderName: 'Lars Holm Nielsen',
    relation: 'OWN',
    readers: { managerName: 'Mette Kjær', hr: false },
    unitName: 'Ældreplejen',
    frameworkName: 'Ledelsesgrundlag for Testkommune',
    k: 5,
    kStory: 5,
    employeesShown: true,
    storiesShown: true,
    includeSelf: true,
    includeManager: true,
    responseRates: [
      { group: 'EMPLOYEE', invited: 14, submitted: 11, rate: 79 },
      { group: 'SELF', invited: 1, submitted: 1, rate: 100 },
      { group: 'MANAGER', invited: 1, submitted: 1, rate: 100 },
    ],
    values: [
      {
        ...value(VALUE_1, 'Tillid og dialog', [statements.listens, statements.feedback], 3.5),
        stories: [
          { group: 'EMPLOYEE', text: 'Da vi havde travlt, tog hun sig tid til at lytte.' },
          { group: 'SELF', text: 'Jeg har prøvet at holde flere én-til-én-samtaler.' },
        ],
      },
      value(VALUE_2, 'Retning og mening', [statements.direction], 3.5),
    ],
    top: [ref(statements.listens, 'Tillid og dialog'), ref(statements.direction, 'Retning og mening')],
    bottom: [ref(statements.feedback, 'Tillid og dialog')],
    blindSpots: [ref(statements.feedback, 'Tillid og dialog')],
    hiddenStrengths: [ref(statements.direction, 'Retning og mening')],
    previousRound: { roundId: OPEN_ROUND_ID, name: 'Lederevaluering forår 2025' },
    previousPlan: {
      roundId: OPEN_ROUND_ID,
      roundName: 'Lederevaluering forår 2025',
      goals: [{ title: 'Giv mere feedback', valueTitle: 'Tillid og dialog', actions: 'Ugentlige samtaler', status: 'IN_PROGRESS' }],
    },
    ...overrides,
  };
}

/** A report below k: no employee figure nor story; self and manager remain (A1, A3). */
export function belowThresholdReport(): LeaderReport {
  const report = testReport({ employeesShown: false, storiesShown: false, top: [], bottom: [], blindSpots: [], hiddenStrengths: [] });
  report.leaderName = 'Birgitte Lund';
  report.responseRates = [{ group: 'EMPLOYEE', invited: 3 }, { group: 'SELF', invited: 1, submitted: 1, rate: 100 }];
  report.previousPlan = undefined;
  report.values = report.values.map((item) => ({
    ...item,
    employees: undefined,
    gap: undefined,
    trend: undefined,
    benchmark: undefined,
    stories: [],
    statements: item.statements.map((s) => ({ ...s, employees: undefined, gap: undefined, trend: undefined, benchmark: undefined })),
  }));
  return report;
}

export function serveReport(report: LeaderReport) {
  server.use(http.get(`*/api/rounds/${report.roundId}/reports/${report.leaderId}`, () => HttpResponse.json(report)));
}
