import i18n from '@/i18n';
import { isApiError } from './api-error';

const URN = 'urn:pejling:problem:';

/**
 * The text the user reads for a refusal is chosen by the problem's `type`, never taken from its `detail` (which is
 * English, for developers). To teach the SPA a new type, add its slug here and `problem.type.<slug>` to both
 * src/i18n/da.json and en.json (problem-text.test.ts fails when one is missing). Types not listed fall back to a
 * text by HTTP status, then to a general one.
 */
export const KNOWN_PROBLEM_TYPES = [
  'bad-request',
  'validation',
  'malformed-json',
  'unauthorized',
  'login-failed',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'not-acceptable',
  'conflict',
  'report-not-open',
  'report-not-ready',
  'round-frozen',
  'round-not-open',
  'already-submitted',
  'comment-locked',
  'stale-version',
  'gone',
  'payload-too-large',
  'unsupported-media-type',
  'too-many-requests',
  'internal',
  'unavailable',
] as const;

/** Statuses with a text of their own (`problem.status.<status>`), for problems of a type the SPA does not know. */
export const STATUS_TEXTS = [400, 401, 403, 404, 409, 410, 413, 429, 500, 503] as const;

export function problemType(error: unknown): string | undefined {
  const type = isApiError(error) ? error.problem?.type : undefined;
  return type?.startsWith(URN) ? type.slice(URN.length) : undefined;
}

/** The i18n key (in the default namespace) for a failed request. */
export function problemTextKey(error: unknown): string {
  const type = problemType(error);
  if (type && (KNOWN_PROBLEM_TYPES as readonly string[]).includes(type)) return `problem.type.${type}`;
  if (isApiError(error)) {
    if ((STATUS_TEXTS as readonly number[]).includes(error.status)) return `problem.status.${error.status}`;
    if (error.status >= 500) return 'problem.status.500';
  }
  return 'problem.unknown';
}

/** The user's text for a failed request, in the UI's language. */
export function problemText(error: unknown): string {
  return i18n.t(problemTextKey(error), { ns: 'translation' });
}
