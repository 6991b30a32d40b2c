import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import { testUser } from '@/testing/fixtures';
import type { Round } from '../types';
import { LEADER_ID, ROUND_ID, evaluee, loggedInAs, person, serveRound, testRound } from './round-fixtures';

describe('respondent lists', () => {
  it('lets HR add someone from the organisation to a leader’s list by searching', async () => {
    loggedInAs(['hr']);
    let round: Round = testRound({ evaluees: [evaluee()] });
    serveRound(round);
    let sent: unknown;
    server.use(
      http.get(`*/api/rounds/${ROUND_ID}`, () => HttpResponse.json(round)),
      http.get('*/api/org/people', ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get('q') === 'so'
            ? [
                { id: person(1, '').id, name: 'Anna Andersen', email: 'anna@kommune.dk', unitName: 'Borgerservice' },
                { id: person(7, '').id, name: 'Sofie Bach', email: 'sofie.bach@kommune.dk', unitName: 'Dagtilbud' },
              ]
            : [],
        ),
      ),
      http.put(`*/api/rounds/${ROUND_ID}/evaluees/${LEADER_ID}/employees`, async ({ request }) => {
        sent = await request.json();
        round = testRound({ evaluees: [evaluee({ employees: [...evaluee().employees, person(7, 'Sofie Bach')] })] });
        return HttpResponse.json(round);
      }),
    );
    renderApp(`/runder/${ROUND_ID}?trin=2`);
    const user = userEvent.setup();
    await user.click(await screen.findByText('3 medarbejdere bliver spurgt om Jens Mikkelsen'));
    await user.type(screen.getByRole('searchbox', { name: 'Tilføj en person, der skal spørges om Jens Mikkelsen' }), 'so');
    // Anna is on the list already: only Sofie is offered, with her e-mail and unit.
    const results = await screen.findByRole('list', { name: '1 person fundet' });
    expect(results).toHaveTextContent('Sofie Bach (sofie.bach@kommune.dk, Dagtilbud)');
    await user.click(within(results).getByRole('button', { name: 'Tilføj Sofie Bach til listen over medarbejdere, der bliver spurgt om Jens Mikkelsen' }));
    expect(await screen.findByText('4 medarbejdere bliver spurgt om Jens Mikkelsen')).toBeInTheDocument();
    expect(sent).toEqual({ personIds: [...evaluee().employees.map((employee) => employee.id), person(7, '').id] });
  });

  it('shows a leader the own list to confirm, and confirms it', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    const me = { ...testUser(['leader']), id: LEADER_ID };
    let confirmed: string | null = null;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(me)),
      http.get('*/api/rounds/confirmations', () =>
        HttpResponse.json([
          {
            roundId: ROUND_ID,
            roundName: 'Lederevaluering forår',
            closesAt: '2026-12-24T11:00:00Z',
            k: 5,
            confirmedAt: confirmed ?? undefined,
            employees: [person(1, 'Anna Andersen'), person(2, 'Bo Berg')],
            peers: [],
          },
        ]),
      ),
      http.post(`*/api/rounds/${ROUND_ID}/evaluees/${LEADER_ID}/confirm`, () => {
        confirmed = '2026-12-01T10:00:00Z';
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/bekraeft');
    const list = await screen.findByRole('region', { name: 'Lederevaluering forår' });
    expect(list).toHaveTextContent('2 medarbejdere bliver spurgt om din ledelse:');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Anna Andersen', 'Bo Berg']);
    expect(list).toHaveTextContent('Med så få på listen vil din rapport kun vise selvvurderingen og chefens vurdering.');
    await userEvent.setup().click(within(list).getByRole('button', { name: 'Bekræft listen' }));
    expect(await within(list).findByText(/^Du har bekræftet listen /)).toBeInTheDocument();
  });

  it('lets a leader propose leader colleagues, marked as waiting for HR, and withdraw a proposal', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(http.get('*/api/me', () => HttpResponse.json({ ...testUser(['leader']), id: LEADER_ID })));
    let peers = [{ ...person(8, 'Sofie Bach'), proposed: false }];
    const proposals: unknown[] = [];
    server.use(
      http.get('*/api/rounds/confirmations', () =>
        HttpResponse.json([
          { roundId: ROUND_ID, roundName: 'Lederevaluering forår', closesAt: '2026-12-24T11:00:00Z', k: 5, employees: [person(1, 'Anna Andersen')], peers },
        ]),
      ),
      http.get(`*/api/rounds/${ROUND_ID}/my-peers/candidates`, () => HttpResponse.json([{ ...person(9, 'Karl Nør'), unitName: 'Teknik' }])),
      http.put(`*/api/rounds/${ROUND_ID}/my-peers`, async ({ request }) => {
        const body = (await request.json()) as { personIds: string[] };
        proposals.push(body);
        peers = [
          { ...person(8, 'Sofie Bach'), proposed: false },
          ...(body.personIds.includes(person(9, '').id) ? [{ ...person(9, 'Karl Nør'), proposed: true }] : []),
        ];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/bekraeft');
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: 'Lederevaluering forår' });
    await user.type(within(list).getByRole('searchbox', { name: 'Foreslå en lederkollega' }), 'Ka');
    await user.click(await within(list).findByRole('button', { name: 'Foreslå Karl Nør som lederkollega' }));
    expect(await within(list).findByText('(dit forslag, venter på HR)', { exact: false })).toBeInTheDocument();
    expect(proposals).toEqual([{ personIds: [person(8, '').id, person(9, '').id] }]);
    // Only the leader's own proposal can be withdrawn; HR's choice stays.
    expect(within(list).queryByRole('button', { name: 'Træk forslaget om Sofie Bach tilbage' })).toBeNull();
    await user.click(within(list).getByRole('button', { name: 'Træk forslaget om Karl Nør tilbage' }));
    await waitFor(() => expect(proposals).toHaveLength(2));
    expect(proposals[1]).toEqual({ personIds: [person(8, '').id] });
    expect(await within(list).findByText('Forslaget om Karl Nør er trukket tilbage.')).toBeInTheDocument();
  });
});
