import { useTranslation } from 'react-i18next';

/** Figures in the UI's language: "3,8" in Danish, "3.8" in English; dates as "1. mar. 2026". */
export function useNumbers() {
  const { i18n } = useTranslation();
  const one = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return {
    decimal1: (value: number) => one.format(value),
    decimal2: (value: number) => two.format(value),
    date: (instant: string | undefined) => (instant ? date.format(new Date(instant)) : ''),
    english: i18n.language === 'en',
  };
}
