import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import { FieldGroup } from '@/components/form-field';
import { FormProblems } from '@/components/form-problems';
import { SelectField } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import { formErrors } from '@/lib/form-errors';
import { usePublishedFrameworks } from '@/lib/queries/frameworks';
import { useCreateRound } from '../../api/create-round';
import { useUpdateRound } from '../../api/update-round';
import { mergeErrors } from '../../form-errors';
import { NS } from '../../i18n';
import { inputOf, localDateAndTime, toInstant } from '../../settings';
import type { Round } from '../../types';

const FIELDS = ['frameworkVersionId', 'name', 'closesAt'] as const;

/** Step 1: the published framework version, the name and when the round closes. Creates the round the first time. */
export function BasicsStep({ round, onDone }: { round: Round | undefined; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const frameworks = usePublishedFrameworks();
  const create = useCreateRound();
  const update = useUpdateRound(round?.id ?? '');
  const save = round ? update : create;

  const initial = localDateAndTime(round?.closesAt);
  const [frameworkVersionId, setFrameworkVersionId] = useState(round?.frameworkVersionId ?? '');
  const [name, setName] = useState(round?.name ?? '');
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = mergeErrors(local, formErrors(save.error, FIELDS, t('unexpectedError')));
  // After a refused save, the summary of what to correct takes focus, as on the other steps' forms.
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  const fieldIds: Record<(typeof FIELDS)[number], string> = {
    frameworkVersionId: 'round-framework',
    name: 'round-name',
    closesAt: 'round-closes-date',
  };
  const summary = FIELDS.filter((field) => errors.fields[field]).map((field) => ({ fieldId: fieldIds[field], message: errors.fields[field]! }));
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt, save.error]);

  // A round may still use a version that has since been archived: keep it in the list.
  const options = [...(frameworks.data ?? [])];
  if (round && !options.some((framework) => framework.id === round.frameworkVersionId)) {
    options.unshift({ id: round.frameworkVersionId, frameworkId: '', status: 'ARCHIVED', name: round.frameworkName });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!frameworkVersionId) problems.frameworkVersionId = t('basics.errors.framework');
    if (name.trim() === '') problems.name = t('basics.errors.name');
    if (!date || !time || Number.isNaN(new Date(`${date}T${time}`).getTime())) problems.closesAt = t('basics.errors.closesAt');
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const fields = { frameworkVersionId, name: name.trim(), closesAt: toInstant(date, time) };
    if (round) {
      update.mutate({ ...inputOf(round), ...fields }, { onSuccess: onDone, onError: () => setAttempt((n) => n + 1) });
    } else {
      create.mutate(fields, {
        onSuccess: (created) => navigate(`/runder/${created.id}?trin=2`, { replace: true }),
        onError: () => setAttempt((n) => n + 1),
      });
    }
  }

  const closesError = errors.fields.closesAt;
  return (
    <form onSubmit={handleSubmit} noValidate>
      {summary.length > 0 && <ErrorSummary ref={summaryRef} heading={t('basics.errorSummary')} items={summary} />}
      <p>{t('basics.intro')}</p>
      <FormProblems messages={errors.other} />
      <SelectField
        id="round-framework"
        label={t('basics.framework')}
        hint={t('basics.frameworkHint')}
        error={errors.fields.frameworkVersionId}
        value={frameworkVersionId}
        onChange={setFrameworkVersionId}
        required
        after={
          <>
            {frameworks.data?.length === 0 && <p>{t('basics.noFrameworks')}</p>}
            {frameworks.isError && (
              <p className="alert alert-error" role="alert">
                {t('basics.frameworksError')}
              </p>
            )}
          </>
        }
      >
        <option value="">{frameworks.isPending ? t('loading') : t('basics.frameworkChoose')}</option>
        {options.map((framework) => (
          <option key={framework.id} value={framework.id}>
            {framework.version ? t('basics.frameworkOption', { name: framework.name, version: framework.version }) : framework.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="round-name"
        label={t('basics.name')}
        hint={t('basics.nameHint')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
        maxLength={200}
        required
      />
      <FieldGroup id="round-closes" legend={t('basics.closes')} hint={t('basics.closesHint')} error={closesError}>
        <div className="round-date-time">
          <TextField
            id="round-closes-date"
            label={t('basics.date')}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={closesError ? true : undefined}
            aria-describedby={closesError ? 'round-closes-error' : undefined}
            required
          />
          <TextField
            id="round-closes-time"
            label={t('basics.time')}
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
            aria-invalid={closesError ? true : undefined}
            aria-describedby={closesError ? 'round-closes-error' : undefined}
            required
          />
        </div>
      </FieldGroup>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('wizard.saving') : t('wizard.saveAndContinue')}
        </button>
      </div>
    </form>
  );
}
