import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CurrentUser, Organisation } from '@/lib/api/types';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

const operator: CurrentUser = {
  id: '00000000-0000-4000-8000-0000000000op',
  name: 'Drift',
  email: 'drift@example.org',
  roles: [],
  operator: true,
};

const vesterby: Organisation = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'vesterby',
  name: 'Vesterby Kommune',
  active: true,
  createdAt: '2026-11-01T10:00:00Z',
  people: 412,
  rounds: 3,
};

describe('operator page', () => {
  beforeEach(() => {
    sessionStorage.setItem('pejling.token', 'operator-token');
    server.use(
      http.get('*/api/me', () => HttpResponse.json(operator)),
      http.get('*/api/organisations', () => HttpResponse.json([vesterby])),
    );
  });

  it('sends the operator from the landing page to the organisations, counts only', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/drift');
    const row = await screen.findByRole('row', { name: /Vesterby Kommune/ });
    expect(within(row).getByText('412')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
  });

  it('creates an organisation with its admin', async () => {
    let sent: unknown;
    server.use(
      http.post('*/api/organisations', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...vesterby, id: 'x', name: 'Nordby Kommune' }, { status: 201 });
      }),
    );
    renderApp('/drift');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Organisationens navn'), 'Nordby Kommune');
    await user.type(screen.getByLabelText('Administratorens navn'), 'Camilla Thorsen');
    await user.type(screen.getByLabelText('Administratorens e-mail'), 'camilla@nordby.dk');
    await user.click(screen.getByRole('button', { name: 'Opret organisation' }));
    expect(await screen.findByText(/Nordby Kommune er oprettet/)).toBeInTheDocument();
    expect(sent).toEqual({ name: 'Nordby Kommune', adminName: 'Camilla Thorsen', adminEmail: 'camilla@nordby.dk' });
  });
});
