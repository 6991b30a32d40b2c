import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import { FRAMEWORK_ID, loggedInAs, serveFramework, summaryOf, testFramework } from './framework-fixtures';

describe('framework list page', () => {
  it('lists the versions with their status', async () => {
    loggedInAs(['hr']);
    const published = testFramework({ id: '33333333-3333-4333-8333-333333333333', status: 'PUBLISHED', name: 'Vores ledelsesgrundlag' });
    server.use(http.get('*/api/frameworks', () => HttpResponse.json([summaryOf(testFramework()), summaryOf(published)])));
    renderApp('/ledelsesgrundlag');

    const table = await screen.findByRole('table', { name: 'Organisationens ledelsesgrundlag og deres versioner' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Kodeks for god ledelse' })).toHaveAttribute('href', `/ledelsesgrundlag/${FRAMEWORK_ID}`);
    expect(rows[0]).toHaveTextContent('Kladde');
    expect(rows[1]).toHaveTextContent('Offentliggjort');
    expect(document.title).toBe('Ledelsesgrundlag – Pejling');
  });

  it('creates a draft from the Kodeks template and opens it in the editor', async () => {
    loggedInAs(['hr']);
    let sent: unknown;
    server.use(
      http.get('*/api/frameworks', () => HttpResponse.json([])),
      http.post('*/api/frameworks', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(testFramework(), { status: 201 });
      }),
    );
    serveFramework(testFramework());
    const { router } = renderApp('/ledelsesgrundlag');

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Opret fra Kodeks for god ledelse' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kodeks for god ledelse' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/ledelsesgrundlag/${FRAMEWORK_ID}`);
    expect(sent).toEqual({ template: 'kodeks-for-god-ledelse' });
    expect(screen.getByRole('heading', { level: 3, name: '1. Synlig' })).toBeInTheDocument();
  });

  it('lists the problems of a refused import by field path', async () => {
    loggedInAs(['hr']);
    server.use(
      http.get('*/api/frameworks', () => HttpResponse.json([])),
      http.post('*/api/frameworks/import', () =>
        HttpResponse.json(
          { title: 'Ugyldige data', status: 400, errors: [{ field: 'values[0].statements[1].text', message: 'skal udfyldes' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/ledelsesgrundlag');
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Fil med ledelsesgrundlag (JSON)');
    await user.upload(input, new File(['{"format":"pejling-ledelsesgrundlag"}'], 'lg.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Importér fra fil' }));

    expect(await screen.findByText('Værdi 1, udsagn 2, medarbejderformulering: skal udfyldes')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('is not for leaders', async () => {
    loggedInAs(['leader']);
    renderApp('/ledelsesgrundlag');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeInTheDocument();
  });
});
