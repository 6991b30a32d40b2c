/** The session token lives in sessionStorage: gone when the tab closes, never shared between tabs. */
const KEY = 'pejling.token';

export function getToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}
