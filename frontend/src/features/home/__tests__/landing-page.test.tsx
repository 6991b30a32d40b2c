import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(
    http.get('*/api/me', ({ request }) =>
      request.headers.get('Authorization') === 'Bearer token'
        ? HttpResponse.json(testUser(roles))
        : new HttpResponse(null, { status: 401 }),
    ),
  );
}

async function areaCards(): Promise<string[]> {
  const section = await screen.findByRole('region', { name: 'Dine områder' });
  return within(section)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');
}

describe('landing page', () => {
  it.each<[Role[], string[]]>([
    [['hr'], ['Ledelsesgrundlag', 'Organisation', 'Evalueringsrunder', 'Overblik', 'Mødeevalueringer', 'Konti og indstillinger']],
    [['leader'], ['Mine rapporter', 'Udviklingsplan', 'Mødeevalueringer', 'Lederteamets dialog']],
    [['manager'], ['Mine ledere', 'Mødeevalueringer', 'Lederteamets dialog']],
    [['admin'], ['Konti og indstillinger']],
    [
      ['hr', 'admin'],
      ['Ledelsesgrundlag', 'Organisation', 'Evalueringsrunder', 'Overblik', 'Mødeevalueringer', 'Konti og indstillinger'],
    ],
    [['manager', 'leader'], ['Mine rapporter', 'Udviklingsplan', 'Mine ledere', 'Mødeevalueringer', 'Lederteamets dialog']],
  ])('for roles %j shows exactly %j', async (roles, expected) => {
    loggedInAs(roles);
    renderApp('/');
    expect(await areaCards()).toEqual(expected);
  });

  it('greets the user and shows the organisation', async () => {
    loggedInAs(['leader']);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen, Test Testesen' })).toBeInTheDocument();
    expect(screen.getByText('Du er logget ind i Testkommune.')).toBeInTheDocument();
    expect(document.title).toBe('Forside – Pejling');
  });

  it('sends a visitor without a token to the login page', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('refuses an area the roles do not give', async () => {
    loggedInAs(['leader']);
    renderApp('/ledelsesgrundlag');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeInTheDocument();
  });

  it('logs out', async () => {
    loggedInAs(['hr']);
    const { router } = renderApp('/');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log ud' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(sessionStorage.getItem('pejling.token')).toBeNull();
  });

  it('shows a Danish 404 page for an unknown route', async () => {
    renderApp('/findes-ikke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
  });
});
