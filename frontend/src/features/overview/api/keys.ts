export const overviewKeys = {
  all: ['overview'] as const,
  heatmap: (roundId: string) => ['overview', 'heatmap', roundId] as const,
  statements: (roundId: string) => ['overview', 'statements', roundId] as const,
};
