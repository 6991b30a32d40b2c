import type { components } from './schema';

type Schemas = components['schemas'];

export type CurrentUser = Schemas['CurrentUser'];
export type Role = Schemas['Role'];
export type LoginRequest = Schemas['LoginRequest'];
export type LoginResponse = Schemas['LoginResponse'];
export type PublicSettings = Schemas['PublicSettings'];
export type Problem = Schemas['Problem'];
