/** The token is part of the key only in memory: a new link opened in the same tab gets its own cache entry. */
export const surveyKeys = {
  survey: (token: string) => ['survey', token] as const,
};
