import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The link's token arrives in the URL fragment, `/m#<token>`, which browsers never send to a server. It is taken from
 * there once, kept in sessionStorage (so a reload works) and removed from the address bar at once.
 */
const TOKEN_KEY = 'pejling.meeting';
const BROWSER_KEY = 'pejling.meeting-browser';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;

export function tokenFromHash(hash: string): string | null {
  const candidate = hash.startsWith('#') ? hash.slice(1) : hash;
  return TOKEN_PATTERN.test(candidate) ? candidate : null;
}

export function useMeetingToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const fromHash = tokenFromHash(location.hash);
  const [token] = useState(() => fromHash ?? sessionStorage.getItem(TOKEN_KEY));
  useEffect(() => {
    if (fromHash === null) return;
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true });
  }, [fromHash, location.pathname, location.search, navigate]);
  return fromHash ?? token;
}

/**
 * This browser's own random key (128 bits, base64url), made once and kept: the server allows one answer per key and
 * meeting, and learns nothing else from it.
 */
export function browserKey(): string {
  const stored = localStorage.getItem(BROWSER_KEY);
  if (stored && /^[A-Za-z0-9_-]{22,100}$/.test(stored)) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  localStorage.setItem(BROWSER_KEY, key);
  return key;
}

/** The participant's address for a link path from the server ("/m#…"). */
export function participantUrl(link: string): string {
  return `${globalThis.location?.origin ?? ''}${link}`;
}
