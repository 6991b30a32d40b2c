import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { SelectField } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import { problemType } from '@/lib/api/problem-text';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useDialogues } from '../api/list-dialogues';
import { usePlanDialogue } from '../api/plan-dialogue';
import { NS } from '../i18n';
import { monthName } from '../month';
import type { LeaderTeam, TeamDialogues } from '../types';

/** /lederteam: the caller's leader teams and their months; the manager gives a month its value. */
export function DialoguesPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('list.title'));
  const dialogues = useDialogues();
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="font-lead">{t('list.intro')}</p>
      {dialogues.isPending && <p aria-live="polite">{t('loading')}</p>}
      {dialogues.isError && <p role="alert">{t('loadError')}</p>}
      {dialogues.data && <Teams data={dialogues.data} />}
    </>
  );
}

function Teams({ data }: { data: TeamDialogues }) {
  const { t } = useTranslation(NS);
  if (data.teams.length === 0) return <p>{t('list.noTeam')}</p>;
  return (
    <>
      {data.teams.map((team) => (
        <TeamSection key={team.managerId} team={team} data={data} />
      ))}
    </>
  );
}

function TeamSection({ team, data }: { team: LeaderTeam; data: TeamDialogues }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const months = data.dialogues.filter((d) => d.managerId === team.managerId);
  const heading = team.own ? t('list.team') : t('list.teamOf', { manager: team.managerName });
  return (
    <section aria-labelledby={`team-${team.managerId}`}>
      <h2 id={`team-${team.managerId}`}>{heading}</h2>
      <p>{t('list.members', { names: team.members.map((m) => m.name).join(', ') })}</p>
      {team.own && <PlanForm data={data} />}
      <h3>{t('list.months')}</h3>
      {months.length === 0 ? (
        <p>{t('list.noMonths')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{`${heading}: ${t('list.months')}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.month')}</th>
                <th scope="col">{t('list.value')}</th>
                <th scope="col">{t('list.recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={`/lederteam/${d.id}`}>{monthName(d.month, format.locale)}</Link>
                  </th>
                  <td>{d.valueTitle}</td>
                  <td>{d.recorded ? t('list.yes') : t('list.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function thisMonth(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 7);
}

function PlanForm({ data }: { data: TeamDialogues }) {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const plan = usePlanDialogue();
  const [month, setMonth] = useState(thisMonth);
  const [valueId, setValueId] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const errors = formErrors(plan.error, ['month', 'valueId'], t('plan.failed'));
  const other = problemType(plan.error) === 'conflict' ? [t('plan.taken')] : errors.other;
  const frameworks = [...new Set(data.values.map((v) => v.frameworkName))];

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { month: month === '', valueId: valueId === '' };
    setMissing(nowMissing);
    if (nowMissing.month || nowMissing.valueId) return;
    plan.mutate({ month, valueId }, { onSuccess: (dialogue) => void navigate(`/lederteam/${dialogue.id}`) });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-title">
      <h3 id="plan-title">{t('plan.title')}</h3>
      <FormProblems messages={other} />
      <TextField id="dialogue-month" type="month" label={t('plan.month')} hint={t('plan.monthHint')} value={month}
        error={missing.month ? t('plan.required') : errors.fields.month} onChange={(event) => setMonth(event.target.value)} />
      <SelectField id="dialogue-value" label={t('plan.value')} value={valueId} onChange={setValueId}
        error={missing.valueId ? t('plan.required') : errors.fields.valueId}>
        <option value="">{t('plan.chooseValue')}</option>
        {frameworks.map((framework) => (
          <optgroup key={framework} label={framework}>
            {data.values.filter((v) => v.frameworkName === framework).map((v) => (
              <option key={v.valueId} value={v.valueId}>
                {v.title}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={plan.isPending}>
        {t('plan.submit')}
      </button>
    </form>
  );
}
