import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import da from '@/i18n/da.json';
import en from '@/i18n/en.json';
import { ApiError } from '@/lib/api/api-error';
import { KNOWN_PROBLEM_TYPES, STATUS_TEXTS, problemText, problemTextKey } from '@/lib/api/problem-text';
import { formErrors } from '@/lib/form-errors';

function refusal(status: number, slug: string, detail = 'An English detail for developers.') {
  return new ApiError(status, { type: `urn:pejling:problem:${slug}`, title: 'Konflikt', status, detail });
}

describe('problem texts', () => {
  it('has a Danish and an English text for every problem type and status it knows', () => {
    for (const type of KNOWN_PROBLEM_TYPES) {
      expect(da.problem.type, type).toHaveProperty([type]);
      expect(en.problem.type, type).toHaveProperty([type]);
    }
    for (const status of STATUS_TEXTS) {
      expect(da.problem.status, String(status)).toHaveProperty([String(status)]);
      expect(en.problem.status, String(status)).toHaveProperty([String(status)]);
    }
  });

  it('chooses the text by the problem type, and never shows the English detail', async () => {
    const error = refusal(409, 'report-not-open', 'The report opens when the round closes, 2026-03-01.');
    expect(problemText(error)).toBe('Rapporten åbner, når runden er lukket.');
    await i18n.changeLanguage('en');
    expect(problemText(error)).toBe('The report opens when the round has closed.');
  });

  it('falls back to the status for a type it does not know, then to a general text', () => {
    expect(problemTextKey(refusal(409, 'round-frozen'))).toBe('problem.type.round-frozen');
    expect(problemTextKey(refusal(409, 'some-new-kind'))).toBe('problem.status.409');
    expect(problemTextKey(refusal(418, 'teapot'))).toBe('problem.unknown');
    expect(problemTextKey(new ApiError(502))).toBe('problem.status.500');
    expect(problemTextKey(new TypeError('Failed to fetch'))).toBe('problem.unknown');
  });

  it('gives a form the field messages inline and a refusal without fields in the user\'s words', () => {
    const invalid = new ApiError(400, {
      type: 'urn:pejling:problem:validation',
      title: 'Ugyldige data',
      status: 400,
      detail: 'closesAt: must be in the future',
      errors: [
        { field: 'closesAt', message: 'skal ligge i fremtiden' },
        { field: 'unitIds[0]', message: 'enheden findes ikke' },
      ],
    });
    expect(formErrors(invalid, ['closesAt'], 'fallback')).toEqual({
      fields: { closesAt: 'skal ligge i fremtiden' },
      other: ['unitIds[0]: enheden findes ikke'],
    });
    const conflict = refusal(409, 'conflict', 'The round is launched; its respondent lists are frozen.');
    expect(formErrors(conflict, [], 'fallback').other).toEqual([da.problem.type.conflict]);
  });
});
