import { useTranslation } from 'react-i18next';
import { NS } from './i18n';
import type { Survey } from './types';

const LOCALES: Record<string, string> = { da: 'da-DK', en: 'en-GB' };
const ZONE = 'Europe/Copenhagen';

/** Dates, times and numbers in the UI language; the scale in words, from the server in Danish, translated otherwise. */
export function useWording(survey?: Survey) {
  const { t, i18n } = useTranslation(NS);
  const locale = LOCALES[i18n.language] ?? 'da-DK';
  const danish = i18n.language === 'da';
  const scaleLabels = new Map<number, string>(
    (survey?.scale ?? []).map((step, index) => {
      const score = step.score ?? index + 1;
      return [score, danish ? step.label : t(`scale.${score}`, { defaultValue: step.label })];
    }),
  );
  const dontKnow = danish ? (survey?.dontKnowLabel ?? 'Ved ikke') : t('scale.dontKnow', { defaultValue: survey?.dontKnowLabel });
  return {
    /** "fredag den 27. november 2026 kl. 16.00" */
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE }).format(new Date(iso)),
    /** "14.32" */
    time: (date: Date) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date),
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    scores: [...scaleLabels.entries()].map(([score, label]) => ({ score, label: `${score} – ${label}` })),
    dontKnow,
    /** An answer in words: "4 – I høj grad", "Ved ikke". */
    answer: (score: number | null) => (score === null ? dontKnow : `${score} – ${scaleLabels.get(score) ?? ''}`),
  };
}
