import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { LoginRequest } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-mail'), email);
  await user.type(screen.getByLabelText('Adgangskode'), password);
  await user.click(screen.getByRole('button', { name: 'Log ind' }));
}

describe('login page', () => {
  it('shows and announces "Forkert e-mail eller adgangskode" on 401', async () => {
    server.use(http.post('*/api/auth/login', () => problem(401, 'Unauthorized')));
    renderApp('/login');

    await fillAndSubmit('hr@example.org', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forkert e-mail eller adgangskode');
    expect(sessionStorage.getItem('pejling.token')).toBeNull();
    expect(document.title).toBe('Log ind – Pejling');
  });

  it('marks empty fields inline without calling the API', async () => {
    renderApp('/login');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log ind' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Indtast din e-mail');
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription('Fejl: Indtast din e-mail');
    expect(screen.getByLabelText('Adgangskode')).toHaveAccessibleDescription('Fejl: Indtast din adgangskode');
  });

  it('stores the token and goes to the landing page on success', async () => {
    let sent: LoginRequest | undefined;
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        sent = (await request.json()) as LoginRequest;
        return HttpResponse.json({ token: 'jwt-token', expiresAt: '2030-01-01T00:00:00Z', user: testUser(['leader']) });
      }),
    );
    const { router } = renderApp('/login');

    await fillAndSubmit('leder@example.org', 'secret');

    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen, Test Testesen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(sent).toEqual({ email: 'leder@example.org', password: 'secret' });
    expect(sessionStorage.getItem('pejling.token')).toBe('jwt-token');
  });

  it('returns to the deep link the user asked for', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ token: 't', expiresAt: '2030-01-01T00:00:00Z', user: testUser(['leader']) }),
      ),
    );
    const { router } = renderApp('/rapporter/123');
    await screen.findByRole('heading', { level: 1, name: 'Log ind' });

    await fillAndSubmit('leder@example.org', 'secret');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine rapporter' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rapporter/123');
  });
});
