export const lusKeys = {
  all: ['lus'] as const,
  guide: (roundId: string, leaderId: string) => ['lus', 'guide', roundId, leaderId] as const,
  plan: (roundId: string, leaderId: string) => ['lus', 'plan', roundId, leaderId] as const,
  /** The report, under the key the reports feature uses too, so that both share one cached copy. */
  report: (roundId: string, leaderId: string) => ['reports', 'detail', roundId, leaderId] as const,
  /** The reports list shows whether a plan is written. */
  reportList: () => ['reports', 'list'] as const,
};

export const lusPaths = {
  report: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}`,
  guide: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}/samtale`,
  plan: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}/plan`,
};

export const STALE_VERSION = 'urn:pejling:problem:stale-version';
