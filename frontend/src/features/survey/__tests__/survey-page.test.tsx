import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';
import { S_1, S_2, S_3, TOKEN, VALUE_1, serveSurvey, testSurvey } from './survey-fixtures';

async function start() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Start' }));
  await screen.findByRole('heading', { level: 1, name: 'Synlig' });
  return user;
}

function question(name: string) {
  return screen.getByRole('group', { name });
}

describe('respondent survey', () => {
  // The route loads the feature lazily; load it once up front, so that the first test does not wait for the transform.
  beforeAll(async () => {
    await import('@/features/survey');
  });

  it('reads the token from the fragment, sends it only as a header, and cleans the address bar', async () => {
    // A staff login in the same tab must not travel with the ballot (A6).
    sessionStorage.setItem('pejling.token', 'staff-session-token');
    const calls = serveSurvey();
    const { router } = renderApp(`/s#${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Giv Lars Holm Nielsen feedback på ledelse' })).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.token).toBe(TOKEN);
    expect(calls[0]?.authorization).toBeNull();
    expect(calls[0]?.url).not.toContain(TOKEN);
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(router.state.location.pathname).toBe('/s');
    expect(sessionStorage.getItem('pejling.survey')).toBe(TOKEN);
    // The intro: round, organisation, closing date in Danish, the server's rules and the privacy statement (S12).
    expect(screen.getByText('Lederevaluering 2026')).toBeInTheDocument();
    expect(screen.getByText('tirsdag den 1. december 2026 kl. 16.00')).toBeInTheDocument();
    expect(screen.getByText(/Dine svar er anonyme\. Hverken Lars Holm Nielsen, HR eller andre/)).toBeInTheDocument();
    expect(screen.getByText(/kun når mindst 5 medarbejdere har svaret/)).toBeInTheDocument();
    expect(screen.getByText(/Testkommune er dataansvarlig/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Læs mere om privatliv og databeskyttelse' })).toHaveAttribute('href', '/privatliv');
    // No app navigation for logged-in areas on the respondent's page.
    expect(screen.queryByRole('navigation', { name: 'Hovedmenu' })).not.toBeInTheDocument();
  });

  it('works after a reload, with the token from sessionStorage', async () => {
    sessionStorage.setItem('pejling.survey', TOKEN);
    const calls = serveSurvey();
    renderApp('/s');
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(calls[0]?.token).toBe(TOKEN);
  });

  it('shows where to find the link when there is none', async () => {
    renderApp('/s');
    expect(await screen.findByRole('heading', { level: 1, name: 'Åbn linket fra din e-mail' })).toBeInTheDocument();
  });

  it('will not leave a step with an unanswered statement, and focuses the error summary', async () => {
    serveSurvey();
    renderApp(`/s#${TOKEN}`);
    const user = await start();
    expect(screen.getByText('Værdi 1 af 2')).toBeInTheDocument();

    await user.click(within(question('Min leder er tilgængelig')).getByRole('radio', { name: '4 – I høj grad' }));
    await user.click(screen.getByRole('button', { name: 'Næste' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'Du mangler at svare på noget' })).toBeInTheDocument();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Vælg et svar til »Min leder er tydelig i sin kommunikation«',
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Synlig' })).toBeInTheDocument();
    const unanswered = question('Min leder er tydelig i sin kommunikation');
    expect(unanswered).toHaveAccessibleDescription('Fejl: Vælg et svar – eller »Ved ikke«');

    // The summary's link moves focus to the question, without touching the URL fragment.
    await user.click(within(summary).getByRole('link'));
    expect(within(unanswered).getByRole('radio', { name: '1 – I meget ringe grad' })).toHaveFocus();

    await user.click(within(unanswered).getByRole('radio', { name: 'Ved ikke' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Næste' }));
    const modig = await screen.findByRole('heading', { level: 1, name: 'Modig' });
    await waitFor(() => expect(modig).toHaveFocus());
    expect(screen.getByText('Værdi 2 af 2')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '2 af 3 udsagn besvaret' })).toBeInTheDocument();
  });

  it('shows the value as written for the respondent, in the heading and the story hint, and the time it takes', async () => {
    const survey = testSurvey();
    survey.values[0] = { ...survey.values[0]!, respondentTitle: 'Min leder er synlig' };
    serveSurvey(survey);
    renderApp(`/s#${TOKEN}`);
    expect(await screen.findByText(/^Det tager omkring 2 minutter: 3 udsagn om 2 værdier\./)).toBeInTheDocument();
    expect(screen.getByText(/^Dine svar er anonyme: Lars Holm Nielsen ser kun samlede resultater/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Min leder er synlig' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Fortæl om en konkret situation (valgfrit)' })).toHaveAccessibleDescription(
      expect.stringContaining('»Min leder er synlig«'),
    );
  });

  it('saves a draft shortly after a change, and says when', async () => {
    const calls = serveSurvey();
    renderApp(`/s#${TOKEN}`);
    const user = await start();

    await user.click(within(question('Min leder er tilgængelig')).getByRole('radio', { name: 'Ved ikke' }));
    await user.type(screen.getByRole('textbox', { name: 'Fortæl om en konkret situation (valgfrit)' }), 'Hun lyttede.');

    await waitFor(() => expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1), { timeout: 4000 });
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.token).toBe(TOKEN);
    expect(put?.body).toEqual({ answers: [{ statementId: S_1, score: null }], stories: [{ valueId: VALUE_1, text: 'Hun lyttede.' }] });
    expect(await screen.findByRole('status')).toHaveTextContent(/^Gemt kl\. \d\d\.\d\d$/);
    expect(screen.getAllByText('Du har 1.988 tegn tilbage')[0]).toBeVisible();
  });

  it('resumes a draft where the respondent left off', async () => {
    serveSurvey(
      testSurvey({ answers: [{ statementId: S_1, score: 5 }, { statementId: S_2, score: 2 }], stories: [{ valueId: VALUE_1, text: 'Et eksempel' }] }),
    );
    renderApp(`/s#${TOKEN}`);
    expect(await screen.findByRole('progressbar', { name: '2 af 3 udsagn besvaret' })).toHaveAttribute('value', '2');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Fortsæt, hvor du slap' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Modig' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forrige' }));
    expect(within(question('Min leder er tilgængelig')).getByRole('radio', { name: '5 – I meget høj grad' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Fortæl om en konkret situation (valgfrit)' })).toHaveValue('Et eksempel');
  });

  it('reviews the answers, submits them and shows the receipt', async () => {
    const calls = serveSurvey();
    const { router } = renderApp(`/s#${TOKEN}`);
    const user = await start();

    await user.click(within(question('Min leder er tilgængelig')).getByRole('radio', { name: '4 – I høj grad' }));
    await user.click(within(question('Min leder er tydelig i sin kommunikation')).getByRole('radio', { name: 'Ved ikke' }));
    await user.type(screen.getByRole('textbox', { name: 'Fortæl om en konkret situation (valgfrit)' }), 'Hun tog sig tid.');
    await user.click(screen.getByRole('button', { name: 'Næste' }));
    await user.click(within(await screen.findByRole('group', { name: 'Min leder tager de nødvendige konflikter' })).getByRole('radio', { name: '2 – I ringe grad' }));
    await user.click(screen.getByRole('button', { name: 'Næste' }));

    const review = await screen.findByRole('heading', { level: 1, name: 'Gennemse dine svar' });
    await waitFor(() => expect(review).toHaveFocus());
    const synlig = screen.getByRole('region', { name: 'Synlig' });
    expect(within(synlig).getByText('4 – I høj grad')).toBeInTheDocument();
    expect(within(synlig).getByText('Ved ikke')).toBeInTheDocument();
    expect(within(synlig).getByText('Hun tog sig tid.')).toBeInTheDocument();
    expect(within(synlig).getByRole('link', { name: 'Ret svarene under »Synlig«' })).toHaveAttribute('href', '/s?trin=1');

    await user.click(screen.getByRole('button', { name: 'Send besvarelse' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tak for dine svar' })).toBeInTheDocument();
    expect(screen.getByText(/gemt krypteret\. Den kan ikke kobles til dig/)).toBeInTheDocument();
    expect(screen.getByText(/Linket kan ikke bruges igen/)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      answers: [
        { statementId: S_1, score: 4 },
        { statementId: S_2, score: null },
        { statementId: S_3, score: 2 },
      ],
      stories: [{ valueId: VALUE_1, text: 'Hun tog sig tid.' }],
    });
    expect(sessionStorage.getItem('pejling.survey')).toBeNull();
    await waitFor(() => expect(router.state.location.search).toBe(''));

    // The link opened again in the same tab (only the fragment changes, no reload) asks the server afresh.
    await act(() => router.navigate(`/s#${TOKEN}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har allerede svaret' })).toBeInTheDocument();
  });

  it('refuses to submit with a statement unanswered, and links to its step', async () => {
    serveSurvey(testSurvey({ answers: [{ statementId: S_1, score: 3 }, { statementId: S_3, score: 1 }] }));
    renderApp(`/s?trin=oversigt#${TOKEN}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send besvarelse' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: '»Min leder er tydelig i sin kommunikation« under »Synlig« mangler et svar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Synlig' })).toBeInTheDocument();
  });

  it.each([
    [404, 'Linket virker ikke'],
    [409, 'Du har allerede svaret'],
    [410, 'Evalueringen er lukket'],
  ])('shows a clear page when the survey answers %i', async (status, heading) => {
    server.use(http.get('*/api/survey', () => problem(status, 'Nej')));
    renderApp(`/s#${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('shows the closed page when the round closes before the answers are sent', async () => {
    serveSurvey(testSurvey({ answers: [{ statementId: S_1, score: 3 }, { statementId: S_2, score: 3 }, { statementId: S_3, score: 1 }] }));
    server.use(http.post('*/api/survey/submit', () => problem(410, 'Lukket')));
    renderApp(`/s?trin=oversigt#${TOKEN}`);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Send besvarelse' }));
    const closed = await screen.findByRole('heading', { level: 1, name: 'Evalueringen er lukket' });
    await waitFor(() => expect(closed).toHaveFocus());
  });

  it('switches to English, scale included', async () => {
    serveSurvey();
    renderApp(`/s#${TOKEN}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByText('Value 1 of 2')).toBeInTheDocument();
    expect(within(question('Min leder er tilgængelig')).getByRole('radio', { name: '5 – To a very large extent' })).toBeInTheDocument();
    expect(within(question('Min leder er tilgængelig')).getByRole('radio', { name: 'Don’t know' })).toBeInTheDocument();
  });
});
