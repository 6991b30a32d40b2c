import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one way Pejling writes numbers, dates and times: Danish as da-DK ("3,8", "1. mar. 2026"), English as en-GB
 * ("3.8", "1 Mar 2026"), and every instant in Danish time (Europe/Copenhagen), wherever the browser is.
 * A missing figure is a dash, a missing date is empty.
 */
export const TIME_ZONE = 'Europe/Copenhagen';

const LOCALES = { da: 'da-DK', en: 'en-GB' } as const;
type DateStyle = 'medium' | 'long' | 'full';
type Value = number | null | undefined;

export function localeOf(language: string | undefined): 'da-DK' | 'en-GB' {
  return language?.startsWith('en') ? LOCALES.en : LOCALES.da;
}

export interface Format {
  locale: 'da-DK' | 'en-GB';
  /** Whether the UI is English: the framework's `…En` wordings are shown where they exist. */
  english: boolean;
  /** A count or whole number with the language's grouping: "1.024" / "1,024". */
  integer: (value: Value) => string;
  /** A figure with a fixed number of decimals (1 by default): "3,8". */
  decimal: (value: Value, digits?: number) => string;
  /** A change with its sign: "+0,4", "−0,2", "0,0". */
  signed: (value: Value, digits?: number) => string;
  /** The date of an instant in Danish time: "1. mar. 2026" (medium), "1. marts 2026" (long), with weekday (full). */
  date: (instant: string | null | undefined, style?: DateStyle) => string;
  /** Date and time of an instant in Danish time: "1. mar. 2026 12.00". */
  dateTime: (instant: string | null | undefined, style?: DateStyle) => string;
  /** A calendar day without a time ("2027-03-01"), shown as that day whatever the zone. */
  localDate: (day: string | null | undefined, style?: DateStyle) => string;
  /** Hours and minutes of a moment in Danish time: "14.32". */
  time: (moment: Date) => string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

export function formatFor(language: string | undefined): Format {
  const locale = localeOf(language);
  const number = (digits: number, signed: boolean) =>
    cached(`${locale}|n|${digits}|${signed}`, () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      }),
    );
  const dates = (style: DateStyle, time: boolean, zone: string) =>
    cached(`${locale}|d|${style}|${time}|${zone}`, () =>
      new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: time ? 'short' : undefined, timeZone: zone }),
    );
  const missing = (value: Value): value is null | undefined => value === null || value === undefined || Number.isNaN(value);
  // A real minus sign (U+2212), as in print: Intl writes the hyphen-minus.
  const minus = (text: string) => text.replace('-', '\u2212');
  return {
    locale,
    english: locale === LOCALES.en,
    integer: (value) => (missing(value) ? '–' : minus(number(0, false).format(value))),
    decimal: (value, digits = 1) => (missing(value) ? '–' : minus(number(digits, false).format(value))),
    signed: (value, digits = 1) => (missing(value) ? '–' : minus(number(digits, true).format(value))),
    date: (instant, style = 'medium') => (instant ? dates(style, false, TIME_ZONE).format(new Date(instant)) : ''),
    dateTime: (instant, style = 'medium') => (instant ? dates(style, true, TIME_ZONE).format(new Date(instant)) : ''),
    localDate: (day, style = 'long') => (day ? dates(style, false, 'UTC').format(new Date(`${day}T00:00:00Z`)) : ''),
    time: (moment) =>
      cached(`${locale}|t`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE })).format(
        moment,
      ),
  };
}

/** The formatter for the UI's current language; components re-render when it changes. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => formatFor(language), [language]);
}
