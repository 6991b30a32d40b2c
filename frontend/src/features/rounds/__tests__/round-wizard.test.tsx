import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { Round } from '../types';
import {
  LEADER_ID,
  ROUND_ID,
  UNIT_ID,
  VERSION_ID,
  evaluee,
  loggedInAs,
  person,
  serveRound,
  testRound,
  validationProblem,
} from './round-fixtures';

async function fillBasics() {
  const user = userEvent.setup();
  const framework = await screen.findByRole('combobox', { name: 'Ledelsesgrundlag' });
  await screen.findByRole('option', { name: 'Ledelsesgrundlag for Testkommune (version 2)' });
  // Drafts cannot be used in a round.
  expect(screen.queryByRole('option', { name: /version 3/ })).not.toBeInTheDocument();
  await user.selectOptions(framework, VERSION_ID);
  await user.type(screen.getByRole('textbox', { name: 'Rundens navn' }), 'Lederevaluering forår');
  fireEvent.change(screen.getByLabelText('Dato'), { target: { value: '2030-03-01' } });
  fireEvent.change(screen.getByLabelText('Klokkeslæt'), { target: { value: '12:30' } });
  return user;
}

describe('round wizard', () => {
  it('creates a draft with the chosen framework, name and closing time, then goes to the leaders', async () => {
    loggedInAs(['hr']);
    let sent: unknown;
    const created = testRound();
    serveRound(created);
    server.use(
      http.post('*/api/rounds', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const { router } = renderApp('/runder/ny');
    expect(await screen.findByRole('heading', { level: 2, name: 'Trin 1 af 5: Grundlag og navn' })).toBeInTheDocument();
    const user = await fillBasics();
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Trin 2 af 5: Ledere' })).toBeInTheDocument();
    expect(sent).toEqual({ frameworkVersionId: VERSION_ID, name: 'Lederevaluering forår', closesAt: new Date('2030-03-01T12:30').toISOString() });
    expect(router.state.location.pathname).toBe(`/runder/${ROUND_ID}`);
    expect(router.state.location.search).toBe('?trin=2');
    const steps = screen.getByRole('navigation', { name: 'Trin i oprettelsen af runden' });
    expect(within(steps).getByText('Ledere').closest('[aria-current]')).toHaveAttribute('aria-current', 'step');
  });

  it('shows a field error from the server at the field', async () => {
    loggedInAs(['hr']);
    serveRound(testRound());
    server.use(http.post('*/api/rounds', () => validationProblem('closesAt', 'skal ligge i fremtiden')));
    renderApp('/runder/ny');
    const user = await fillBasics();
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));

    const date = screen.getByLabelText('Dato');
    const summary = await screen.findByRole('alert', { name: 'Ret dette, før du går videre' });
    expect(within(summary).getByRole('link', { name: 'skal ligge i fremtiden' })).toHaveAttribute('href', '#round-closes-date');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('Fejl: skal ligge i fremtiden');
    expect(screen.getByRole('heading', { level: 2, name: 'Trin 1 af 5: Grundlag og navn' })).toBeInTheDocument();
  });

  it('asks for the missing fields before sending anything', async () => {
    loggedInAs(['hr']);
    serveRound(testRound());
    let posted = false;
    server.use(http.post('*/api/rounds', () => ((posted = true), HttpResponse.json({}, { status: 201 }))));
    renderApp('/runder/ny');
    await screen.findByRole('option', { name: 'Ledelsesgrundlag for Testkommune (version 2)' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Gem og fortsæt' }));

    expect(screen.getByRole('combobox', { name: 'Ledelsesgrundlag' })).toHaveAccessibleDescription(/Fejl: Vælg et ledelsesgrundlag/);
    expect(screen.getByRole('textbox', { name: 'Rundens navn' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Dato')).toHaveAttribute('aria-invalid', 'true');
    // An error summary like the other forms', with links to the fields, and focus on it.
    const summary = screen.getByRole('alert', { name: 'Ret dette, før du går videre' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Vælg et ledelsesgrundlag' })).toHaveAttribute('href', '#round-framework');
    expect(posted).toBe(false);
  });

  it('adds leaders by unit and removes an employee from a leader list', async () => {
    loggedInAs(['hr']);
    let round: Round = testRound();
    serveRound(round);
    let added: unknown;
    let employees: unknown;
    server.use(
      http.get(`*/api/rounds/${ROUND_ID}`, () => HttpResponse.json(round)),
      http.post(`*/api/rounds/${ROUND_ID}/evaluees`, async ({ request }) => {
        added = await request.json();
        round = testRound({ evaluees: [evaluee()] });
        return HttpResponse.json(round);
      }),
      http.put(`*/api/rounds/${ROUND_ID}/evaluees/${LEADER_ID}/employees`, async ({ request }) => {
        employees = await request.json();
        round = testRound({ evaluees: [evaluee({ employees: [person(1, 'Anna Andersen'), person(3, 'Carl Clausen')] })] });
        return HttpResponse.json(round);
      }),
    );
    renderApp(`/runder/${ROUND_ID}?trin=2`);
    const user = userEvent.setup();
    await screen.findByRole('option', { name: /Borgerservice/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Enhed' }), UNIT_ID);
    await user.click(screen.getByRole('button', { name: 'Tilføj enhedens ledere' }));

    expect(await screen.findByRole('heading', { level: 4, name: /Jens Mikkelsen/ })).toBeInTheDocument();
    expect(added).toEqual({ unitIds: [UNIT_ID] });
    expect(screen.getByRole('status')).toHaveTextContent('1 leder er tilføjet. Runden har nu 1.');
    expect(screen.getByRole('note', { name: '1 leder kan ikke få en rapport med medarbejdernes svar' })).toHaveTextContent(
      'Jens Mikkelsen: 3 medarbejdere',
    );
    await user.click(screen.getByText('3 medarbejdere bliver spurgt om Jens Mikkelsen'));
    await user.click(screen.getByRole('button', { name: 'Fjern Bo Berg fra listen over medarbejdere, der bliver spurgt om Jens Mikkelsen' }));

    expect(await screen.findByText('2 medarbejdere bliver spurgt om Jens Mikkelsen')).toBeInTheDocument();
    expect(employees).toEqual({ personIds: [person(1, '').id, person(3, '').id] });
  });

  it('gives leaders their colleagues by default, shows proposals waiting for approval, and approves them', async () => {
    loggedInAs(['hr']);
    let round = testRound({ evaluees: [evaluee()] });
    let approved = false;
    server.use(
      http.get(`*/api/rounds/${ROUND_ID}`, () => HttpResponse.json(round)),
      http.post(`*/api/rounds/${ROUND_ID}/peer-defaults`, () => {
        round = testRound({
          evaluees: [evaluee({ peers: [{ ...person(8, 'Sofie Bach'), proposed: false }, { ...person(9, 'Karl Nør'), proposed: true }] })],
        });
        return HttpResponse.json(round);
      }),
      http.post(`*/api/rounds/${ROUND_ID}/evaluees/${LEADER_ID}/peers/approval`, () => {
        approved = true;
        round = testRound({
          evaluees: [evaluee({ peers: [{ ...person(8, 'Sofie Bach'), proposed: false }, { ...person(9, 'Karl Nør'), proposed: false }] })],
        });
        return HttpResponse.json(round);
      }),
    );
    renderApp(`/runder/${ROUND_ID}?trin=2`);
    const user = userEvent.setup();
    expect(await screen.findByText('0 lederkolleger spørges om Jens Mikkelsen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spørg de andre ledere med samme chef' }));

    await user.click(await screen.findByText('2 lederkolleger spørges om Jens Mikkelsen'));
    expect(screen.getByText(/Karl Nør/).closest('li')).toHaveTextContent('foreslået af lederen, venter på godkendelse');
    await user.click(screen.getByRole('button', { name: 'Godkend 1 foreslået lederkollega' }));
    await waitFor(() => expect(approved).toBe(true));
    expect(await screen.findByRole('status')).toHaveTextContent('Lederkollegerne, som Jens Mikkelsen foreslog, er godkendt.');
    expect(screen.queryByText('foreslået af lederen, venter på godkendelse', { exact: false })).toBeNull();
  });

  it('saves the thresholds and sharing with the rest of the settings', async () => {
    loggedInAs(['hr']);
    const round = testRound({ evaluees: [evaluee()] });
    serveRound(round);
    let sent: unknown;
    server.use(
      http.put(`*/api/rounds/${ROUND_ID}`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...round, ...(sent as object) });
      }),
    );
    renderApp(`/runder/${ROUND_ID}?trin=4`);
    const user = userEvent.setup();
    const k = await screen.findByRole('spinbutton', { name: 'Anonymitetsgrænse: mindste antal medarbejdersvar' });
    expect(k).toHaveAccessibleDescription(/vises kun, hvis mindst så mange medarbejdere har svaret/);
    await user.clear(k);
    await user.type(k, '7');
    const kStory = screen.getByRole('spinbutton', { name: 'Mindste antal svar for at vise historier' });
    await user.clear(kStory);
    await user.type(kStory, '8');
    const kPeer = screen.getByRole('spinbutton', { name: 'Anonymitetsgrænse for lederkolleger' });
    expect(kPeer).toHaveValue(3);
    await user.clear(kPeer);
    await user.type(kPeer, '4');
    await user.click(screen.getByRole('radio', { name: 'Nej, kun lederen selv' }));
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Trin 5 af 5: Opsummering og igangsæt' })).toBeInTheDocument();
    expect(sent).toEqual({
      frameworkVersionId: VERSION_ID,
      name: 'Lederevaluering forår',
      closesAt: '2030-03-01T11:00:00Z',
      k: 7,
      kStory: 8,
      kPeer: 4,
      includeSelf: true,
      includeManager: true,
      managerAccess: 'NONE',
      hrAccess: 'NONE',
      retentionMonths: 24,
      reminderDaysBefore: 3,
      confirmRespondents: false,
    });
  });

  it('refuses a story threshold below k before sending', async () => {
    loggedInAs(['hr']);
    serveRound(testRound());
    renderApp(`/runder/${ROUND_ID}?trin=4`);
    const user = userEvent.setup();
    const kStory = await screen.findByRole('spinbutton', { name: 'Mindste antal svar for at vise historier' });
    await user.clear(kStory);
    await user.type(kStory, '4');
    await user.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    expect(kStory).toHaveAttribute('aria-invalid', 'true');
    expect(kStory).toHaveAccessibleDescription(/Fejl: Må ikke være mindre end anonymitetsgrænsen \(5\)/);
  });

  it('sums the invitations in the summary and launches only after the confirmation', async () => {
    loggedInAs(['hr']);
    const second = evaluee({
      leaderId: '88888888-8888-4888-8888-888888888888',
      name: 'Mette Kjær',
      employees: Array.from({ length: 7 }, (_, i) => person(10 + i, `Medarbejder ${i + 1}`)),
      manager: false,
      invited: [
        { group: 'EMPLOYEE', invited: 7 },
        { group: 'SELF', invited: 1 },
        { group: 'MANAGER', invited: 0 },
      ],
    });
    const round = testRound({ evaluees: [evaluee(), second] });
    serveRound(round);
    let launched = false;
    server.use(
      http.post(`*/api/rounds/${ROUND_ID}/launch`, () => {
        launched = true;
        const open = { ...round, status: 'OPEN' as const, launchedAt: '2026-11-21T10:00:00Z', mail: { ...round.mail, pending: 15 } };
        server.use(
          http.get(`*/api/rounds/${ROUND_ID}`, () => HttpResponse.json(open)),
          http.get(`*/api/rounds/${ROUND_ID}/progress`, () => HttpResponse.json({ roundId: ROUND_ID, status: 'OPEN', units: [] })),
        );
        return HttpResponse.json({ round: open, invitations: 15 });
      }),
    );
    renderApp(`/runder/${ROUND_ID}?trin=5`);

    // 3 + 7 employees, 2 self-evaluations, 1 manager.
    expect(await screen.findByText('Når runden sættes i gang, sendes 13 e-mails med et personligt link.')).toBeInTheDocument();
    expect(screen.getByText('Medarbejdere: 10')).toBeInTheDocument();
    expect(screen.getByText('Selvvurdering: 2')).toBeInTheDocument();
    expect(screen.getByText('Chefens vurdering: 1')).toBeInTheDocument();
    const summary = screen.getByRole('table', { name: 'Det, der låses, når runden sættes i gang' });
    expect(within(summary).getByRole('row', { name: /^Ledelsesgrundlag / })).toHaveTextContent('Ledelsesgrundlag for Testkommune (version 2)');
    expect(within(summary).getByRole('row', { name: /^Anonymitetsgrænse / })).toHaveTextContent('mindst 5 svar');
    expect(within(summary).getByRole('row', { name: /^Ledere / })).toHaveTextContent('Jens Mikkelsen, Mette Kjær');
    // Jens has 3 employees under k = 5: HR is told before launch, with the choices.
    const warning = screen.getByRole('note', { name: '1 leder kan ikke få en rapport med medarbejdernes svar' });
    expect(warning).toHaveTextContent('Jens Mikkelsen: 3 medarbejdere');
    expect(warning).not.toHaveTextContent('Mette Kjær');
    expect(within(warning).getByRole('link', { name: 'Ret anonymitetsgrænsen i trin 4' })).toHaveAttribute('href', `/runder/${ROUND_ID}?trin=4`);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sæt i gang' }));
    const dialog = screen.getByRole('dialog', { name: 'Sæt »Lederevaluering forår« i gang?' });
    expect(dialog).toHaveTextContent('kan ikke ændres bagefter');
    expect(dialog).toHaveTextContent('Der sendes 13 e-mails');
    expect(within(dialog).getByRole('button', { name: 'Annullér' })).toHaveFocus();
    expect(launched).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Sæt i gang' }));
    expect(await screen.findByText('Runden er sat i gang. 15 invitationer bliver sendt.')).toBeInTheDocument();
    expect(launched).toBe(true);
    expect(screen.getByText('Åben')).toBeInTheDocument();
  });

  it('cannot launch a round without leaders', async () => {
    loggedInAs(['hr']);
    serveRound(testRound());
    renderApp(`/runder/${ROUND_ID}?trin=5`);
    expect(await screen.findByText('Tilføj mindst én leder, før runden kan sættes i gang.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sæt i gang' })).toBeDisabled();
  });

  it('shows who has confirmed the list, and asks the others to confirm', async () => {
    loggedInAs(['hr']);
    const mette = evaluee({
      leaderId: '88888888-8888-4888-8888-888888888888',
      name: 'Mette Kjær',
      confirmedAt: '2026-11-25T09:30:00Z',
    });
    const round = testRound({ confirmRespondents: true, evaluees: [evaluee(), mette] });
    serveRound(round);
    let asked = 0;
    server.use(
      http.post(`*/api/rounds/${ROUND_ID}/confirmation-requests`, () => {
        asked += 1;
        return HttpResponse.json({ mailed: 1 });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp(`/runder/${ROUND_ID}?trin=2`);

    // The leaders step says, leader by leader, whether the list is confirmed.
    const waiting = await screen.findByText('Lederen har endnu ikke bekræftet listen.');
    expect(waiting.closest('li')).toHaveTextContent('Jens Mikkelsen');
    const done = screen.getByText(/^Lederen har bekræftet listen .*2026/);
    expect(done.closest('li')).toHaveTextContent('Mette Kjær');
    expect(screen.getAllByText('Lederen har endnu ikke bekræftet listen.')).toHaveLength(1);

    await router.navigate(`/runder/${ROUND_ID}?trin=5`);
    expect(
      await screen.findByText(
        'Disse ledere har endnu ikke bekræftet deres medarbejderlister: Jens Mikkelsen. Runden kan først sættes i gang, når de har.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bed lederne bekræfte deres lister' }));
    expect(await screen.findByText('1 leder har fået en e-mail med et link til sin liste.')).toBeInTheDocument();
    expect(asked).toBe(1);
  });

  it('shows no confirmation when the round does not ask for one', async () => {
    loggedInAs(['hr']);
    serveRound(testRound({ evaluees: [evaluee()] }));
    renderApp(`/runder/${ROUND_ID}?trin=5`);
    expect(await screen.findByText('Når runden sættes i gang, sendes 5 e-mails med et personligt link.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bed lederne bekræfte deres lister' })).not.toBeInTheDocument();
    expect(screen.queryByText(/endnu ikke bekræftet/)).not.toBeInTheDocument();
  });
});
