import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { ReportSummary } from '../types';
import { LEADER_ID, OPEN_ROUND_ID, OTHER_LEADER_ID, ROUND_ID, loggedInAs, summary } from './report-fixtures';

const openOwn = summary({
  roundId: OPEN_ROUND_ID,
  roundName: 'Lederevaluering 2026',
  roundStatus: 'OPEN',
  closesAt: '2026-12-18T11:00:00Z',
  closedAt: undefined,
  available: false,
});
const closedOwn = summary({ hasPlan: true });
const olderOwn = summary({
  roundId: '66666666-6666-4666-8666-666666666666',
  roundName: 'Lederevaluering forår 2025',
  closedAt: '2025-04-01T10:00:00Z',
  closesAt: '2025-04-01T10:00:00Z',
});
const managed = summary({ relation: 'MANAGER', leaderId: OTHER_LEADER_ID, leaderName: 'Birgitte Lund', unitName: 'Sekretariatet' });
const managedOpen = summary({
  ...openOwn,
  relation: 'MANAGER',
  leaderId: OTHER_LEADER_ID,
  leaderName: 'Birgitte Lund',
  unitName: 'Sekretariatet',
});

function serveList(reports: ReportSummary[]) {
  server.use(http.get('*/api/reports', () => HttpResponse.json(reports)));
}

describe('report lists', () => {
  it('groups the reports into the caller’s own and their leaders’, and says when an open round’s report opens', async () => {
    loggedInAs(['leader', 'manager']);
    serveList([openOwn, closedOwn, managed]);
    renderApp('/rapporter');

    const own = await screen.findByRole('region', { name: 'Dine rapporter' });
    const rows = within(own).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Lederevaluering 2026');
    expect(rows[1]).toHaveTextContent('Rapporten åbner, når runden lukker 18. december 2026');
    expect(within(rows[1]!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(rows[2]!).getByRole('link', { name: 'Rapport for Lars Holm Nielsen, Lederevaluering efterår 2025' })).toHaveAttribute(
      'href',
      `/rapporter/${ROUND_ID}/${LEADER_ID}`,
    );
    const theirs = screen.getByRole('region', { name: 'Ledere, du er leder for' });
    expect(within(theirs).getByRole('link', { name: /^Udviklingsplan for Birgitte Lund/ })).toHaveAttribute(
      'href',
      `/rapporter/${ROUND_ID}/${OTHER_LEADER_ID}/plan`,
    );
    expect(screen.queryByRole('region', { name: 'Rapporter, du kan se som HR' })).not.toBeInTheDocument();
  });

  it('says so when there are no reports', async () => {
    loggedInAs(['leader']);
    serveList([]);
    renderApp('/rapporter');
    expect(await screen.findByText('Du har endnu ingen rapporter.')).toBeInTheDocument();
  });

  it('lists the leader’s own plans of closed rounds, latest first', async () => {
    loggedInAs(['leader']);
    serveList([olderOwn, openOwn, closedOwn, managed]);
    renderApp('/udviklingsplan');
    const table = await screen.findByRole('table', { name: 'Dine udviklingsplaner, nyeste først' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Lederevaluering efterår 2025');
    expect(rows[1]).toHaveTextContent('Skrevet');
    expect(rows[2]).toHaveTextContent('Lederevaluering forår 2025');
    expect(rows[2]).toHaveTextContent('Ikke skrevet endnu');
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', `/rapporter/${ROUND_ID}/${LEADER_ID}/plan`);
  });

  it('shows the manager the leaders who report to them, grouped by round', async () => {
    loggedInAs(['manager', 'leader']);
    serveList([closedOwn, managed, managedOpen]);
    renderApp('/ledere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine ledere' })).toBeInTheDocument();
    const closed = await screen.findByRole('table', { name: 'Ledere i Lederevaluering efterår 2025' });
    const rounds = within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(rounds).toEqual(['Lederevaluering 2026', 'Lederevaluering efterår 2025']);
    expect(within(closed).getAllByRole('row')).toHaveLength(2);
    expect(within(closed).getByRole('link', { name: /^Samtaleguide for Birgitte Lund/ })).toHaveAttribute(
      'href',
      `/rapporter/${ROUND_ID}/${OTHER_LEADER_ID}/samtale`,
    );
    expect(screen.getByRole('table', { name: 'Ledere i Lederevaluering 2026' })).toHaveTextContent('Rapporten åbner, når runden lukker');
  });

  it('keeps the manager’s page from people without the manager role', async () => {
    loggedInAs(['leader']);
    serveList([]);
    renderApp('/ledere');
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Mine ledere');
  });
});
