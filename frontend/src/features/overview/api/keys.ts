import { isApiError } from '@/lib/api/api-error';

export const overviewKeys = {
  all: ['overview'] as const,
  rounds: () => ['overview', 'rounds'] as const,
  heatmap: (roundId: string) => ['overview', 'heatmap', roundId] as const,
  statements: (roundId: string) => ['overview', 'statements', roundId] as const,
};

/** A 404 or a 409 (round still open) will not change on a retry: say so at once; retry only server errors. */
export function retryServerErrors(failures: number, error: unknown): boolean {
  return !(isApiError(error) && error.status < 500) && failures < 3;
}
