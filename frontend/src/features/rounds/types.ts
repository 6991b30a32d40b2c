import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Round = Schemas['Round'];
export type RoundSummary = Schemas['RoundSummary'];
export type RoundInput = Schemas['RoundInput'];
export type RoundStatus = Schemas['RoundStatus'];
export type Evaluee = Schemas['Evaluee'];
export type RaterGroup = Schemas['RaterGroup'];
export type Access = Schemas['Access'];
export type Progress = Schemas['Progress'];
export type UnitProgress = Schemas['UnitProgress'];
export type LaunchSummary = Schemas['LaunchSummary'];
export type FrameworkSummary = Schemas['FrameworkSummary'];
export type UnitSummary = Schemas['UnitSummary'];
export type LeaderStatus = Schemas['LeaderStatus'];
export type GroupProgress = Schemas['GroupProgress'];
export type RespondentConfirmation = Schemas['RespondentConfirmation'];
