import { configure } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { server } from '@/testing/server';
import type { Evaluee, FrameworkSummary, Round, RoundSummary, UnitSummary } from '../types';

// The first render of a file loads every module of the feature; give it more than the default second.
configure({ asyncUtilTimeout: 4000 });

export const ROUND_ID = '11111111-1111-4111-8111-111111111111';
export const VERSION_ID = '22222222-2222-4222-8222-222222222222';
export const UNIT_ID = '33333333-3333-4333-8333-333333333333';
export const LEADER_ID = '44444444-4444-4444-8444-444444444444';

export function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(http.get('*/api/me', () => HttpResponse.json(testUser(roles))));
}

export const publishedFramework: FrameworkSummary = {
  id: VERSION_ID,
  frameworkId: '55555555-5555-4555-8555-555555555555',
  version: 2,
  status: 'PUBLISHED',
  name: 'Ledelsesgrundlag for Testkommune',
};

export const draftFramework: FrameworkSummary = {
  id: '66666666-6666-4666-8666-666666666666',
  frameworkId: '55555555-5555-4555-8555-555555555555',
  version: 3,
  status: 'DRAFT',
  name: 'Ledelsesgrundlag for Testkommune',
};

export const units: UnitSummary[] = [
  { id: '77777777-7777-4777-8777-777777777777', name: 'Rådhuset' },
  { id: UNIT_ID, parentId: '77777777-7777-4777-8777-777777777777', name: 'Borgerservice' },
];

export function person(n: number, name: string) {
  return { id: `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`, name };
}

export function evaluee(overrides: Partial<Evaluee> = {}): Evaluee {
  const employees = overrides.employees ?? [person(1, 'Anna Andersen'), person(2, 'Bo Berg'), person(3, 'Carl Clausen')];
  return {
    leaderId: LEADER_ID,
    name: 'Jens Mikkelsen',
    unit: 'Borgerservice',
    employees,
    peers: [],
    self: true,
    manager: true,
    invited: [
      { group: 'EMPLOYEE', invited: employees.length },
      { group: 'SELF', invited: 1 },
      { group: 'MANAGER', invited: 1 },
    ],
    ...overrides,
  };
}

export function testRound(overrides: Partial<Round> = {}): Round {
  return {
    id: ROUND_ID,
    name: 'Lederevaluering forår',
    status: 'DRAFT',
    frameworkVersionId: VERSION_ID,
    frameworkName: 'Ledelsesgrundlag for Testkommune (version 2)',
    retention: {},
    closesAt: '2030-03-01T11:00:00Z',
    k: 5,
    kStory: 5,
    kPeer: 3,
    includeSelf: true,
    includeManager: true,
    managerAccess: 'REPORT',
    hrAccess: 'NONE',
    retentionMonths: 24,
    reminderDaysBefore: 3,
    confirmRespondents: false,
    createdAt: '2026-11-20T10:00:00Z',
    evaluees: [],
    mail: { pending: 0, sent: 0, failed: 0, failedRecipients: [] },
    ...overrides,
  };
}

export function summaryOf(round: Round): RoundSummary {
  return {
    id: round.id,
    name: round.name,
    status: round.status,
    closesAt: round.closesAt,
    createdAt: round.createdAt,
    evalueeCount: round.evaluees.length,
  };
}

/** The lists every wizard step may need, and the round itself. */
export function serveRound(round: Round) {
  server.use(
    http.get(`*/api/rounds/${round.id}`, () => HttpResponse.json(round)),
    http.get('*/api/rounds', () => HttpResponse.json([summaryOf(round)])),
    http.get('*/api/frameworks', () => HttpResponse.json([publishedFramework, draftFramework])),
    http.get('*/api/org/units', () => HttpResponse.json(units)),
  );
}

export function validationProblem(field: string, message: string) {
  return HttpResponse.json(
    { type: 'urn:pejling:problem:validation', title: 'Ugyldige data', status: 400, detail: `${field}: ${message}`, errors: [{ field, message }] },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
