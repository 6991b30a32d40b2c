/** Query keys of the reports; the LUS pages read the same report under the same key. */
export const reportKeys = {
  all: ['reports'] as const,
  list: () => ['reports', 'list'] as const,
  detail: (roundId: string, leaderId: string) => ['reports', 'detail', roundId, leaderId] as const,
};

/** The paths of a report and its LUS pages. */
export const reportPaths = {
  report: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}`,
  guide: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}/samtale`,
  plan: (roundId: string, leaderId: string) => `/rapporter/${roundId}/${leaderId}/plan`,
};
