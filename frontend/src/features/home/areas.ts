import type { Role } from '@/lib/api/types';

/** The work areas of Pejling; the i18n keys live under `areas.<key>`. */
export type AreaKey =
  | 'framework'
  | 'organisation'
  | 'rounds'
  | 'overview'
  | 'reports'
  | 'plan'
  | 'leaders'
  | 'meetings'
  | 'dialogue'
  | 'settings';

export interface Area {
  key: AreaKey;
  path: string;
  roles: readonly Role[];
}

export const areas: readonly Area[] = [
  { key: 'framework', path: '/ledelsesgrundlag', roles: ['hr'] },
  { key: 'organisation', path: '/organisation', roles: ['hr'] },
  { key: 'rounds', path: '/runder', roles: ['hr'] },
  { key: 'overview', path: '/overblik', roles: ['hr'] },
  { key: 'reports', path: '/rapporter', roles: ['leader'] },
  { key: 'plan', path: '/udviklingsplan', roles: ['leader'] },
  { key: 'leaders', path: '/ledere', roles: ['manager'] },
  { key: 'meetings', path: '/moeder', roles: ['leader', 'manager', 'hr'] },
  { key: 'dialogue', path: '/lederteam', roles: ['leader', 'manager'] },
  { key: 'settings', path: '/indstillinger', roles: ['admin', 'hr'] },
];

/** The areas a person with these roles may use, in menu order. */
export function areasFor(roles: readonly Role[]): Area[] {
  return areas.filter((area) => area.roles.some((role) => roles.includes(role)));
}
