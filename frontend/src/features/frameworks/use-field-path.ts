import { useTranslation } from 'react-i18next';

/** "values[2].statements[0].text" → "Værdi 3, udsagn 1, medarbejderformulering". */
export function useFieldPath(): (path: string) => string {
  const { t } = useTranslation();
  return (path) =>
    path
      .split('.')
      .map((segment) => {
        const indexed = /^(values|statements)\[(\d+)\]$/.exec(segment);
        if (indexed) {
          const key = indexed[1] === 'values' ? 'valuePath' : 'statementPath';
          return t(`frameworks.fields.${key}`, { n: Number(indexed[2]) + 1 });
        }
        return t(`frameworks.fields.${segment}`, { defaultValue: segment });
      })
      .join(', ');
}
