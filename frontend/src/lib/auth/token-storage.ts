/**
 * The session token lives in sessionStorage: gone when the tab closes, never shared between tabs. Components that
 * depend on it subscribe (useToken), so that a session the server ends sends the user to the login wherever it is
 * noticed.
 */
const KEY = 'pejling.token';
const END_KEY = 'pejling.sessionEnd';

export type SessionEnd = 'logout' | 'expired';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function getToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setToken(token: string): void {
  sessionStorage.setItem(KEY, token);
  sessionStorage.removeItem(END_KEY);
  notify();
}

/** Forgets the token; `expired` when the server refused it (401), so the login page can say why it is shown. */
export function clearToken(reason: SessionEnd = 'logout'): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.setItem(END_KEY, reason);
  notify();
}

/** How the last session of this tab ended, if it did. */
export function sessionEnd(): SessionEnd | null {
  const reason = sessionStorage.getItem(END_KEY);
  return reason === 'logout' || reason === 'expired' ? reason : null;
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
