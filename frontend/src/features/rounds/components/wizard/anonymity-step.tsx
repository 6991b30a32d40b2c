import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { TextField } from '@/components/text-field';
import { formErrors } from '@/lib/form-errors';
import { useUpdateRound } from '../../api/update-round';
import { mergeErrors } from '../../form-errors';
import { NS } from '../../i18n';
import { inputOf, wholeNumber } from '../../settings';
import type { Access, Round } from '../../types';
import { Checkbox, RadioGroup } from '../choices';
import { StepButtons } from './step-buttons';

const FIELDS = ['k', 'kStory', 'kPeer', 'managerAccess', 'hrAccess', 'retentionMonths', 'reminderDaysBefore'] as const;
const RANGES = { k: [3, 10], kStory: [3, 20], kPeer: [3, 10], retentionMonths: [1, 120], reminderDaysBefore: [0, 30] } as const;
type NumberField = keyof typeof RANGES;

/** Step 4: the anonymity thresholds, who may read the reports, how long data is kept, reminders, confirmation. */
export function AnonymityStep({ round, onBack, onDone }: { round: Round; onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const update = useUpdateRound(round.id);
  const settings = inputOf(round);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    k: String(settings.k),
    kStory: String(settings.kStory),
    kPeer: String(settings.kPeer ?? 3),
    retentionMonths: String(settings.retentionMonths),
    reminderDaysBefore: String(settings.reminderDaysBefore),
  });
  const [managerAccess, setManagerAccess] = useState<Access>(settings.managerAccess ?? 'REPORT');
  const [hrAccess, setHrAccess] = useState<Access>(settings.hrAccess ?? 'NONE');
  const [confirmRespondents, setConfirmRespondents] = useState(settings.confirmRespondents ?? false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = mergeErrors(local, formErrors(update.error, FIELDS, t('unexpectedError')));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const values = {} as Record<NumberField, number>;
    for (const field of Object.keys(RANGES) as NumberField[]) {
      const [min, max] = RANGES[field];
      const value = wholeNumber(numbers[field], min, max);
      if (value === undefined) problems[field] = t('anonymity.errors.range', { min, max });
      else values[field] = value;
    }
    if (!problems.k && !problems.kStory && values.kStory < values.k) problems.kStory = t('anonymity.errors.kStory', { k: values.k });
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate({ ...settings, ...values, managerAccess, hrAccess, confirmRespondents }, { onSuccess: onDone });
  }

  const numberField = (field: NumberField, hint: string) => (
    <TextField
      id={`round-${field}`}
      label={t(`anonymity.${field}`)}
      hint={hint}
      type="number"
      inputMode="numeric"
      className="input-width-xs"
      min={RANGES[field][0]}
      max={RANGES[field][1]}
      value={numbers[field]}
      onChange={(event) => setNumbers({ ...numbers, [field]: event.target.value })}
      error={errors.fields[field]}
      required
    />
  );
  const access = (key: 'managerAccess' | 'hrAccess') =>
    [
      ['REPORT', t(`anonymity.${key}Options.REPORT`)],
      ['NONE', t(`anonymity.${key}Options.NONE`)],
    ] as const;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <FormProblems messages={errors.other} />
      <h3>{t('anonymity.thresholdsHeading')}</h3>
      {numberField('k', t('anonymity.kHint'))}
      {numberField('kStory', t('anonymity.kStoryHint'))}
      {numberField('kPeer', t('anonymity.kPeerHint'))}
      <h3>{t('anonymity.sharingHeading')}</h3>
      <RadioGroup name="round-managerAccess" legend={t('anonymity.managerAccess')} value={managerAccess} options={access('managerAccess')} onChange={setManagerAccess} />
      <RadioGroup
        name="round-hrAccess"
        legend={t('anonymity.hrAccess')}
        hint={t('anonymity.hrAccessHint')}
        value={hrAccess}
        options={access('hrAccess')}
        onChange={setHrAccess}
      />
      <h3>{t('anonymity.practicalHeading')}</h3>
      {numberField('retentionMonths', t('anonymity.retentionMonthsHint'))}
      {numberField('reminderDaysBefore', t('anonymity.reminderDaysBeforeHint'))}
      <Checkbox
        id="round-confirmRespondents"
        label={t('anonymity.confirmRespondents')}
        hint={t('anonymity.confirmRespondentsHint')}
        checked={confirmRespondents}
        onChange={setConfirmRespondents}
      />
      <StepButtons busy={update.isPending} onBack={onBack} />
    </form>
  );
}
