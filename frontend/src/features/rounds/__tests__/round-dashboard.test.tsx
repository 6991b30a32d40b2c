import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { Progress, Round } from '../types';
import { ROUND_ID, evaluee, loggedInAs, serveRound, testRound } from './round-fixtures';

const progress: Progress = {
  roundId: ROUND_ID,
  status: 'OPEN',
  k: 5,
  units: [
    { unit: 'Borgerservice', group: 'EMPLOYEE', invited: 10, submitted: 6 },
    { unit: 'Borgerservice', group: 'SELF', invited: 1, submitted: 1 },
    // Below k: the server sends no count.
    { unit: 'Ældreplejen', group: 'EMPLOYEE', invited: 14 },
  ],
  totals: [
    { group: 'EMPLOYEE', invited: 24 },
    { group: 'SELF', invited: 1, submitted: 1 },
  ],
  leaders: [
    { leaderId: 'l1', name: 'Jens Mikkelsen', unit: 'Borgerservice', invited: 10, thresholdReached: true, submitted: 6 },
    { leaderId: 'l2', name: 'Lars Holm Nielsen', unit: 'Ældreplejen', invited: 14, thresholdReached: false },
  ],
};

function openRound(overrides: Partial<Round> = {}): Round {
  return testRound({
    status: 'OPEN',
    launchedAt: '2026-11-21T10:00:00Z',
    evaluees: [evaluee({ employees: [] })],
    mail: { pending: 2, sent: 20, failed: 1, failedRecipients: ['forkert@kommune.dk'], reminded: 7, reminderFailures: 0, remindersRunning: false },
    ...overrides,
  });
}

function serveOpen(round: Round) {
  serveRound(round);
  server.use(http.get(`*/api/rounds/${ROUND_ID}/progress`, () => HttpResponse.json({ ...progress, status: round.status })));
}

describe('round dashboard', () => {
  it('shows the response rate per unit and group in numbers, and the mail status', async () => {
    loggedInAs(['hr']);
    serveOpen(openRound());
    renderApp(`/runder/${ROUND_ID}`);

    const table = await screen.findByRole('table', { name: 'Svar pr. enhed og svargruppe' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('EnhedGruppeInviteretSvaretSvarprocent');
    expect(rows[1]).toHaveTextContent('BorgerserviceMedarbejdere10660 %');
    expect(rows[2]).toHaveTextContent('BorgerserviceSelvvurdering11100 %');
    expect(rows[3]).toHaveTextContent('ÆldreplejenMedarbejdere14Færre end 5–');
    expect(rows[4]).toHaveTextContent('I altMedarbejdere24Færre end 5–');
    expect(rows[5]).toHaveTextContent('I altSelvvurdering11100 %');
    expect(screen.getByRole('heading', { level: 2, name: 'Svar indtil nu' })).toBeInTheDocument();

    // Per leader: whether the threshold is reached, and a count only from k.
    const leaders = screen.getByRole('table', { name: 'Om hver leder har fået svar nok til en rapport med medarbejdernes svar' });
    expect(within(leaders).getByRole('row', { name: /Jens Mikkelsen/ })).toHaveTextContent('Nået (6 svar)');
    const lars = within(leaders).getByRole('row', { name: /Lars Holm Nielsen/ });
    expect(lars).toHaveTextContent('Ikke nået endnu (færre end 5)');
    expect(lars).not.toHaveTextContent(/\b[0-4] svar/);
    expect(screen.getByText('1 af 2 ledere har fået mindst 5 medarbejdersvar indtil nu.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Lederevaluering forår' })).toBeInTheDocument();
    expect(screen.getByText('Åben')).toBeInTheDocument();

    const mail = screen.getByRole('region', { name: 'E-mails' });
    expect(mail).toHaveTextContent('Invitationer sendt20');
    expect(mail).toHaveTextContent('Invitationer, der venter2');
    expect(mail).toHaveTextContent('Invitationer, der fejlede1');
    expect(mail).toHaveTextContent('Påmindelser sendt7');
    expect(within(mail).getByRole('listitem')).toHaveTextContent('forkert@kommune.dk');
  });

  it('sends reminders after a confirmation and shows only how many were queued', async () => {
    loggedInAs(['hr']);
    serveOpen(openRound());
    let reminded = 0;
    server.use(
      http.post(`*/api/rounds/${ROUND_ID}/reminders`, () => {
        reminded += 1;
        return HttpResponse.json({ queued: 7 });
      }),
    );
    renderApp(`/runder/${ROUND_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send påmindelse' }));
    const dialog = screen.getByRole('dialog', { name: 'Send påmindelse?' });
    expect(dialog).toHaveTextContent('ikke hvem');
    expect(reminded).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Send påmindelse' }));

    expect(await screen.findByText('7 påmindelser er sat i kø.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(reminded).toBe(1);
  });

  it('closes the round after a confirmation; a closed round says the reports are open', async () => {
    loggedInAs(['hr']);
    serveOpen(openRound());
    let closed = false;
    server.use(
      http.post(`*/api/rounds/${ROUND_ID}/close`, () => {
        closed = true;
        const round = openRound({ status: 'CLOSED', closedAt: '2026-11-25T09:00:00Z' });
        serveOpen(round);
        return HttpResponse.json(round);
      }),
    );
    renderApp(`/runder/${ROUND_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Luk runden nu' }));
    const dialog = screen.getByRole('dialog', { name: 'Luk »Lederevaluering forår« nu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Luk runden' }));

    expect(await screen.findByText(/Rapporterne er åbne\./)).toBeInTheDocument();
    expect(closed).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Svar i alt' })).toBeInTheDocument();
    expect(screen.getByText('Lukket', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send påmindelse' })).not.toBeInTheDocument();
  });

  it('shows the launch notice while invitations are pending, and drops it once they are all sent', async () => {
    loggedInAs(['hr']);
    const sending = openRound({ mail: { pending: 15, sent: 0, failed: 0, failedRecipients: [] } });
    serveOpen(sending);
    const { router } = renderApp(`/runder/${ROUND_ID}`);
    await screen.findByRole('region', { name: 'E-mails' });
    // Opened without just launching it: no notice, though mails are waiting.
    expect(screen.queryByText(/Runden er sat i gang/)).not.toBeInTheDocument();

    await router.navigate(`/runder/${ROUND_ID}`, { state: { launched: 15 } });
    const notice = await screen.findByText('Runden er sat i gang. 15 invitationer bliver sendt.');
    // Focus moves in an effect after the notice is drawn.
    await waitFor(() => expect(notice.closest('.alert')).toHaveFocus());

    // The round is fetched again while mails wait; when none are pending any more, the notice goes.
    serveOpen({ ...sending, mail: { pending: 0, sent: 15, failed: 0, failedRecipients: [] } });
    await waitForElementToBeRemoved(() => screen.queryByText(/Runden er sat i gang/), { timeout: 9000 });
    expect(screen.getByRole('region', { name: 'E-mails' })).toHaveTextContent('Invitationer sendt15');
  }, 15_000);
});
