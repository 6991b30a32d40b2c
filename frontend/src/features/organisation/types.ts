import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type UnitSummary = Schemas['UnitSummary'];
export type OrgImportResult = Schemas['OrgImportResult'];
export type OrgImportSummary = Schemas['OrgImportSummary'];
export type UnitChange = Schemas['OrgImportUnitChange'];
export type PersonChange = Schemas['OrgImportPersonChange'];
export type AccountChange = Schemas['OrgImportAccountChange'];
export type ImportMode = 'preview' | 'apply';
