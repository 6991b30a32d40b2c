/** Trimmed text, or undefined for an empty optional field (omitted from the JSON, so the API reads null). */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
