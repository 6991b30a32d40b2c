/**
 * Query keys of the endpoints that several features read, in one place so that a write in one feature refreshes
 * what another shows (an applied import refreshes the units a round is built from; a saved plan, the report list).
 * Keys a single feature owns stay in that feature's api/keys.ts.
 */
export const queryKeys = {
  me: ['me'] as const,
  settings: ['settings'] as const,
  organisation: {
    all: ['organisation'] as const,
    units: () => ['organisation', 'units'] as const,
  },
  frameworks: {
    all: ['frameworks'] as const,
    list: () => ['frameworks', 'list'] as const,
  },
  rounds: {
    all: ['rounds'] as const,
    list: () => ['rounds', 'list'] as const,
  },
  reports: {
    all: ['reports'] as const,
    list: () => ['reports', 'list'] as const,
    detail: (roundId: string, leaderId: string) => ['reports', 'detail', roundId, leaderId] as const,
  },
};
