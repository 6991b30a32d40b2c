import type { Evaluee, RaterGroup, Round, RoundInput } from './types';

/** The server's defaults (RoundInput), shown before a round has them. */
export const DEFAULTS = {
  k: 5,
  includeSelf: true,
  includeManager: true,
  managerAccess: 'REPORT',
  hrAccess: 'NONE',
  retentionMonths: 24,
  reminderDaysBefore: 3,
  confirmRespondents: false,
} as const;

export const STEPS = [1, 2, 3, 4, 5] as const;
export type Step = (typeof STEPS)[number];

export function toStep(value: string | null): Step {
  const n = Number(value);
  return (STEPS as readonly number[]).includes(n) ? (n as Step) : 1;
}

/** The settings of a round as PUT wants them: every step sends the whole set with its own changes. */
export function inputOf(round: Round): RoundInput {
  const k = round.k ?? DEFAULTS.k;
  return {
    frameworkVersionId: round.frameworkVersionId,
    name: round.name,
    closesAt: round.closesAt,
    k,
    kStory: round.kStory ?? k,
    kPeer: round.kPeer ?? 3,
    includeSelf: round.includeSelf ?? DEFAULTS.includeSelf,
    includeManager: round.includeManager ?? DEFAULTS.includeManager,
    managerAccess: round.managerAccess,
    hrAccess: round.hrAccess,
    retentionMonths: round.retentionMonths ?? DEFAULTS.retentionMonths,
    reminderDaysBefore: round.reminderDaysBefore ?? DEFAULTS.reminderDaysBefore,
    confirmRespondents: round.confirmRespondents ?? DEFAULTS.confirmRespondents,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the local date and time of the native inputs ("2026-03-01", "12:00"). */
export function localDateAndTime(instant: string | undefined): { date: string; time: string } {
  if (!instant) return { date: '', time: '12:00' };
  const d = new Date(instant);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The local date and time of the inputs as an ISO instant. */
export function toInstant(date: string, time: string): string {
  return new Date(`${date}T${time}`).toISOString();
}

/** Invitations per rater group, summed over the leaders: the e-mails that go out at launch. */
export function invitedByGroup(evaluees: readonly Evaluee[]): Record<RaterGroup, number> {
  const totals: Record<RaterGroup, number> = { EMPLOYEE: 0, PEER: 0, SELF: 0, MANAGER: 0 };
  for (const evaluee of evaluees) {
    for (const count of evaluee.invited) totals[count.group] += count.invited ?? 0;
  }
  return totals;
}

export function totalInvited(evaluees: readonly Evaluee[]): number {
  return Object.values(invitedByGroup(evaluees)).reduce((sum, n) => sum + n, 0);
}

/** A whole number from a number input, or undefined when it is empty or not whole or outside [min, max]. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*-?\d+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}
