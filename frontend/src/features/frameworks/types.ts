import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Framework = Schemas['Framework'];
export type FrameworkSummary = Schemas['FrameworkSummary'];
export type FrameworkValue = Schemas['FrameworkValue'];
export type Statement = Schemas['Statement'];
export type VersionStatus = Schemas['VersionStatus'];
export type ValueInput = Schemas['ValueInput'];
export type StatementInput = Schemas['StatementInput'];
export type FrameworkExport = Schemas['FrameworkExport'];
export type FieldError = Schemas['FieldError'];
