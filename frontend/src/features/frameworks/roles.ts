import type { Role } from '@/lib/api/types';

/** Who may change frameworks; everyone else reads published versions only. */
export const WRITER_ROLES: readonly Role[] = ['hr', 'admin'];
