import { configure } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { server } from '@/testing/server';
import type { Overview, RoundSummary, StatementQualityReport } from '../types';

// The first render of a file loads every module of the feature; give it more than the default second.
configure({ asyncUtilTimeout: 4000 });

export const ROUND_ID = '11111111-1111-4111-8111-111111111111';
export const OPEN_ROUND_ID = '22222222-2222-4222-8222-222222222222';
export const OLD_ROUND_ID = '33333333-3333-4333-8333-333333333333';
const VALUE_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const VALUE_B = 'aaaaaaaa-0000-4000-8000-000000000002';
const DIREKTIONEN = 'bbbbbbbb-0000-4000-8000-000000000001';
const SEKRETARIATET = 'bbbbbbbb-0000-4000-8000-000000000002';
const AELDREPLEJEN = 'bbbbbbbb-0000-4000-8000-000000000003';
const BORGERSERVICE = 'bbbbbbbb-0000-4000-8000-000000000004';

export function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(http.get('*/api/me', () => HttpResponse.json(testUser(roles))));
}

export const rounds: RoundSummary[] = [
  { id: OPEN_ROUND_ID, name: 'Lederevaluering 2027', status: 'OPEN', closesAt: '2027-03-01T12:00:00Z' },
  { id: OLD_ROUND_ID, name: 'Lederevaluering 2025', status: 'CLOSED', closesAt: '2025-03-01T12:00:00Z', closedAt: '2025-03-01T12:00:00Z' },
  { id: ROUND_ID, name: 'Lederevaluering 2026', status: 'CLOSED', closesAt: '2026-05-01T12:00:00Z', closedAt: '2026-05-01T12:00:00Z' },
  { id: '44444444-4444-4444-8444-444444444444', name: 'Kladde til 2028', status: 'DRAFT', closesAt: '2028-03-01T12:00:00Z' },
];

const cells = (a: number, na: number, b: number, nb: number) => [
  { valueId: VALUE_A, mean: a, n: na },
  { valueId: VALUE_B, mean: b, n: nb },
];
const masked = (reason: 'BELOW_THRESHOLD' | 'DIFFERENCING' | 'NO_ANSWERS') => [
  { valueId: VALUE_A, masked: reason },
  { valueId: VALUE_B, masked: reason },
];

export const overview: Overview = {
  roundId: ROUND_ID,
  roundName: 'Lederevaluering 2026',
  closedAt: '2026-05-01T12:00:00Z',
  k: 5,
  values: [
    { valueId: VALUE_A, title: 'Tillid', titleEn: 'Trust' },
    { valueId: VALUE_B, title: 'Retning', titleEn: 'Direction' },
  ],
  rows: [
    { unitName: 'Demo Kommune', depth: 0, invited: 40, submitted: 30, rate: 75, cells: cells(3.84, 29, 2.5, 30) },
    { unitId: DIREKTIONEN, unitName: 'Direktionen', depth: 1, invited: 40, submitted: 30, rate: 75, cells: cells(3.84, 29, 2.5, 30) },
    { unitId: SEKRETARIATET, unitName: 'Sekretariatet', parentUnitId: DIREKTIONEN, depth: 2, invited: 3, submitted: 3, rate: 100, masked: 'BELOW_THRESHOLD', cells: masked('BELOW_THRESHOLD') },
    { unitId: AELDREPLEJEN, unitName: 'Ældreplejen', parentUnitId: DIREKTIONEN, depth: 2, invited: 15, submitted: 12, rate: 80, masked: 'DIFFERENCING', cells: masked('DIFFERENCING') },
    { unitId: BORGERSERVICE, unitName: 'Borgerservice', parentUnitId: DIREKTIONEN, depth: 2, invited: 22, submitted: 15, rate: 68, cells: cells(4.2, 15, 3.0, 14) },
  ],
  top: [{ statementId: 'cccccccc-0000-4000-8000-000000000001', text: 'Min leder lytter', valueTitle: 'Tillid', n: 29, mean: 4.4 }],
  bottom: [{ statementId: 'cccccccc-0000-4000-8000-000000000002', text: 'Min leder sætter retning', valueTitle: 'Retning', n: 30, mean: 2.1 }],
};

export const quality: StatementQualityReport = {
  roundId: ROUND_ID,
  roundName: 'Lederevaluering 2026',
  ballots: 30,
  shown: true,
  values: [
    {
      valueId: VALUE_A,
      title: 'Tillid',
      alpha: 0.82,
      completeBallots: 25,
      statements: [
        { statementId: 's1', text: 'Min leder lytter', n: 29, dontKnow: 1, dontKnowRate: 3.3, mean: 4.4, sd: 0.71, itemRest: 0.64, flags: [] },
        {
          statementId: 's2',
          text: 'Min leder kender budgettet',
          n: 20,
          dontKnow: 10,
          dontKnowRate: 33.3,
          mean: 3.1,
          sd: 1.35,
          itemRest: 0.12,
          flags: ['CANNOT_OBSERVE', 'HIGH_SPREAD', 'LOW_CORRELATION'],
        },
      ],
    },
    {
      valueId: VALUE_B,
      title: 'Retning',
      completeBallots: 1,
      statements: [{ statementId: 's3', text: 'Min leder sætter retning', n: 30, dontKnow: 0, dontKnowRate: 0, mean: 2.1, sd: 0.9, flags: [] }],
    },
  ],
};

export function serveOverview() {
  server.use(
    http.get('*/api/rounds', () => HttpResponse.json(rounds)),
    http.get(`*/api/rounds/${ROUND_ID}/overview`, () => HttpResponse.json(overview)),
    http.get(`*/api/rounds/${ROUND_ID}/overview/statements`, () => HttpResponse.json(quality)),
  );
}
