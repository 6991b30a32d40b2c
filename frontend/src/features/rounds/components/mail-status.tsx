import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { Round } from '../types';

/**
 * Sent, waiting and failed invitations, with the failed addresses so that HR can correct them; reminders as totals
 * only (who was reminded is never stored).
 */
export function MailStatus({ mail }: { mail: Round['mail'] }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="round-mail-heading">
      <h2 id="round-mail-heading">{t('mail.heading')}</h2>
      <dl className="round-facts">
        <dt>{t('mail.sent')}</dt>
        <dd>{mail.sent ?? 0}</dd>
        <dt>{t('mail.pending')}</dt>
        <dd>{mail.pending ?? 0}</dd>
        <dt>{t('mail.failed')}</dt>
        <dd>{mail.failed ?? 0}</dd>
        <dt>{t('mail.reminded')}</dt>
        <dd>
          {mail.reminded ?? 0}
          {mail.remindersRunning ? ` ${t('mail.remindersRunning')}` : ''}
        </dd>
        {(mail.reminderFailures ?? 0) > 0 && (
          <>
            <dt>{t('mail.reminderFailures')}</dt>
            <dd>{mail.reminderFailures}</dd>
          </>
        )}
      </dl>
      {mail.failedRecipients.length > 0 && (
        <>
          <h3>{t('mail.failedHeading')}</h3>
          <p>{t('mail.failedHint')}</p>
          <ul>
            {mail.failedRecipients.map((recipient) => (
              <li key={recipient}>{recipient}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
