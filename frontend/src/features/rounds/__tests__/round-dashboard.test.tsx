import { screen, within } from '@testing-library/react';
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
  units: [
    { unit: 'Borgerservice', group: 'EMPLOYEE', invited: 10, submitted: 4 },
    { unit: 'Borgerservice', group: 'SELF', invited: 1, submitted: 1 },
    { unit: 'Ældreplejen', group: 'EMPLOYEE', invited: 14, submitted: 0 },
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
    expect(rows[1]).toHaveTextContent('BorgerserviceMedarbejdere10440 %');
    expect(rows[2]).toHaveTextContent('BorgerserviceSelvevaluering11100 %');
    expect(rows[3]).toHaveTextContent('ÆldreplejenMedarbejdere1400 %');
    expect(rows[4]).toHaveTextContent('I alt25520 %');
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
    const dialog = screen.getByRole('dialog', { name: 'Luk „Lederevaluering forår“ nu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Luk runden' }));

    expect(await screen.findByText(/Rapporterne er åbne\./)).toBeInTheDocument();
    expect(closed).toBe(true);
    expect(screen.getByText('Lukket', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send påmindelse' })).not.toBeInTheDocument();
  });
});
