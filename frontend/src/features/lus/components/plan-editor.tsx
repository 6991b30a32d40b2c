import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { isApiError } from '@/lib/api/api-error';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { STALE_VERSION } from '../api/keys';
import { useSavePlan } from '../api/save-plan';
import { useSharePlan } from '../api/share-plan';
import { NS } from '../i18n';
import type { DevelopmentPlan, LeaderReport } from '../types';
import {
  GOAL_FIELDS,
  MAX_ACTIONS,
  MAX_GOALS,
  MAX_TITLE,
  apiField,
  emptyGoal,
  fieldId,
  toDrafts,
  toInput,
  type GoalDraft,
  type GoalField,
} from './goal-draft';
import { GoalFields } from './goal-fields';

interface PlanEditorProps {
  plan: DevelopmentPlan;
  report: LeaderReport | undefined;
  /** Loads the saved plan again and starts the editor over from it. */
  onReload: () => void;
  reloading: boolean;
}

/**
 * The leader's editor. It works from the version it was opened with; a save from a stale version is refused by the
 * server (409) and the user's text stays on screen until they choose to load the saved one. Nothing is lost
 * silently: while there are changes that are not saved, the page says so, leaving it within the app asks first, and
 * closing or reloading the tab makes the browser ask.
 */
export function PlanEditor({ plan, report, onReload, reloading }: PlanEditorProps) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const [drafts, setDrafts] = useState<GoalDraft[]>(() => toDrafts(plan.goals));
  const [version, setVersion] = useState(plan.version ?? 0);
  const [updatedAt, setUpdatedAt] = useState(plan.updatedAt);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const focusNext = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const save = useSavePlan(plan.roundId, plan.leaderId);
  const share = useSharePlan(plan.roundId, plan.leaderId);
  const [sharedAt, setSharedAt] = useState(plan.sharedAt);
  const [savedState, setSavedState] = useState(() => JSON.stringify(toDrafts(plan.goals).map(toInput)));
  const current = useMemo(() => JSON.stringify(drafts.map(toInput)), [drafts]);
  const dirty = current !== savedState;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // After a goal is added, its title field gets focus once it is rendered.
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const update = (index: number, draft: GoalDraft) => {
    setSaved(false);
    setDrafts(drafts.map((current, i) => (i === index ? draft : current)));
  };
  const move = (index: number, offset: -1 | 1) => {
    const target = index + offset;
    if (target < 0 || target >= drafts.length) return;
    const next = [...drafts];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setSaved(false);
    setDrafts(next);
  };
  const remove = (index: number) => {
    setSaved(false);
    setDrafts(drafts.filter((_, i) => i !== index));
    headingRef.current?.focus();
  };
  const add = () => {
    const goal = emptyGoal();
    setSaved(false);
    setDrafts([...drafts, goal]);
    focusNext.current = fieldId(goal, 'title');
  };

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    drafts.forEach((draft, index) => {
      if (!draft.title.trim()) errors[apiField(index, 'title')] = t('plan.titleRequired');
      else if (draft.title.trim().length > MAX_TITLE) errors[apiField(index, 'title')] = t('plan.titleTooLong');
      if (draft.actions.trim().length > MAX_ACTIONS) errors[apiField(index, 'actions')] = t('plan.actionsTooLong');
    });
    return errors;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setStale(false);
    const errors = validate();
    const other = drafts.length > MAX_GOALS ? [t('plan.tooManyGoals')] : [];
    setFieldErrors(errors);
    setOtherErrors(other);
    if (Object.keys(errors).length > 0 || other.length > 0) {
      setTimeout(() => summaryRef.current?.focus());
      return;
    }
    save.mutate(
      { version, goals: drafts.map(toInput) },
      {
        onSuccess: (result) => {
          const next = toDrafts(result.goals);
          setDrafts(next);
          setSavedState(JSON.stringify(next.map(toInput)));
          setVersion(result.version ?? version + 1);
          setUpdatedAt(result.updatedAt);
          setSaved(true);
        },
        onError: (error) => {
          if (isApiError(error, 409) && error.problem?.type === STALE_VERSION) {
            setStale(true);
            setTimeout(() => staleRef.current?.focus());
            return;
          }
          const known = drafts.flatMap((_, index) => GOAL_FIELDS.map((field) => apiField(index, field)));
          const split = formErrors(error, known, t('plan.saveError'));
          setFieldErrors(split.fields);
          setOtherErrors(split.other);
          setTimeout(() => summaryRef.current?.focus());
        },
      },
    );
  };

  const summaryItems: ErrorSummaryItem[] = [
    ...drafts.flatMap((draft, index) =>
      GOAL_FIELDS.filter((field) => fieldErrors[apiField(index, field)]).map((field) => ({
        fieldId: fieldId(draft, field),
        message: `${t('plan.goal', { number: index + 1 })}: ${fieldErrors[apiField(index, field)]}`,
      })),
    ),
    ...otherErrors.map((message) => ({ message })),
  ];
  const errorsOf = (index: number) =>
    Object.fromEntries(
      GOAL_FIELDS.filter((field) => fieldErrors[apiField(index, field)]).map((field) => [field, fieldErrors[apiField(index, field)]]),
    ) as Partial<Record<GoalField, string>>;

  return (
    <form onSubmit={submit} noValidate className="lus-plan-editor">
      {stale && (
        <div className="alert alert-warning" role="alert" tabIndex={-1} ref={staleRef} aria-labelledby="plan-stale-heading">
          <div className="alert-body">
            <h2 className="alert-heading" id="plan-stale-heading">
              {t('plan.staleHeading')}
            </h2>
            <p className="alert-text">{t('plan.staleText')}</p>
            <button type="button" className="button button-secondary" onClick={onReload} disabled={reloading}>
              {t('plan.reload')}
            </button>
          </div>
        </div>
      )}
      {summaryItems.length > 0 && <ErrorSummary heading={t('plan.errorHeading')} items={summaryItems} ref={summaryRef} />}
      <h2 id="plan-goals-heading" tabIndex={-1} ref={headingRef}>
        {t('plan.goals')}
      </h2>
      {drafts.length === 0 && <p>{t('plan.noGoals')}</p>}
      {drafts.map((draft, index) => (
        <GoalFields
          key={draft.key}
          draft={draft}
          number={index + 1}
          count={drafts.length}
          report={report}
          errors={errorsOf(index)}
          onChange={(next) => update(index, next)}
          onMove={(offset) => move(index, offset)}
          onRemove={() => remove(index)}
        />
      ))}
      <p>
        <button type="button" className="button button-secondary" onClick={add} disabled={drafts.length >= MAX_GOALS}>
          {t('plan.addGoal')}
        </button>
      </p>
      <p className="lus-plan-editor__save">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('plan.saving') : t('plan.save')}
        </button>
      </p>
      <p role="status" className="lus-plan-editor__status">
        {dirty ? t('plan.unsaved') : saved ? t('plan.saved') : ''}{' '}
        {updatedAt ? t('plan.savedAt', { date: numbers.dateTime(updatedAt) }) : ''}
      </p>
      {plan.canShare && (
        <section aria-labelledby="plan-share-heading" className="lus-share">
          <h2 id="plan-share-heading" className="h3">
            {t('plan.share.heading')}
          </h2>
          <p>{t('plan.share.intro', { manager: plan.managerName })}</p>
          {version === 0 || dirty ? (
            <p className="form-hint">{t('plan.share.saveFirst')}</p>
          ) : null}
          <button
            type="button"
            className="button button-secondary"
            disabled={version === 0 || dirty || share.isPending}
            onClick={() => share.mutate(undefined, { onSuccess: (result) => setSharedAt(result.sharedAt) })}
          >
            {t('plan.share.button', { manager: plan.managerName })}
          </button>
          <p role="status">
            {sharedAt ? t('plan.share.done', { manager: plan.managerName, date: numbers.dateTime(sharedAt) }) : ''}
          </p>
          {share.isError && (
            <p className="alert alert-error" role="alert">
              {t('plan.share.error')}
            </p>
          )}
        </section>
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={t('plan.leaveDialog.title')}
          confirmLabel={t('plan.leaveDialog.leave')}
          cancelLabel={t('plan.leaveDialog.stay')}
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
          danger
        >
          <p>{t('plan.leaveDialog.body')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
