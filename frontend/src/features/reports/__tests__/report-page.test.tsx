import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';
import { fileNameOf } from '@/lib/download';
import { LEADER_ID, ROUND_ID, belowThresholdReport, loggedInAs, serveReport, testReport } from './report-fixtures';

const path = `/rapporter/${ROUND_ID}/${LEADER_ID}`;

describe('leader report', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts with all values on one screen: employees’ mean, self, manager, trend and benchmark', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport: Lars Holm Nielsen' })).toBeInTheDocument();
    const overview = screen.getByRole('table', { name: /^Værdierne med medarbejdernes gennemsnit/ });
    const header = within(overview).getAllByRole('row')[0]!;
    expect(header).toHaveTextContent(
      'VærdiMedarbejdernes gennemsnitSelvvurdering (ikke anonym)Chefens vurdering (ikke anonym)Udvikling siden Lederevaluering forår 2025Organisationens gennemsnit',
    );
    expect(within(overview).getByRole('row', { name: /Tillid og dialog/ })).toHaveTextContent('Tillid og dialog3,53,53,0\u22120,2 ned (før 3,7)3,7');
    // The overview comes first; the statements come after, collapsed.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 3)).toEqual(['Overblik over værdierne', 'Kort fortalt', 'Din plan fra sidste runde']);
    expect(screen.getByText('Min leder lytter til mig', { selector: 'th' })).not.toBeVisible();
  });

  it('shows leader colleagues in a column of their own, and says why where their figures are hidden', async () => {
    loggedInAs(['leader']);
    const report = testReport({ kPeer: 3, peersShown: true });
    report.responseRates = [...report.responseRates, { group: 'PEER', invited: 4, submitted: 4, rate: 100 }];
    const peers = { n: 4, mean: 4.5, dontKnow: 0, distribution: [0, 0, 0, 2, 2] };
    report.values = report.values.map((value, v) => ({
      ...value,
      peers: v === 1 ? peers : undefined,
      statements: value.statements.map((statement, s) => ({ ...statement, peers: v === 0 && s === 1 ? undefined : peers })),
    }));
    serveReport(report);
    renderApp(path);

    const overview = await screen.findByRole('table', { name: /^Værdierne med medarbejdernes gennemsnit/ });
    expect(within(overview).getAllByRole('row')[0]).toHaveTextContent('Lederkolleger');
    // The employees' mean stays the employees' own; the colleagues' stands beside it.
    expect(within(overview).getByRole('row', { name: /Retning og mening/ })).toHaveTextContent('Retning og mening3,5');
    expect(within(overview).getByRole('row', { name: /Retning og mening/ })).toHaveTextContent('4,5');
    expect(within(overview).getByRole('row', { name: /Tillid og dialog/ })).toHaveTextContent('For få lederkolleger har vurderet det');

    await userEvent.click(screen.getByText('Tillid og dialog', { selector: 'summary span' }));
    const table = screen.getByRole('table', { name: /Tillid og dialog/ });
    expect(within(table).getByRole('row', { name: /lytter/ })).toHaveTextContent('4,5 (antal svar: 4)');
    expect(within(table).getByRole('row', { name: /feedback/ })).toHaveTextContent('For få lederkolleger har vurderet det');
    expect(screen.getByRole('region', { name: 'Svarprocent' })).toHaveTextContent('Lederkolleger');
  });

  it('says that too few leader colleagues answered, without a number of them', async () => {
    loggedInAs(['leader']);
    const report = testReport({ kPeer: 3, peersShown: false });
    report.responseRates = [...report.responseRates, { group: 'PEER', invited: 3 }];
    serveReport(report);
    renderApp(path);
    const overview = await screen.findByRole('table', { name: /^Værdierne med medarbejdernes gennemsnit/ });
    expect(within(overview).getByRole('row', { name: /Tillid og dialog/ })).toHaveTextContent('Færre end 3 lederkolleger har svaret');
  });

  it('sums up what to keep, what to work on, blind spots and hidden strengths', async () => {
    loggedInAs(['leader']);
    serveReport(testReport({ hiddenStrengths: [] }));
    renderApp(path);
    const summary = await screen.findByRole('region', { name: 'Kort fortalt' });
    const good = within(summary).getByRole('list', { name: 'Det gør du godt' });
    expect(within(good).getAllByRole('listitem')[0]).toHaveTextContent('Min leder lytter til mig');
    expect(within(good).getAllByRole('listitem')[0]).toHaveTextContent('medarbejdernes gennemsnit 4,2');
    expect(within(summary).getByRole('list', { name: 'Det kan du arbejde med' })).toHaveTextContent('Min leder giver mig feedback');
    expect(within(summary).getByRole('list', { name: 'Blinde pletter' })).toHaveTextContent('selvvurdering 4,0, medarbejdernes gennemsnit 2,8');
    // An empty card says why, never just "Ingen".
    expect(summary).toHaveTextContent('På intet udsagn vurderer medarbejderne dig mindst 1 point højere, end du selv gør.');
    expect(summary).not.toHaveTextContent(/Ingen\b/);
  });

  it('shows each value’s statements when opened, as a table with the distribution, in Danish format', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    renderApp(path);
    const user = userEvent.setup();
    await user.click(await screen.findByText('Tillid og dialog', { selector: 'summary span' }));
    const value = screen.getByRole('region', { name: 'Tillid og dialog' });
    const valueFigures = within(value).getAllByLabelText('Tal for værdien Tillid og dialog')[0]!;
    expect(valueFigures).toHaveTextContent('Medarbejdernes gennemsnit3,5');
    expect(valueFigures).toHaveTextContent('Selvvurdering3,5 (ikke anonym)');
    expect(valueFigures).toHaveTextContent('Forskel (selvvurdering − medarbejdere)+0,2');
    expect(valueFigures).toHaveTextContent('Udvikling siden Lederevaluering forår 2025\u22120,2 ned (før 3,7)');

    const table = within(value).getByRole('table', { name: 'Udsagnene under Tillid og dialog' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Min leder lytter til mig');
    expect(rows[1]).toHaveTextContent(/^Min leder lytter til mig4,2111/);
    const chart = within(value).getByRole('img', { name: /Min leder lytter til mig/ });
    expect(chart).toHaveAccessibleName('Fordeling af medarbejdernes svar på »Min leder lytter til mig«: 1: 0, 2: 0, 3: 1, 4: 6, 5: 4');
  });

  it('shows stories per value, labelling the self-assessment as not anonymous, and the previous plan', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    renderApp(path);
    const stories = await screen.findByRole('region', { name: 'Historier' });
    const first = within(stories).getByRole('region', { name: 'Historier om Tillid og dialog' });
    expect(first).toHaveTextContent('Da vi havde travlt');
    expect(first).toHaveTextContent('Din egen historie – ikke anonym');
    expect(within(stories).getByRole('region', { name: 'Historier om Retning og mening' })).toHaveTextContent(
      'Ingen har skrevet en historie om denne værdi.',
    );
    const previous = screen.getByRole('complementary', { name: 'Din plan fra sidste runde' });
    expect(previous).toHaveTextContent('Giv mere feedback');
    expect(previous).toHaveTextContent('I gang');
  });

  it('below k says why, explains the empty summary, and labels no figure as the employees’', async () => {
    loggedInAs(['leader']);
    serveReport(belowThresholdReport());
    renderApp(path);
    expect(
      await screen.findByText(/Færre end 5 medarbejdere har svaret, så deres svar vises ikke – af hensyn til anonymiteten/),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent(/gennemsnit \d|Medarbejdernes gennemsnit/);
    expect(main).not.toHaveTextContent(/\bk\b/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Kort fortalt' });
    expect(summary).toHaveTextContent('Hold et dialogmøde med dine medarbejdere');
    expect(summary).not.toHaveTextContent(/Ingen\b/);
    const overview = screen.getByRole('table', { name: /^Værdierne med/ });
    expect(within(overview).getByRole('row', { name: /Tillid og dialog/ })).toHaveTextContent('Tillid og dialog3,53,0');
    expect(screen.getByText(/så historierne vises ikke/)).toBeInTheDocument();
    const rates = screen.getByRole('table', { name: 'Svarprocent pr. svargruppe' });
    expect(within(rates).getAllByRole('row')[1]).toHaveTextContent('Medarbejdere3––');
  });

  it('speaks of the leader to a manager who reads the report, not to “du”', async () => {
    loggedInAs(['manager']);
    serveReport(testReport({ relation: 'MANAGER' }));
    renderApp(path);
    expect(await screen.findByText(/Du læser rapporten som chef for Lars Holm Nielsen\./)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Kort fortalt' });
    expect(within(summary).getByRole('list', { name: 'Det gør lederen godt' })).toBeInTheDocument();
    expect(within(summary).getByRole('list', { name: 'Det kan lederen arbejde med' })).toBeInTheDocument();
    expect(summary).not.toHaveTextContent(/\b(du|dig|din|dine|dit)\b/i);
    expect(screen.getByRole('complementary', { name: 'Lederens plan fra sidste runde' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Historier' })).toHaveTextContent('Lederens egen historie – ikke anonym');
    expect(screen.getByRole('region', { name: 'Hvem kan læse rapporten' })).toHaveTextContent('Lederen og Mette Kjær');
  });

  it('downloads the PDF with the bearer token and the server’s file name', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    let authorization: string | null = null;
    server.use(
      http.get(`*/api/rounds/${ROUND_ID}/reports/${LEADER_ID}/pdf`, ({ request }) => {
        authorization = request.headers.get('Authorization');
        return new HttpResponse(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="rapport-lars.pdf"' },
        });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp(path);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Hent PDF' }));

    await vi.waitFor(() => expect(downloads).toEqual(['rapport-lars.pdf']));
    expect(authorization).toBe('Bearer token');
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('says so when too many exports were fetched in a short time', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    server.use(http.get(`*/api/rounds/${ROUND_ID}/reports/${LEADER_ID}/pdf`, () => problem(429, 'For mange')));
    renderApp(path);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Hent PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har hentet mange udtræk på kort tid.');
  });

  it('reads file names from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="a b.pdf"', 'x.pdf')).toBe('a b.pdf');
    expect(fileNameOf("attachment; filename*=UTF-8''r%C3%A5d.pdf", 'x.pdf')).toBe('råd.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
  });

  it('links to the guide and the plan', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    renderApp(path);
    const actions = await screen.findByRole('navigation', { name: 'Videre med rapporten' });
    expect(within(actions).getByRole('link', { name: 'Forbered samtalen (LUS-guide)' })).toHaveAttribute('href', `${path}/samtale`);
    expect(within(actions).getByRole('link', { name: 'Udviklingsplan' })).toHaveAttribute('href', `${path}/plan`);
  });

  it('says so when the report does not exist or is not the caller’s', async () => {
    loggedInAs(['leader']);
    server.use(http.get(`*/api/rounds/${ROUND_ID}/reports/${LEADER_ID}`, () => problem(404, 'Ikke fundet')));
    renderApp(path);
    expect(await screen.findByRole('alert')).toHaveTextContent('Rapporten findes ikke, eller du har ikke adgang til den.');
  });

  it('uses English texts and number format in English', async () => {
    loggedInAs(['leader']);
    serveReport(testReport());
    await i18n.changeLanguage('en');
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Report: Lars Holm Nielsen' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What you do well' })).toHaveTextContent("employees' mean 4.2");
  });
});
