import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/api/types';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { OrgImportResult, UnitSummary } from '../types';

const CSV = 'enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\nÆldreplejen;Rådhuset;Søren Ærø;soeren@kommune.dk;;leader\n';

const units: UnitSummary[] = [
  { id: '10000000-0000-4000-8000-000000000001', parentId: undefined, name: 'Rådhuset', people: 2 },
  { id: '10000000-0000-4000-8000-000000000002', parentId: '10000000-0000-4000-8000-000000000001', name: 'Ældreplejen', people: 14 },
];

function loggedInAs(roles: Role[]) {
  sessionStorage.setItem('pejling.token', 'token');
  server.use(
    http.get('*/api/me', () => HttpResponse.json(testUser(roles))),
    http.get('*/api/org/units', () => HttpResponse.json(units)),
  );
}

function result(overrides: Partial<OrgImportResult> = {}): OrgImportResult {
  return {
    mode: 'preview',
    applied: false,
    rows: 1,
    summary: {
      unitsCreated: 1,
      unitsMoved: 0,
      peopleCreated: 1,
      peopleUpdated: 0,
      peopleMoved: 0,
      peopleDeactivated: 2,
      peopleUnchanged: 0,
      accountsCreated: 1,
      accountsUpdated: 0,
      accountsDeactivated: 0,
    },
    units: [{ name: 'Hjemmeplejen', parent: 'Ældreplejen', change: 'CREATED' }],
    people: [
      { line: 2, email: 'soeren@kommune.dk', name: 'Søren Ærø', unit: 'Hjemmeplejen', changes: ['CREATED'] },
      { email: 'bente@kommune.dk', name: 'Bente Sørensen', unit: 'Ældreplejen', changes: ['DEACTIVATED'] },
      { email: 'lars@kommune.dk', name: 'Lars Holm', unit: 'Ældreplejen', changes: ['DEACTIVATED'] },
    ],
    accounts: [{ email: 'soeren@kommune.dk', roles: ['leader'], previousRoles: [], change: 'CREATED' }],
    ...overrides,
  };
}

async function chooseFileAndPreview(content = CSV) {
  const user = userEvent.setup();
  const input = await screen.findByLabelText('CSV-fil med organisationen');
  await user.upload(input, new File([content], 'organisation.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Vis ændringer' }));
  return user;
}

