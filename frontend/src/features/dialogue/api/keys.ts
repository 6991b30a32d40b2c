export const dialogueKeys = {
  all: ['dialogue'] as const,
  list: () => ['dialogue', 'list'] as const,
  one: (id: string) => ['dialogue', 'one', id] as const,
};

export const STALE_VERSION = 'urn:pejling:problem:stale-version';
