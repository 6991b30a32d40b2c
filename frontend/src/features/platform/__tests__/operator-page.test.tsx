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

  it('deactivates an organisation only after the operator confirms, and then offers no more actions', async () => {
    let deactivated: string[] = [];
    server.use(
      http.get('*/api/organisations', () =>
        HttpResponse.json([{ ...vesterby, active: !deactivated.includes(vesterby.id) }]),
      ),
      http.post('*/api/organisations/:id/deactivate', ({ params }) => {
        deactivated = [...deactivated, String(params.id)];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/drift');
    const user = userEvent.setup();
    const row = await screen.findByRole('row', { name: /Vesterby Kommune/ });
    expect(within(row).getByText('Aktiv')).toBeInTheDocument();

    // Cancelling sends nothing.
    await user.click(within(row).getByRole('button', { name: 'Deaktivér Vesterby Kommune' }));
    let dialog = await screen.findByRole('dialog', { name: 'Deaktivér Vesterby Kommune?' });
    expect(dialog).toHaveTextContent('Ingen i organisationen kan logge ind bagefter');
    await user.click(within(dialog).getByRole('button', { name: 'Annullér' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deactivated).toEqual([]);

    await user.click(within(row).getByRole('button', { name: 'Deaktivér Vesterby Kommune' }));
    dialog = await screen.findByRole('dialog', { name: 'Deaktivér Vesterby Kommune?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deaktivér' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Vesterby Kommune er deaktiveret.');
    expect(deactivated).toEqual([vesterby.id]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const after = await screen.findByRole('row', { name: /Vesterby Kommune/ });
    expect(await within(after).findByText('Deaktiveret')).toBeInTheDocument();
    expect(within(after).queryByRole('button')).not.toBeInTheDocument();
  });

  it('sends the admin invitation again and says how many got it, or why none did', async () => {
    let answer: 'sent' | 'none' | 'error' = 'sent';
    let calls = 0;
    server.use(
      http.post('*/api/organisations/:id/admin-invitation', ({ params }) => {
        calls += 1;
        expect(params.id).toBe(vesterby.id);
        if (answer === 'none')
          return HttpResponse.json(
            { type: 'urn:pejling:problem:conflict', title: 'Ingen', status: 409 },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
        if (answer === 'error') return new HttpResponse(null, { status: 500 });
        return HttpResponse.json({ sent: 2 });
      }),
    );
    renderApp('/drift');
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Send invitation til administrator for Vesterby Kommune igen' });
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'En ny invitation er sendt til 2 administrator(er) i Vesterby Kommune.',
    );
    answer = 'none';
    await user.click(button);
    expect(await screen.findByText('Alle administratorer i Vesterby Kommune har allerede valgt en adgangskode.')).toBeInTheDocument();
    answer = 'error';
    await user.click(button);
    expect(await screen.findByText('Det lykkedes ikke. Prøv igen om lidt.')).toBeInTheDocument();
    expect(calls).toBe(3);
  });
});
