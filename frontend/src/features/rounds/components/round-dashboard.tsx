import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormProblems } from '@/components/form-problems';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useCloseRound } from '../api/close-round';
import { useSendReminders } from '../api/send-reminders';
import { NS } from '../i18n';
import { totalInvited } from '../settings';
import type { Round } from '../types';
import { MailStatus } from './mail-status';
import { RetentionStatus } from './retention-status';
import { ProgressTable } from './progress-table';
import { StatusTag } from './status-tag';

/** An open or closed round: progress per unit and group, the mails, and (while open) reminders and closing. */
export function RoundDashboard({ round }: { round: Round }) {
  const { t } = useTranslation(NS);
  usePageTitle(round.name);
  const format = useFormat();
  const location = useLocation();
  const launched = (location.state as { launched?: number } | null)?.launched;
  const remind = useSendReminders(round.id);
  const close = useCloseRound(round.id);
  const [dialog, setDialog] = useState<'remind' | 'close' | null>(null);
  const errors = formErrors(remind.error ?? close.error, [], t('unexpectedError'));

  // Just launched from the wizard (same path): the news is the first thing a screen reader hears.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (launched !== undefined) noticeRef.current?.focus();
  }, [launched]);

  return (
    <>
      <p>
        <Link to="/runder">{t('backToList')}</Link>
      </p>
      <h1>{round.name}</h1>
      <p>
        <StatusTag status={round.status} />
      </p>
      {launched !== undefined && round.status === 'OPEN' && (round.mail.pending ?? 0) > 0 && (
        <div className="alert alert-success" ref={noticeRef} tabIndex={-1}>
          <p className="alert-text">{t('dashboard.launched', { count: launched })}</p>
        </div>
      )}
      {round.status === 'CLOSED' && (
        <div className="alert alert-info">
          <p className="alert-text">{t('dashboard.closedNote', { date: format.dateTime(round.closedAt) })}</p>
        </div>
      )}
      <dl className="round-facts">
        <dt>{t('summary.framework')}</dt>
        <dd>{round.frameworkName}</dd>
        <dt>{t('dashboard.launchedAt')}</dt>
        <dd>{format.dateTime(round.launchedAt)}</dd>
        <dt>{round.status === 'CLOSED' ? t('dashboard.closedAt') : t('summary.closesAt')}</dt>
        <dd>{format.dateTime(round.status === 'CLOSED' ? (round.closedAt ?? round.closesAt) : round.closesAt)}</dd>
        <dt>{t('summary.leaders')}</dt>
        <dd>{round.evaluees.length}</dd>
        <dt>{t('dashboard.invitations')}</dt>
        <dd>{totalInvited(round.evaluees)}</dd>
        <dt>{t('summary.k')}</dt>
        <dd>{t('summary.kValue', { count: round.k ?? 5 })}</dd>
      </dl>

      <ProgressTable roundId={round.id} status={round.status} />
      <MailStatus mail={round.mail} />
      <RetentionStatus round={round} />

      {round.status === 'OPEN' && (
        <section aria-labelledby="round-actions-heading">
          <h2 id="round-actions-heading">{t('dashboard.actionsHeading')}</h2>
          <FormProblems messages={errors.other} />
          <div role="status">
            {remind.isSuccess && (
              <div className="alert alert-success">
                <p className="alert-text">{t('dashboard.remindersQueued', { count: remind.data })}</p>
              </div>
            )}
          </div>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setDialog('remind')} disabled={remind.isPending}>
              {t('dashboard.remind')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog('close')} disabled={close.isPending}>
              {t('dashboard.close')}
            </button>
          </div>
        </section>
      )}

      {dialog === 'remind' && (
        <ConfirmDialog
          title={t('dashboard.remindDialog.title')}
          confirmLabel={t('dashboard.remindDialog.confirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => remind.mutate(undefined, { onSettled: () => setDialog(null) })}
          onCancel={() => setDialog(null)}
          busy={remind.isPending}
        >
          <p>{t('dashboard.remindDialog.body')}</p>
        </ConfirmDialog>
      )}
      {dialog === 'close' && (
        <ConfirmDialog
          title={t('dashboard.closeDialog.title', { name: round.name })}
          confirmLabel={t('dashboard.closeDialog.confirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => close.mutate(undefined, { onSettled: () => setDialog(null) })}
          onCancel={() => setDialog(null)}
          busy={close.isPending}
          danger
        >
          <p>{t('dashboard.closeDialog.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
