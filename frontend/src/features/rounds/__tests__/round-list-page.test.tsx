import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import { ROUND_ID, evaluee, loggedInAs, summaryOf, testRound } from './round-fixtures';

describe('round list page', () => {
  it('lists the rounds with status, closing date and number of leaders', async () => {
    loggedInAs(['hr']);
    const open = testRound({ id: 'aaaaaaaa-1111-4111-8111-111111111111', name: 'Lederevaluering 2026', status: 'OPEN', evaluees: [evaluee(), evaluee({ leaderId: 'x' })] });
    const closed = testRound({ id: 'bbbbbbbb-1111-4111-8111-111111111111', name: 'Lederevaluering 2025', status: 'CLOSED' });
    server.use(http.get('*/api/rounds', () => HttpResponse.json([summaryOf(testRound()), summaryOf(open), summaryOf(closed)])));
    renderApp('/runder');

    const table = await screen.findByRole('table', { name: 'Organisationens evalueringsrunder, nyeste først' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('link', { name: 'Lederevaluering forår' })).toHaveAttribute('href', `/runder/${ROUND_ID}`);
    expect(rows[0]).toHaveTextContent('Kladde');
    expect(rows[1]).toHaveTextContent('Åben');
    expect(rows[1]).toHaveTextContent(/1\. mar\. 2030/);
    expect(within(rows[1]!).getAllByRole('cell').at(-1)).toHaveTextContent('2');
    expect(rows[2]).toHaveTextContent('Lukket');
    expect(screen.getByRole('link', { name: 'Opret evalueringsrunde' })).toHaveAttribute('href', '/runder/ny');
    expect(document.title).toBe('Evalueringsrunder – Pejling');
  });

  it('is not for leaders', async () => {
    loggedInAs(['leader']);
    renderApp('/runder');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeInTheDocument();
  });
});
