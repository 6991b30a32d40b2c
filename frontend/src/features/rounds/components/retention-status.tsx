import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { Round } from '../types';

/** When the round's personal data and answers are (or were) deleted. */
export function RetentionStatus({ round }: { round: Round }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const r = round.retention;
  const date = (iso: string) => format.date(iso, 'long');
  return (
    <section aria-labelledby="round-retention-heading">
      <h2 id="round-retention-heading">{t('retention.heading')}</h2>
      {!r.personalDataRemoval ? (
        <p>{t('retention.whenClosed', { months: round.retentionMonths })}</p>
      ) : (
        <ul>
          <li>
            {r.personalDataRemovedAt
              ? t('retention.personalDataRemoved', { date: date(r.personalDataRemovedAt) })
              : t('retention.personalData', { date: date(r.personalDataRemoval) })}
          </li>
          {r.answersRemoval && (
            <li>
              {r.answersRemovedAt
                ? t('retention.answersRemoved', { date: date(r.answersRemovedAt) })
                : t('retention.answers', { date: date(r.answersRemoval) })}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
