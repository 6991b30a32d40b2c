import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type ReportSummary = Schemas['ReportSummary'];
export type Relation = Schemas['Relation'];
export type LeaderReport = Schemas['LeaderReport'];
export type ValueReport = Schemas['ValueReport'];
export type StatementReport = Schemas['StatementReport'];
export type EmployeeFigures = Schemas['EmployeeFigures'];
export type SingleRating = Schemas['SingleRating'];
export type StatementRef = Schemas['StatementRef'];
export type ResponseRate = Schemas['ResponseRate'];
export type Trend = Schemas['Trend'];
export type PlanView = Schemas['PlanView'];
export type RaterGroup = Schemas['RaterGroup'];
