export const overviewKeys = {
  all: ['overview'] as const,
  rounds: () => ['overview', 'rounds'] as const,
  heatmap: (roundId: string) => ['overview', 'heatmap', roundId] as const,
  statements: (roundId: string) => ['overview', 'statements', roundId] as const,
};
