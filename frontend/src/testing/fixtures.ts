import type { CurrentUser, PublicSettings, Role } from '@/lib/api/types';

/** A test user; the test names the roles it needs. */
export function testUser(roles: Role[]): CurrentUser {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Test Testesen',
    email: 'test@example.org',
    organisation: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Testkommune' },
    roles,
  };
}

export const testSettings: PublicSettings = {
  accessibilityStatementUrl: 'https://was.digst.dk/example',
  privacyContactEmail: 'dpo@example.org',
};
