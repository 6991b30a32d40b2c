import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from './i18n';
import type { Survey } from './types';

/** Dates, times and numbers in the UI language; the scale in words, from the server in Danish, translated otherwise. */
export function useWording(survey?: Survey) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const danish = !format.english;
  const scaleLabels = new Map<number, string>(
    (survey?.scale ?? []).map((step, index) => {
      const score = step.score ?? index + 1;
      return [score, danish ? step.label : t(`scale.${score}`, { defaultValue: step.label })];
    }),
  );
  const dontKnow = danish ? (survey?.dontKnowLabel ?? 'Ved ikke') : t('scale.dontKnow', { defaultValue: survey?.dontKnowLabel });
  return {
    /** "fredag den 27. november 2026 kl. 16.00" */
    dateTime: (iso: string) => format.dateTime(iso, 'full'),
    /** "14.32" */
    time: format.time,
    number: format.integer,
    scores: [...scaleLabels.entries()].map(([score, label]) => ({ score, label: `${score} – ${label}` })),
    dontKnow,
    /** An answer in words: "4 – I høj grad", "Ved ikke". */
    answer: (score: number | null) => (score === null ? dontKnow : `${score} – ${scaleLabels.get(score) ?? ''}`),
  };
}
