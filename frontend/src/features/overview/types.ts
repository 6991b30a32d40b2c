import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type RoundSummary = Schemas['RoundSummary'];
export type Overview = Schemas['Overview'];
export type OverviewRow = Schemas['OverviewRow'];
export type OverviewCell = Schemas['OverviewCell'];
export type OverviewValue = Schemas['OverviewValue'];
export type OverviewStatement = Schemas['OverviewStatement'];
export type MaskReason = Schemas['MaskReason'];
export type StatementQualityReport = Schemas['StatementQualityReport'];
export type ValueQuality = Schemas['ValueQuality'];
export type StatementQuality = Schemas['StatementQuality'];
export type QualityFlag = Schemas['QualityFlag'];
export type ExportFormat = 'csv' | 'xlsx';
