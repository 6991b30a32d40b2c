import type { components } from './schema';

type Schemas = components['schemas'];

export type CurrentUser = Schemas['CurrentUser'];
export type Role = Schemas['Role'];
export type LoginRequest = Schemas['LoginRequest'];
export type LoginResponse = Schemas['LoginResponse'];
export type PublicSettings = Schemas['PublicSettings'];
export type Problem = Schemas['Problem'];
export type Organisation = Schemas['Organisation'];
export type OrganisationInput = Schemas['OrganisationInput'];
export type Account = Schemas['Account'];
export type AuditEntry = Schemas['AuditEntry'];
export type SsoSettings = Schemas['SsoSettings'];
export type SsoSettingsInput = Schemas['SsoSettingsInput'];
export type SsoOrganisation = Schemas['SsoOrganisation'];
