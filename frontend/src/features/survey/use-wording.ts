import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from './i18n';

const SCORES = [1, 2, 3, 4, 5];

/** Dates, times and numbers in the UI language, and the scale in words (1 = i meget ringe grad … 5, and "ved ikke"). */
export function useWording() {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const scaleLabels = new Map<number, string>(SCORES.map((score) => [score, t(`scale.${score}`)]));
  const dontKnow = t('scale.dontKnow');
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
