import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { TextAreaField } from '@/components/text-area-field';
import { TextField } from '@/components/text-field';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { LeaderReport } from '../types';
import { GOAL_STATUSES, MAX_ACTIONS, MAX_TITLE, fieldId, type GoalDraft, type GoalField } from './goal-draft';

interface GoalFieldsProps {
  draft: GoalDraft;
  number: number;
  count: number;
  report: LeaderReport | undefined;
  errors: Partial<Record<GoalField, string>>;
  onChange: (draft: GoalDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One goal of the plan in a fieldset: title, value or statement from the report, actions, due date, status. */
export function GoalFields({ draft, number, count, report, errors, onChange, onMove, onRemove }: GoalFieldsProps) {
  const { t } = useTranslation(NS);
  const { english } = useFormat();
  const values = report?.values ?? [];
  const valueTitle = (value: (typeof values)[number]) => (english && value.titleEn) || value.title;
  const chosenValue = values.find((value) => value.valueId === draft.valueId);
  const statementGroups = chosenValue ? [chosenValue] : values;
  const set = (patch: Partial<GoalDraft>) => onChange({ ...draft, ...patch });

  const chooseValue = (valueId: string) => {
    const value = values.find((candidate) => candidate.valueId === valueId);
    const keepStatement = value?.statements.some((statement) => statement.statementId === draft.statementId);
    set({ valueId, statementId: keepStatement ? draft.statementId : '' });
  };
  const chooseStatement = (statementId: string) => {
    const owner = values.find((value) => value.statements.some((statement) => statement.statementId === statementId));
    set({ statementId, valueId: owner?.valueId ?? draft.valueId });
  };

  return (
    <fieldset className="lus-goal">
      <legend className="h3">{t('plan.goal', { number })}</legend>
      <TextAreaField
        id={fieldId(draft, 'title')}
        label={t('plan.goalTitle')}
        hint={t('plan.goalTitleHint')}
        value={draft.title}
        maxLength={MAX_TITLE}
        rows={2}
        required
        error={errors.title}
        className="lus-goal__title"
        onChange={(event) => set({ title: event.target.value })}
      />
      {values.length > 0 && (
        <div className="lus-goal__links">
          <SelectField id={fieldId(draft, 'valueId')} label={t('plan.value')} error={errors.valueId} value={draft.valueId} onChange={chooseValue}>
            <option value="">{t('plan.noChoice')}</option>
            {values.map((value) => (
              <option key={value.valueId} value={value.valueId}>
                {valueTitle(value)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldId(draft, 'statementId')}
            label={t('plan.statement')}
            error={errors.statementId}
            value={draft.statementId}
            onChange={chooseStatement}
          >
            <option value="">{t('plan.noChoice')}</option>
            {statementGroups.map((value) => (
              <optgroup key={value.valueId} label={valueTitle(value)}>
                {value.statements.map((statement) => (
                  <option key={statement.statementId} value={statement.statementId}>
                    {(english && statement.textEn) || statement.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </div>
      )}
      <TextAreaField
        id={fieldId(draft, 'actions')}
        label={t('plan.actions')}
        hint={t('plan.actionsHint')}
        value={draft.actions}
        maxLength={MAX_ACTIONS}
        rows={4}
        error={errors.actions}
        onChange={(event) => set({ actions: event.target.value })}
      />
      <div className="lus-goal__row">
        <TextField
          id={fieldId(draft, 'dueDate')}
          label={t('plan.dueDate')}
          type="date"
          value={draft.dueDate}
          error={errors.dueDate}
          onChange={(event) => set({ dueDate: event.target.value })}
        />
        <SelectField
          id={fieldId(draft, 'status')}
          label={t('plan.status')}
          error={errors.status}
          value={draft.status}
          onChange={(status) => set({ status: status as GoalDraft['status'] })}
        >
          {GOAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="lus-goal__buttons">
        <button type="button" className="button button-tertiary" disabled={number === 1} onClick={() => onMove(-1)}>
          {t('plan.moveUp', { number })}
        </button>
        <button type="button" className="button button-tertiary" disabled={number === count} onClick={() => onMove(1)}>
          {t('plan.moveDown', { number })}
        </button>
        <button type="button" className="button button-secondary" onClick={onRemove}>
          {t('plan.removeGoal', { number })}
        </button>
      </div>
    </fieldset>
  );
}
