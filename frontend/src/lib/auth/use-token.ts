import { useSyncExternalStore } from 'react';
import { getToken, subscribeToken } from './token-storage';

/** The current token (null when logged out), re-rendering when it is set or cleared. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken, getToken);
}
