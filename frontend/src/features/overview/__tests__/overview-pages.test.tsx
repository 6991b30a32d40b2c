import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/i18n';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import { OPEN_ROUND_ID, ROUND_ID, loggedInAs, quality, rounds, serveOverview } from './overview-fixtures';

function problemOf(status: number, type: string) {
  return HttpResponse.json(
    { type, title: 'Fejl', status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

describe('round picker', () => {
  it('offers the closed rounds with the most recently closed chosen, and lists open ones as not yet open', async () => {
    loggedInAs(['hr']);
    serveOverview();
    const { router } = renderApp('/overblik');

    const group = await screen.findByRole('group', { name: 'Vælg en lukket runde' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(within(group).getByRole('radio', { name: /Lederevaluering 2026/ })).toBeChecked();
    expect(within(group).getByRole('radio', { name: /Lederevaluering 2025/ })).not.toBeChecked();
    expect(screen.queryByRole('radio', { name: /2027/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Kladde til 2028/)).not.toBeInTheDocument();
    const open = screen.getByRole('region', { name: 'Runder, der ikke er lukket endnu' });
    expect(open).toHaveTextContent('Lederevaluering 2027: åbner når runden lukker (1. mar. 2027)');
    expect(document.title).toBe('Overblik – Pejling');

    await userEvent.click(screen.getByRole('button', { name: 'Vis overblik' }));
    expect(router.state.location.pathname).toBe(`/overblik/${ROUND_ID}`);
  });

  it('says so when no round has closed yet', async () => {
    loggedInAs(['hr']);
    server.use(http.get('*/api/rounds', () => HttpResponse.json(rounds.filter((round) => round.status !== 'CLOSED'))));
    renderApp('/overblik');
    expect(await screen.findByText('Der er endnu ingen lukkede runder. Overblikket åbner, når en runde lukker.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vis overblik' })).not.toBeInTheDocument();
  });

  it('points HR to the meeting evaluations per value with a link, not a copy of their figures', async () => {
    loggedInAs(['hr']);
    serveOverview();
    const { router } = renderApp('/overblik');
    const card = await screen.findByRole('link', { name: /Mødeevalueringer pr\. værdi/ });
    expect(within(card).getByRole('heading', { level: 2, name: 'Mødeevalueringer pr. værdi' })).toBeInTheDocument();
    expect(card).toHaveTextContent('gennemsnittet pr. værdi for hele organisationen finder du under Mødeevalueringer');
    expect(card.textContent).not.toMatch(/\d/);
    server.use(
      http.get('*/api/meetings', () => HttpResponse.json({ own: [], shared: [] })),
      http.get('*/api/meetings/overview', () => HttpResponse.json([])),
    );
    await userEvent.click(card);
    await waitFor(() => expect(router.state.location.pathname).toBe('/moeder'));
  });

  it('is not for leaders', async () => {
    loggedInAs(['leader']);
    renderApp('/overblik');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeInTheDocument();
  });
});

describe('heatmap', () => {
  it('shows each unit as a row of the tree with the mean (decimal comma) and n per value', async () => {
    loggedInAs(['hr']);
    serveOverview();
    renderApp(`/overblik/${ROUND_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Overblik: Lederevaluering 2026' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Medarbejdernes gennemsnit pr. enhed og værdi' });
    // Value headers are short on screen, with the full title for screen readers and in a tooltip.
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: 'Tillid' })).toHaveTextContent(/^1\. Tillid/);
    expect(within(table).getByRole('columnheader', { name: 'Retning' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Demo Kommune',
      'Direktionen, under Demo Kommune',
      'Sekretariatet, under Direktionen',
      'Ældreplejen, under Direktionen',
      'Borgerservice, under Direktionen',
    ]);
    const organisation = within(rows[0]!).getAllByRole('cell');
    expect(organisation[0]).toHaveTextContent(/^3,829 svar$/);
    expect(organisation[1]).toHaveTextContent(/^2,530 svar$/);
    // Every unit against the organisation's mean for the value, in words as well as colour.
    const borgerservice = within(rows[4]!).getAllByRole('cell');
    expect(borgerservice[0]).toHaveTextContent('4,2▲+0,4, over organisationen15 svar');
    expect(borgerservice[0]).toHaveClass('overview-band-high1');
    expect(borgerservice[1]).toHaveTextContent('3,0▲+0,5, klart over organisationen14 svar');
    // The table scrolls inside a focusable, labelled region.
    const region = screen.getByRole('region', { name: 'Medarbejdernes gennemsnit pr. enhed og værdi' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(document.title).toBe('Resultater pr. enhed – Lederevaluering 2026 – Pejling');
  });

  it('shows why a masked unit has no figures, and explains the reasons', async () => {
    loggedInAs(['hr']);
    serveOverview();
    renderApp(`/overblik/${ROUND_ID}`);

    const table = await screen.findByRole('table', { name: 'Medarbejdernes gennemsnit pr. enhed og værdi' });
    const sekretariatet = within(table).getByRole('row', { name: /Sekretariatet/ });
    expect(within(sekretariatet).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Under anonymitetsgrænsen', 'Under anonymitetsgrænsen']);
    expect(sekretariatet).not.toHaveTextContent(/\d/);
    const aeldreplejen = within(table).getByRole('row', { name: /Ældreplejen/ });
    expect(aeldreplejen).toHaveTextContent('Skjult for at beskytte en lille gruppe');

    const legend = screen.getByRole('region', { name: 'Sådan læser du tabellen' });
    expect(legend).toHaveTextContent('Færre end 5 medarbejdere har svaret for enheden');
    expect(legend).toHaveTextContent('regne en lille gruppes svar ud');
    expect(legend).toHaveTextContent('Ingen svar');
  });

  it('shows response rates per unit and the organisation’s top and bottom statements', async () => {
    loggedInAs(['hr']);
    serveOverview();
    renderApp(`/overblik/${ROUND_ID}`);

    const rates = await screen.findByRole('table', { name: 'Medarbejdernes svarprocent pr. enhed' });
    const rows = within(rates).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('EnhedInviteredeBesvarelserSvarprocent');
    expect(rows[1]).toHaveTextContent('Demo Kommune403075 %');
    expect(rows[3]).toHaveTextContent('Sekretariatet33100 %');

    const top = screen.getByRole('table', { name: 'De 5 udsagn med det højeste gennemsnit i hele organisationen' });
    expect(within(top).getAllByRole('row')[1]).toHaveTextContent('Min leder lytterTillid4,429');
    const bottom = screen.getByRole('table', { name: 'De 5 udsagn med det laveste gennemsnit i hele organisationen' });
    expect(within(bottom).getAllByRole('row')[1]).toHaveTextContent('Min leder sætter retningRetning2,130');
  });

  it('links to the statement quality page', async () => {
    loggedInAs(['hr']);
    serveOverview();
    const { router } = renderApp(`/overblik/${ROUND_ID}`);

    const pages = await screen.findByRole('navigation', { name: 'Overblikkets sider' });
    expect(within(pages).getByRole('link', { name: 'Resultater pr. enhed' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(within(pages).getByRole('link', { name: 'Udsagnenes kvalitet' }));
    expect(router.state.location.pathname).toBe(`/overblik/${ROUND_ID}/udsagn`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Udsagnenes kvalitet' })).toBeInTheDocument();
  });

  it('ends with the link to the meeting evaluations per value, in English too', async () => {
    loggedInAs(['hr']);
    serveOverview();
    renderApp(`/overblik/${ROUND_ID}`);
    expect(await screen.findByRole('link', { name: /Mødeevalueringer pr\. værdi/ })).toHaveAttribute('href', '/moeder');
    await changeLanguage('en');
    try {
      expect(await screen.findByRole('link', { name: /Meeting evaluations per value/ })).toHaveAttribute('href', '/moeder');
    } finally {
      await changeLanguage('da');
    }
  });

  it('says in Danish when the round is still open (409) or unknown (404)', async () => {
    loggedInAs(['hr']);
    server.use(
      http.get(`*/api/rounds/${OPEN_ROUND_ID}/overview`, () => problemOf(409, 'urn:pejling:problem:report-not-open')),
      http.get('*/api/rounds/99999999-9999-4999-8999-999999999999/overview', () => problemOf(404, 'urn:pejling:problem:not-found')),
    );
    const { unmount } = renderApp(`/overblik/${OPEN_ROUND_ID}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Overblikket for denne runde er ikke åbent endnu. Det åbner, når runden lukker');
    expect(screen.getByRole('link', { name: 'Vælg en anden runde' })).toHaveAttribute('href', '/overblik');
    unmount();

    renderApp('/overblik/99999999-9999-4999-8999-999999999999');
    expect(await screen.findByRole('alert')).toHaveTextContent('Runden findes ikke i din organisation');
  });

  it('prints figures with a decimal point and English titles in English', async () => {
    loggedInAs(['hr']);
    serveOverview();
    await changeLanguage('en');
    renderApp(`/overblik/${ROUND_ID}`);

    const table = await screen.findByRole('table', { name: "Employees' mean per unit and value" });
    expect(within(table).getByRole('columnheader', { name: 'Trust' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Direction' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('3.829 answers');
    expect(within(table).getByRole('row', { name: /Sekretariatet/ })).toHaveTextContent('Below the anonymity threshold');
  });
});

describe('exports', () => {
  it('downloads the CSV with the bearer token under the server’s file name', async () => {
    loggedInAs(['hr']);
    serveOverview();
    const requests: Request[] = [];
    server.use(
      http.get(`*/api/rounds/${ROUND_ID}/overview/export`, ({ request }) => {
        requests.push(request);
        return new HttpResponse('\uFEFFEnhed;Niveau\r\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="pejling-lederevaluering-2026.csv"' },
        });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:overview');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp(`/overblik/${ROUND_ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Hent CSV' }));
    expect(await screen.findByText('Filen pejling-lederevaluering-2026.csv er hentet.')).toBeInTheDocument();
    expect(downloads).toEqual(['pejling-lederevaluering-2026.csv']);
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).searchParams.get('format')).toBe('csv');
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer token');
    expect(screen.getByRole('button', { name: 'Hent Excel (XLSX)' })).toBeInTheDocument();
  });

  it('says so when the file cannot be fetched', async () => {
    loggedInAs(['hr']);
    serveOverview();
    server.use(http.get(`*/api/rounds/${ROUND_ID}/overview/export`, () => problemOf(500, 'urn:pejling:problem:internal')));
    renderApp(`/overblik/${ROUND_ID}/udsagn`);

    await userEvent.click(await screen.findByRole('button', { name: 'Hent Excel (XLSX)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen kunne ikke hentes. Prøv igen om lidt.');
  });

  it('asks to wait when too many files were fetched (429)', async () => {
    loggedInAs(['hr']);
    serveOverview();
    server.use(http.get(`*/api/rounds/${ROUND_ID}/overview/export`, () => problemOf(429, 'urn:pejling:problem:too-many-requests')));
    renderApp(`/overblik/${ROUND_ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Hent CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har hentet mange filer på kort tid. Vent et par minutter, og prøv så igen.');
  });
});

describe('statement quality', () => {
  it('explains the test and shows alpha, figures, flags and advice per value', async () => {
    loggedInAs(['hr']);
    serveOverview();
    renderApp(`/overblik/${ROUND_ID}/udsagn`);

    expect(await screen.findByText(/skaber de samme billeder hos alle/)).toBeInTheDocument();
    expect(screen.getByText(/viser Cronbachs alfa \(α\), hvor godt værdiens udsagn tilsammen måler det samme/)).toBeInTheDocument();
    expect(screen.getByText(/Sammenhængen med de øvrige udsagn \(korrelationen mellem udsagnet og resten af værdiens udsagn\) siger/)).toBeInTheDocument();
    expect(screen.getByText('Bygger på 30 medarbejderbesvarelser.')).toBeInTheDocument();

    const tillid = screen.getByRole('region', { name: 'Tillid' });
    expect(tillid).toHaveTextContent('Cronbachs alfa0,82 (god sammenhæng)');
    expect(tillid).toHaveTextContent('Komplette besvarelser25');
    const table = within(tillid).getByRole('table', { name: 'Udsagn under værdien Tillid' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('UdsagnAntal svarVed ikkeGennemsnitSpredningSammenhæng med de øvrige udsagnOpmærksomhed');
    expect(rows[1]).toHaveTextContent('Min leder lytter293,3 % (1)4,40,710,64Ingen');
    expect(rows[2]).toHaveTextContent('Min leder kender budgettet2033,3 % (10)3,11,350,12');
    expect(within(rows[2]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '⚑ Kan ikke observeres',
      '⚑ Læses forskelligt / stor spredning',
      '⚑ Hænger svagt sammen med værdien',
    ]);
    expect(within(tillid).getByRole('heading', { name: 'Det kan I gøre' })).toBeInTheDocument();
    expect(within(tillid).getByText(/Svarene spreder sig meget\./)).toBeInTheDocument();

    const retning = screen.getByRole('region', { name: 'Retning' });
    expect(retning).toHaveTextContent('Cronbachs alfakan ikke beregnes');
    expect(within(retning).getAllByRole('row')[1]).toHaveTextContent('Min leder sætter retning300,0 % (0)2,10,90–Ingen');
    expect(retning).toHaveTextContent('Ingen af udsagnene under værdien er markeret.');
    expect(document.title).toBe('Udsagnenes kvalitet – Lederevaluering 2026 – Pejling');
  });

  it('says there are too few answers when the figures are not shown', async () => {
    loggedInAs(['hr']);
    serveOverview();
    server.use(
      http.get(`*/api/rounds/${ROUND_ID}/overview/statements`, () =>
        HttpResponse.json({ ...quality, shown: false, ballots: 0, values: quality.values.map((value) => ({ ...value, alpha: undefined, statements: [] })) }),
      ),
    );
    renderApp(`/overblik/${ROUND_ID}/udsagn`);

    expect(await screen.findByText(/Der er for få medarbejderbesvarelser i runden/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the round is still open', async () => {
    loggedInAs(['hr']);
    server.use(http.get(`*/api/rounds/${OPEN_ROUND_ID}/overview/statements`, () => problemOf(409, 'urn:pejling:problem:report-not-open')));
    renderApp(`/overblik/${OPEN_ROUND_ID}/udsagn`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Overblikket for denne runde er ikke åbent endnu');
  });
});
