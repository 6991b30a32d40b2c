import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormProblems } from '@/components/form-problems';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useDeleteRound } from '../../api/delete-round';
import { useLaunchRound } from '../../api/launch-round';
import { useRequestConfirmations } from '../../api/request-confirmations';
import { NS } from '../../i18n';
import { inputOf, invitedByGroup, totalInvited, type Step } from '../../settings';
import type { RaterGroup, Round } from '../../types';
import { BelowThresholdWarning } from './below-threshold-warning';

const GROUPS: RaterGroup[] = ['EMPLOYEE', 'PEER', 'SELF', 'MANAGER'];

/** Step 5: everything that is frozen at launch, the number of e-mails, and the launch itself (after a confirmation). */
export function SummaryStep({ round, onBack }: { round: Round; onBack: () => void }) {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const format = useFormat();
  const launch = useLaunchRound(round.id);
  const remove = useDeleteRound(round.id);
  const ask = useRequestConfirmations(round.id);
  const [dialog, setDialog] = useState<'launch' | 'delete' | null>(null);
  const settings = inputOf(round);
  const byGroup = invitedByGroup(round.evaluees);
  const mails = totalInvited(round.evaluees);
  const unconfirmed = round.confirmRespondents ? round.evaluees.filter((evaluee) => !evaluee.confirmedAt) : [];
  const errors = formErrors(launch.error ?? remove.error, [], t('unexpectedError'));
  const yesNo = (value: boolean | undefined) => (value ? t('yes') : t('no'));
  const withPeers = round.evaluees.some((evaluee) => evaluee.peers.some((peer) => !peer.proposed));
  const groups = [
    t('groups.EMPLOYEE'),
    withPeers && t('groups.PEER'),
    settings.includeSelf && t('groups.SELF'),
    settings.includeManager && t('groups.MANAGER'),
  ].filter(Boolean);

  const rows: { label: string; value: string; step: Step }[] = [
    { label: t('summary.framework'), value: round.frameworkName, step: 1 },
    { label: t('summary.name'), value: round.name, step: 1 },
    { label: t('summary.closesAt'), value: format.dateTime(round.closesAt), step: 1 },
    { label: t('summary.leaders'), value: round.evaluees.length === 0 ? t('summary.noLeaders') : round.evaluees.map((evaluee) => evaluee.name).join(', '), step: 2 },
    { label: t('summary.groups'), value: groups.join(', '), step: 3 },
    { label: t('summary.k'), value: t('summary.kValue', { count: settings.k }), step: 4 },
    { label: t('summary.kStory'), value: t('summary.kStoryValue', { count: settings.kStory }), step: 4 },
    { label: t('summary.kPeer'), value: t('summary.kPeerValue', { count: settings.kPeer ?? 3 }), step: 4 },
    { label: t('summary.managerAccess'), value: t(`anonymity.managerAccessOptions.${settings.managerAccess ?? 'REPORT'}`), step: 4 },
    { label: t('summary.hrAccess'), value: t(`anonymity.hrAccessOptions.${settings.hrAccess ?? 'NONE'}`), step: 4 },
    { label: t('summary.retention'), value: t('summary.months', { count: settings.retentionMonths }), step: 4 },
    {
      label: t('summary.reminder'),
      value: settings.reminderDaysBefore ? t('summary.reminderDays', { count: settings.reminderDaysBefore }) : t('summary.noReminder'),
      step: 4,
    },
    { label: t('summary.confirmRespondents'), value: yesNo(settings.confirmRespondents), step: 4 },
  ];

  function handleLaunch() {
    launch.mutate(undefined, {
      onSuccess: (result) => navigate(`/runder/${round.id}`, { state: { launched: result.invitations ?? mails } }),
      onSettled: () => setDialog(null),
    });
  }

  function handleDelete() {
    remove.mutate(undefined, { onSuccess: () => navigate('/runder'), onSettled: () => setDialog(null) });
  }

  return (
    <>
      <p>{t('summary.intro')}</p>
      <FormProblems messages={errors.other} />
      <table className="table table--responsive-headers round-summary">
        <caption className="sr-only">{t('summary.caption')}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
              <td>
                <Link to={`/runder/${round.id}?trin=${row.step}`}>
                  {t('summary.edit')}
                  <span className="sr-only"> {row.label}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('summary.mailsHeading')}</h3>
      <p>{t('summary.mails', { count: mails })}</p>
      <ul>
        {GROUPS.filter((group) => group !== 'PEER' || byGroup.PEER > 0).map((group) => (
          <li key={group}>{t('summary.mailsGroup', { group: t(`groups.${group}`), count: byGroup[group] })}</li>
        ))}
      </ul>

      {round.evaluees.length === 0 && (
        <div className="alert alert-warning">
          <p className="alert-text">{t('summary.needLeaders')}</p>
        </div>
      )}
      <BelowThresholdWarning round={round} />
      {unconfirmed.length > 0 && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{t('summary.unconfirmed', { names: unconfirmed.map((evaluee) => evaluee.name).join(', ') })}</p>
            <p className="alert-text">
              <button type="button" className="button button-secondary" onClick={() => ask.mutate()} disabled={ask.isPending}>
                {t('summary.askConfirmation')}
              </button>
            </p>
            <p className="alert-text" role="status">
              {ask.isSuccess ? t('summary.askedConfirmation', { count: ask.data.mailed ?? 0 }) : ''}
            </p>
            {ask.isError && (
              <p className="alert-text" role="alert">
                {t('unexpectedError')}
              </p>
            )}
          </div>
        </div>
      )}

      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setDialog('launch')} disabled={round.evaluees.length === 0 || launch.isPending}>
          {t('summary.launch')}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('wizard.back')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => setDialog('delete')}>
          {t('summary.delete')}
        </button>
      </div>

      {dialog === 'launch' && (
        <ConfirmDialog
          title={t('summary.launchDialog.title', { name: round.name })}
          confirmLabel={t('summary.launch')}
          cancelLabel={t('cancel')}
          onConfirm={handleLaunch}
          onCancel={() => setDialog(null)}
          busy={launch.isPending}
        >
          <p>{t('summary.launchDialog.freeze')}</p>
          <p>{t('summary.launchDialog.mails', { count: mails, closes: format.dateTime(round.closesAt) })}</p>
        </ConfirmDialog>
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('summary.deleteDialog.title', { name: round.name })}
          confirmLabel={t('summary.delete')}
          cancelLabel={t('cancel')}
          onConfirm={handleDelete}
          onCancel={() => setDialog(null)}
          busy={remove.isPending}
          danger
        >
          <p>{t('summary.deleteDialog.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
