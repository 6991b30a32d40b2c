import { useTranslation } from 'react-i18next';

/** Means and dates in the UI's language: "3,8" in Danish, "3.8" in English. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const locale = i18n.language?.startsWith('en') ? 'en-GB' : 'da-DK';
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    mean: (value: number | null | undefined) => (value === null || value === undefined ? '–' : one.format(value)),
    dateTime: (instant: string | null | undefined) => (instant ? dateTime.format(new Date(instant)) : ''),
    /** A LocalDate ("2027-03-01"), shown without shifting it by the time zone. */
    localDate: (day: string | null | undefined) => (day ? date.format(new Date(`${day}T00:00:00Z`)) : ''),
  };
}

/** Whether the UI shows English, for the `…En` texts of the framework. */
export function useEnglish() {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('en') ?? false;
}
