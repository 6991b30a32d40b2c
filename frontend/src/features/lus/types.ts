import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type ConversationGuide = Schemas['ConversationGuide'];
export type GuideValue = Schemas['GuideValue'];
export type GuideStatement = Schemas['GuideStatement'];
export type GuideDilemma = Schemas['GuideDilemma'];
export type DevelopmentPlan = Schemas['DevelopmentPlan'];
export type PlanGoal = Schemas['PlanGoal'];
export type PlanInput = Schemas['PlanInput'];
export type PlanGoalInput = Schemas['PlanGoalInput'];
export type GoalStatus = Schemas['GoalStatus'];
export type LeaderReport = Schemas['LeaderReport'];
export type PlanComment = Schemas['PlanComment'];
