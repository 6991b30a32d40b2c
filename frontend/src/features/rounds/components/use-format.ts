import { useTranslation } from 'react-i18next';

/** Dates and times in the UI's language: "1. mar. 2026 kl. 12.00". */
export function useFormat() {
  const { i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return {
    dateTime: (instant: string | undefined) => (instant ? dateTime.format(new Date(instant)) : ''),
    date: (instant: string | undefined) => (instant ? date.format(new Date(instant)) : ''),
  };
}
