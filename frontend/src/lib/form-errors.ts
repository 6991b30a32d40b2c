import { isApiError } from '@/lib/api/api-error';
import { problemText } from '@/lib/api/problem-text';

export interface FormErrors {
  /** The message per field the form shows. */
  fields: Record<string, string>;
  /** Messages that belong to no field of the form. */
  other: string[];
}

/**
 * Splits a failed write into inline field errors and the rest. The problem's `errors[].field` names the input
 * ("closesAt", "text", "values[2].statements") and its message is in the request's language; a problem without
 * field errors (a 409) is told by its type (problemText), never by its English `detail`.
 */
export function formErrors(error: unknown, fields: readonly string[], fallback: string): FormErrors {
  const result: FormErrors = { fields: {}, other: [] };
  if (!error) return result;
  if (!isApiError(error) || !error.problem) {
    result.other.push(isApiError(error) ? problemText(error) : fallback);
    return result;
  }
  const problem = error.problem;
  for (const fieldError of problem.errors ?? []) {
    const field = fieldError.field ?? '';
    const message = fieldError.message ?? problemText(error);
    if (fields.includes(field) && !result.fields[field]) result.fields[field] = message;
    else result.other.push(field ? `${field}: ${message}` : message);
  }
  if ((problem.errors ?? []).length === 0) result.other.push(problemText(error));
  return result;
}
