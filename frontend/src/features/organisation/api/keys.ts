import { queryKeys } from '@/lib/queries/keys';

/** An applied import refreshes everything under the organisation, the shared unit list included. */
export const orgKeys = queryKeys.organisation;
