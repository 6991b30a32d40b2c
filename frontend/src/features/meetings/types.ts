import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Meeting = Schemas['MeetingEvaluation'];
export type MeetingList = Schemas['MeetingList'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingResult = Schemas['MeetingResult'];
export type MeetingValue = Schemas['MeetingValue'];
export type MeetingTrend = Schemas['MeetingTrend'];
export type MeetingValueOverview = Schemas['MeetingValueOverview'];
export type MeetingQuestion = Schemas['MeetingForParticipant'];
export type MeetingAnswer = Schemas['MeetingAnswer'];
