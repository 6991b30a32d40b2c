import type { CurrentUser, Role } from '../api/types';

export function hasAnyRole(user: CurrentUser | undefined, roles: readonly Role[]): boolean {
  return user !== undefined && user.roles.some((role) => roles.includes(role));
}
