import { configure } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { server } from '@/testing/server';
import type { Framework, FrameworkSummary } from '../types';

// The first render of a file loads every module of the editor; give it more than the default second.
configure({ asyncUtilTimeout: 4000 });

export const FRAMEWORK_ID = '11111111-1111-4111-8111-111111111111';

export function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(http.get('*/api/me', () => HttpResponse.json(testUser(roles))));
}

export function testFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    id: FRAMEWORK_ID,
    frameworkId: '22222222-2222-4222-8222-222222222222',
    version: 1,
    status: 'DRAFT',
    name: 'Kodeks for god ledelse',
    templateKey: 'kodeks-for-god-ledelse',
    values: [
      {
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        title: 'Synlig',
        statements: [
          {
            id: 'bbbbbbbb-0000-4000-8000-000000000001',
            identity: 'cccccccc-0000-4000-8000-000000000001',
            text: 'Min leder er tilgængelig',
            selfText: 'Jeg er tilgængelig',
          },
        ],
      },
      { id: 'aaaaaaaa-0000-4000-8000-000000000002', title: 'Modig', statements: [] },
    ],
    versions: [{ id: FRAMEWORK_ID, version: 1, status: 'DRAFT' }],
    ...overrides,
  };
}

export function summaryOf(framework: Framework): FrameworkSummary {
  return {
    id: framework.id,
    frameworkId: framework.frameworkId,
    version: framework.version,
    status: framework.status,
    name: framework.name,
    valueCount: framework.values.length,
    statementCount: framework.values.reduce((sum, value) => sum + value.statements.length, 0),
    updatedAt: '2026-11-20T10:00:00Z',
  };
}

export function serveFramework(framework: Framework) {
  server.use(http.get(`*/api/frameworks/${framework.id}`, () => HttpResponse.json(framework)));
}

export function validationProblem(errors: { field: string; message: string }[], status = 400) {
  return HttpResponse.json(
    { type: 'urn:pejling:problem:validation', title: 'Ugyldige data', status, detail: 'invalid', errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
