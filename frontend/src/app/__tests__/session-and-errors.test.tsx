import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

function loggedIn() {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))));
}

describe('the session', () => {
  it('sends the user to the login with a word why when any request finds the session expired', async () => {
    loggedIn();
    server.use(http.get('*/api/reports', () => problem(401, 'Du skal logge ind')));
    const { router } = renderApp('/rapporter');

    // The reports page loads its code, then asks for the list; the 401 then ends the session.
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Din session er udløbet');
    expect(router.state.location.pathname).toBe('/login');
    expect(sessionStorage.getItem('pejling.token')).toBeNull();
    // The page asked for is where the login returns to.
    expect(router.state.location.state).toMatchObject({ from: '/rapporter', expired: true });
  });

  it('says nothing about an expired session on a plain visit to the login', async () => {
    renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(screen.queryByText(/session er udløbet/)).not.toBeInTheDocument();
  });

  it('asks the server for titles and field messages in the UI language', async () => {
    loggedIn();
    let language: string | null = null;
    server.use(
      http.get('*/api/reports', ({ request }) => {
        language = request.headers.get('Accept-Language');
        return HttpResponse.json([]);
      }),
    );
    renderApp('/rapporter');
    expect(await screen.findByText('Du har endnu ingen rapporter.')).toBeInTheDocument();
    expect(language).toBe('da');
  });
});

describe('the error boundary', () => {
  it('shows a page that fails while rendering as an error inside the layout, with the way on', async () => {
    loggedIn();
    // Not the list the page expects: rendering it throws.
    server.use(http.get('*/api/reports', () => HttpResponse.json({ unexpected: true })));
    renderApp('/rapporter');

    expect(await screen.findByRole('heading', { level: 1, name: 'Siden kunne ikke vises' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Prøv at genindlæse siden');
    expect(screen.getByRole('button', { name: 'Genindlæs siden' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Hovedmenu' })).getByRole('link', { name: 'Forside' })).toBeInTheDocument();
  });
});
