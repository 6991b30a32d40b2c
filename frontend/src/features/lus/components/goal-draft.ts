import type { GoalStatus, PlanGoal, PlanGoalInput } from '../types';

/** A goal as the editor holds it: every field a string, so inputs stay controlled. */
export interface GoalDraft {
  key: string;
  title: string;
  valueId: string;
  statementId: string;
  actions: string;
  dueDate: string;
  status: GoalStatus;
}

export const GOAL_STATUSES: readonly GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
export const GOAL_FIELDS = ['title', 'valueId', 'statementId', 'actions', 'dueDate', 'status'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];
export const MAX_GOALS = 20;
export const MAX_TITLE = 300;
export const MAX_ACTIONS = 2000;

let counter = 0;
function newKey(): string {
  counter += 1;
  return `goal-${counter}`;
}

export function emptyGoal(): GoalDraft {
  return { key: newKey(), title: '', valueId: '', statementId: '', actions: '', dueDate: '', status: 'NOT_STARTED' };
}

export function toDrafts(goals: readonly PlanGoal[]): GoalDraft[] {
  return goals.map((goal) => ({
    key: newKey(),
    title: goal.title,
    valueId: goal.valueId ?? '',
    statementId: goal.statementId ?? '',
    actions: goal.actions ?? '',
    dueDate: goal.dueDate ?? '',
    status: goal.status,
  }));
}

export function toInput(draft: GoalDraft): PlanGoalInput {
  const input: PlanGoalInput = { title: draft.title.trim(), status: draft.status };
  if (draft.valueId) input.valueId = draft.valueId;
  if (draft.statementId) input.statementId = draft.statementId;
  if (draft.actions.trim()) input.actions = draft.actions.trim();
  if (draft.dueDate) input.dueDate = draft.dueDate;
  return input;
}

/** The id of a goal's input, for labels and for links from the error summary. */
export function fieldId(draft: GoalDraft, field: GoalField): string {
  return `${draft.key}-${field}`;
}

/** The API's name of a goal's field: "goals[2].title". */
export function apiField(index: number, field: GoalField): string {
  return `goals[${index}].${field}`;
}
