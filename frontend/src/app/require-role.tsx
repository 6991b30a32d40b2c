import { Outlet } from 'react-router';
import { ForbiddenPage } from '@/features/home/components/forbidden-page';
import type { Role } from '@/lib/api/types';
import { useCurrentUser } from '@/lib/auth/get-me';
import { hasAnyRole } from '@/lib/auth/roles';

/** Pages for some roles only; inside RequireAuth, so the user is loaded. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  return hasAnyRole(useCurrentUser().data, roles) ? <Outlet /> : <ForbiddenPage />;
}

/** The platform operator's pages. */
export function RequireOperator() {
  return useCurrentUser().data?.operator ? <Outlet /> : <ForbiddenPage />;
}