describe('organisation page', () => {
  it('shows the unit tree and the file format', async () => {
    loggedInAs(['hr']);
    renderApp('/organisation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation' })).toBeInTheDocument();
    const tree = await screen.findByText(/Ældreplejen/, { selector: 'li li' });
    expect(tree).toHaveTextContent('Ældreplejen (14 personer)');
    expect(screen.getByRole('table', { name: 'Kolonnerne i filen' })).toHaveTextContent('leders e-mail');
    expect(document.title).toBe('Organisation – Pejling');
  });

  it('previews a file: the changes in tables, sent as text/csv in preview mode', async () => {
    loggedInAs(['hr']);
    let sent: { body: string; type: string | null; mode: string | null } | undefined;
    server.use(
      http.post('*/api/org/import', async ({ request }) => {
        sent = { body: await request.text(), type: request.headers.get('Content-Type'), mode: new URL(request.url).searchParams.get('mode') };
        return HttpResponse.json(result());
      }),
    );
    renderApp('/organisation');
    await chooseFileAndPreview();

    const heading = await screen.findByRole('heading', { name: 'Ændringer, hvis du gennemfører importen' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(sent).toEqual({ body: CSV, type: 'text/csv', mode: 'preview' });
    const summary = screen.getByRole('table', { name: 'Antal ændringer' });
    expect(within(summary).getByRole('row', { name: 'Personer, der deaktiveres 2' })).toBeInTheDocument();
    const people = screen.getByRole('table', { name: 'Personer, der ændres' });
    expect(within(people).getAllByRole('row')).toHaveLength(4);
    expect(within(people).getByRole('row', { name: /Bente Sørensen/ })).toHaveTextContent('Deaktiveres');
    expect(screen.getByRole('table', { name: 'Logins og roller, der ændres' })).toHaveTextContent('leader');
    expect(screen.getByRole('table', { name: 'Enheder, der oprettes eller flyttes' })).toHaveTextContent('Hjemmeplejen');
  });

  it('warns before anyone is deactivated, with the count and the names', async () => {
    loggedInAs(['hr']);
    server.use(http.post('*/api/org/import', () => HttpResponse.json(result())));
    renderApp('/organisation');
    await chooseFileAndPreview();

    const warning = await screen.findByRole('region', { name: '2 personer bliver deaktiveret' });
    expect(warning).toHaveTextContent('Personerne står ikke i filen og bliver deaktiveret');
    expect(within(warning).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Bente Sørensen (bente@kommune.dk), Ældreplejen',
      'Lars Holm (lars@kommune.dk), Ældreplejen',
    ]);
  });

  it('shows no warning when nobody is deactivated, and long lists in part', async () => {
    loggedInAs(['hr']);
    const people = Array.from({ length: 620 }, (_, i) => ({
      line: i + 2,
      email: `p${i}@kommune.dk`,
      name: `Person ${i}`,
      unit: 'Ældreplejen',
      changes: ['CREATED' as const],
    }));
    server.use(http.post('*/api/org/import', () => HttpResponse.json(result({ people }))));
    renderApp('/organisation');
    await chooseFileAndPreview();

    const table = await screen.findByRole('table', { name: 'Personer, der ændres' });
    expect(within(table).getAllByRole('row')).toHaveLength(501);
    expect(screen.getByText('Viser de første 500 af 620.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /deaktiveret/ })).not.toBeInTheDocument();
  });

  it('downloads the organisation as the CSV file to start from', async () => {
    loggedInAs(['hr']);
    let language: string | null = null;
    server.use(
      http.get('*/api/org/export', ({ request }) => {
        language = request.headers.get('Accept-Language');
        return new HttpResponse('\uFEFFenhed;overordnet enhed;navn;e-mail;leders e-mail;roller\r\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="organisation.csv"' },
        });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:organisation');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    renderApp('/organisation');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Hent organisationen (CSV)' }));

    expect(await screen.findByText('Filen organisation.csv er hentet.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(language).toBe('da');
  });

  it('lists every error of a refused file by line and column in an error summary', async () => {
    loggedInAs(['hr']);
    server.use(
      http.post('*/api/org/import', () =>
        HttpResponse.json(
          {
            title: 'Ugyldige data',
            status: 400,
            detail: 'Filen blev ikke importeret: 3 fejl.',
            errors: [
              { field: 'line 1: header', message: 'ukendt kolonne »farve«' },
              { field: 'line 3: manager e-mail', message: 'en person kan ikke være sin egen leder' },
              { field: 'line 4', message: 'har 7 felter, men overskriften har 6' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/organisation');
    await chooseFileAndPreview();

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(within(alert).getByRole('heading', { name: 'Filen blev ikke importeret: 3 fejl' })).toBeInTheDocument();
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Linje 1, overskriftslinjen: ukendt kolonne »farve«',
      'Linje 3, leders e-mail: en person kan ikke være sin egen leder',
      'Linje 4: har 7 felter, men overskriften har 6',
    ]);
    expect(screen.queryByRole('button', { name: 'Gennemfør import' })).not.toBeInTheDocument();
  });

  it('refuses a file that is not UTF-8 before sending it', async () => {
    loggedInAs(['hr']);
    renderApp('/organisation');
    const user = userEvent.setup();
    const input = await screen.findByLabelText('CSV-fil med organisationen');
    await user.upload(input, new File([new Uint8Array([0x65, 0x6e, 0x68, 0x65, 0x64, 0x3b, 0xc6, 0x0a])], 'latin1.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Vis ændringer' }));
    expect(await screen.findByText(/Filen er ikke gemt som UTF-8/)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('applies the previewed file after a confirmation and reports success', async () => {
    loggedInAs(['hr']);
    const modes: (string | null)[] = [];
    server.use(
      http.post('*/api/org/import', ({ request }) => {
        const mode = new URL(request.url).searchParams.get('mode');
        modes.push(mode);
        return HttpResponse.json(mode === 'apply' ? result({ mode: 'apply', applied: true }) : result());
      }),
    );
    renderApp('/organisation');
    const user = await chooseFileAndPreview();
    await user.click(await screen.findByRole('button', { name: 'Gennemfør import' }));

    const dialog = await screen.findByRole('dialog', { name: 'Gennemfør importen?' });
    expect(dialog).toHaveTextContent('2 personer, der ikke er i filen, bliver deaktiveret.');
    expect(within(dialog).getByRole('button', { name: 'Annullér' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Gennemfør import' }));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Importen er gennemført: 1 nye, 0 opdaterede, 0 flyttede og 2 deaktiverede personer.');
    expect(modes).toEqual(['preview', 'apply']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    loggedInAs(['hr']);
    localStorage.setItem('pejling.lang', 'en');
    const { default: i18n } = await import('@/i18n');
    await i18n.changeLanguage('en');
    let language: string | null = null;
    server.use(
      http.post('*/api/org/import', ({ request }) => {
        language = request.headers.get('Accept-Language');
        return HttpResponse.json(result({ units: [], people: [], accounts: [] }));
      }),
    );
    renderApp('/organisation');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('CSV file with the organisation'), new File([CSV], 'o.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Show changes' }));
    expect(await screen.findByText('The file matches the organisation as it is. There is nothing to import.')).toBeInTheDocument();
    expect(language).toBe('en');
  });

  it('is not for leaders', async () => {
    loggedInAs(['leader']);
    renderApp('/organisation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeInTheDocument();
  });
});
