import { useTranslation } from 'react-i18next';

/** Numbers and dates in the UI's language: "3,8" and "+0,4" in Danish, "3.8" in English. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const locale = i18n.language?.startsWith('en') ? 'en-GB' : 'da-DK';
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  return {
    mean: (value: number | null | undefined) => (value === null || value === undefined ? '–' : one.format(value)),
    signed: (value: number | null | undefined) => (value === null || value === undefined ? '–' : signed.format(value)),
    date: (instant: string | null | undefined) => (instant ? date.format(new Date(instant)) : ''),
  };
}
