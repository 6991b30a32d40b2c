import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from '@/components/form-field';
import { FormProblems } from '@/components/form-problems';
import { formErrors } from '@/lib/form-errors';
import { useUpdateRound } from '../../api/update-round';
import { NS } from '../../i18n';
import { inputOf } from '../../settings';
import type { Round } from '../../types';
import { Checkbox } from '../choices';
import { StepButtons } from './step-buttons';

/** Step 3: employees always answer; self-evaluation and the manager's assessment are optional. */
export function RatersStep({ round, onBack, onDone }: { round: Round; onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const update = useUpdateRound(round.id);
  const settings = inputOf(round);
  const [includeSelf, setIncludeSelf] = useState(settings.includeSelf ?? true);
  const [includeManager, setIncludeManager] = useState(settings.includeManager ?? true);
  const errors = formErrors(update.error, [], t('unexpectedError'));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ ...settings, includeSelf, includeManager }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <FormProblems messages={errors.other} />
      <FieldGroup id="round-raters" legend={t('raters.legend')}>
        <p>{t('raters.employees')}</p>
        <Checkbox id="round-include-self" label={t('raters.self')} hint={t('raters.selfHint')} checked={includeSelf} onChange={setIncludeSelf} />
        <Checkbox
          id="round-include-manager"
          label={t('raters.manager')}
          hint={t('raters.managerHint')}
          checked={includeManager}
          onChange={setIncludeManager}
        />
      </FieldGroup>
      <StepButtons busy={update.isPending} onBack={onBack} />
    </form>
  );
}
