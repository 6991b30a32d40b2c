import type { FormErrors } from '@/lib/form-errors';

/** Client-side errors first (they stop the request), then the server's for the same form. */
export function mergeErrors(local: Record<string, string>, server: FormErrors): FormErrors {
  return { fields: { ...server.fields, ...local }, other: server.other };
}
