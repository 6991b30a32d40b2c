export const orgKeys = {
  all: ['organisation'] as const,
  units: () => ['organisation', 'units'] as const,
};
