import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The invitation token (A8) arrives in the URL fragment, `/s#<token>`, which browsers never send to a server.
 * It is taken from there once, kept in memory and in sessionStorage (so a reload works, and gone with the tab),
 * and removed from the address bar at once, so it stays out of the history and off the screen. It is sent only
 * in the X-Survey-Token header, and never logged.
 */
const KEY = 'pejling.survey';

/** base64url, as the server makes them; other fragments (the skip link's #main-content) are not tokens. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;

export function tokenFromHash(hash: string): string | null {
  const candidate = hash.startsWith('#') ? hash.slice(1) : hash;
  return TOKEN_PATTERN.test(candidate) ? candidate : null;
}

export function storedSurveyToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function clearSurveyToken(): void {
  sessionStorage.removeItem(KEY);
}

export interface SurveyLink {
  token: string | null;
  /** Counts the times a link was opened in this tab; each opening starts afresh (a new GET), even with the same token. */
  opening: number;
}

/** The token of the link this tab was opened with, or null when there is none. */
export function useSurveyToken(): SurveyLink {
  const location = useLocation();
  const navigate = useNavigate();
  const fromHash = tokenFromHash(location.hash);
  const [link, setLink] = useState(() => ({
    token: fromHash ?? storedSurveyToken(),
    opening: 0,
    from: fromHash === null ? null : location,
  }));

  // The link opened again in the same tab: only the fragment differs, so the page does not reload, but the
  // router gets a new location. Every location that brings a token is a new opening.
  if (fromHash !== null && link.from !== location) setLink({ token: fromHash, opening: link.opening + 1, from: location });

  useEffect(() => {
    if (fromHash === null) return;
    sessionStorage.setItem(KEY, fromHash);
    // Through the router, which replaces the history entry (history.replaceState) and keeps its own location in step.
    void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true });
  }, [fromHash, location.pathname, location.search, navigate]);

  return { token: link.token, opening: link.opening };
}
