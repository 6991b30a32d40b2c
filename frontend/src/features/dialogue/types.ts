import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type TeamDialogues = Schemas['TeamDialogues'];
export type TeamDialogue = Schemas['TeamDialogue'];
export type TeamDialogueInput = Schemas['TeamDialogueInput'];
export type TeamDialogueRecord = Schemas['TeamDialogueRecord'];
export type LeaderTeam = Schemas['LeaderTeam'];
