import { screen, within } from '@testing-library/react';
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
});
