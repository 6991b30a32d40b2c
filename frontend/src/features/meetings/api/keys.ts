export const meetingKeys = {
  all: ['meetings'] as const,
  list: () => ['meetings', 'list'] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  values: () => ['meetings', 'values'] as const,
  trend: () => ['meetings', 'trend'] as const,
  overview: () => ['meetings', 'overview'] as const,
  question: (token: string) => ['meetings', 'question', token] as const,
};
