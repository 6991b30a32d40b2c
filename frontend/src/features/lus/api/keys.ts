import { queryKeys } from '@/lib/queries/keys';

export const lusKeys = {
  all: ['lus'] as const,
  guide: (roundId: string, leaderId: string) => ['lus', 'guide', roundId, leaderId] as const,
  plan: (roundId: string, leaderId: string) => ['lus', 'plan', roundId, leaderId] as const,
  /** The reports list shows whether a plan is written. */
  reportList: queryKeys.reports.list,
};

export const STALE_VERSION = 'urn:pejling:problem:stale-version';
