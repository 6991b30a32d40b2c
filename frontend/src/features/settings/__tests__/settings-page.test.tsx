import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

const accounts: Account[] = [
  { personId: 'p1', name: 'Ida Berg', email: 'ida@kommune.dk', roles: ['hr'], active: true, passwordSet: false, welcomeSentAt: '2026-11-20T09:00:00Z' },
  { personId: 'p2', name: 'Ole Dam', email: 'ole@kommune.dk', roles: ['leader'], active: true, passwordSet: true },
];

describe('settings page', () => {
  beforeEach(() => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(http.get('*/api/accounts', () => HttpResponse.json(accounts)));
  });

  it('shows HR who has never chosen a password and sends the welcome again', async () => {
    let resent = '';
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['hr']))),
      http.post('*/api/accounts/:personId/welcome', ({ params }) => {
        resent = String(params.personId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/indstillinger');
    const ida = await screen.findByRole('row', { name: /Ida Berg/ });
    expect(within(ida).getByText('Aldrig valgt')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Ole Dam/ })).getByText('Valgt')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Eget login (single sign-on)' })).not.toBeInTheDocument();
    await userEvent.setup().click(within(ida).getByRole('button', { name: 'Send velkomstmail til Ida Berg igen' }));
    expect(await screen.findByText('En ny velkomstmail er på vej til Ida Berg.')).toBeInTheDocument();
    expect(resent).toBe('p1');
  });

  it('lets an admin set up single sign-on without ever seeing the secret', async () => {
    let sent: Record<string, unknown> = {};
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['admin']))),
      http.get('*/api/audit', () => HttpResponse.json([])),
      http.get('*/api/auth/sso-settings', () =>
        HttpResponse.json({
          configured: false, enabled: false, clientSecretSet: false, emailClaim: 'email', passwordsAllowed: true,
          domains: [], redirectPath: '/api/auth/sso/testkommune/callback',
        }),
      ),
      http.put('*/api/auth/sso-settings', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...sent, configured: true, clientSecretSet: true, redirectPath: '/x' });
      }),
    );
    renderApp('/indstillinger');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Udsteder (issuer-URL)'), 'https://login.microsoftonline.com/abc/v2.0');
    await user.type(screen.getByLabelText('Klient-id (application id)'), 'app-id');
    await user.type(screen.getByLabelText('Klienthemmelighed'), 'hemmelig');
    await user.type(screen.getByLabelText('E-maildomæner'), 'kommune.dk');
    await user.click(screen.getByRole('button', { name: 'Gem eget login' }));
    expect(await screen.findByText('Indstillingerne for eget login er gemt.')).toBeInTheDocument();
    expect(sent).toMatchObject({ issuer: 'https://login.microsoftonline.com/abc/v2.0', clientId: 'app-id',
      clientSecret: 'hemmelig', domains: ['kommune.dk'], passwordsAllowed: true, enabled: true });
    expect(screen.getByRole('heading', { name: 'Revisionslog' })).toBeInTheDocument();
  });
});
