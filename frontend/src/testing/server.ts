import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { testSettings } from './fixtures';

/** Handlers every test gets; tests add their own with server.use(...). */
export const defaultHandlers = [http.get('*/api/settings', () => HttpResponse.json(testSettings))];

export const server = setupServer(...defaultHandlers);

export function problem(status: number, title: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail: title },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
