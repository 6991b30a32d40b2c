import { useTranslation } from 'react-i18next';
import type { Problem } from '@/lib/api/types';
import { NS } from './i18n';

type FieldError = NonNullable<Problem['errors']>[number];

/** "line 7: manager e-mail" → "Linje 7, leders e-mail: …"; "file" and unknown fields show the message alone. */
export function useImportErrors(): (errors: FieldError[]) => string[] {
  const { t } = useTranslation(NS);
  return (errors) =>
    errors.map((error) => {
      const message = error.message ?? '';
      const match = /^line (\d+)(?:: (.+))?$/.exec(error.field ?? '');
      if (!match) return message;
      const [, line, column] = match;
      if (!column) return t('errors.line', { line, message });
      return t('errors.lineColumn', { line, column: t(`errors.columns.${column}`, { defaultValue: column }), message });
    });
}
