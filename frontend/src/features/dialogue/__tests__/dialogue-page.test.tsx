import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { TeamDialogue, TeamDialogueRecord } from '../types';

const ID = '00000000-0000-4000-8000-000000000301';

function dialogue(version = 0, holdOn?: string): TeamDialogue {
  return {
    id: ID,
    month: '2026-12',
    team: {
      managerId: '00000000-0000-4000-8000-000000000001',
      managerName: 'Mette Kjær',
      members: [
        { personId: '00000000-0000-4000-8000-000000000002', name: 'Lars Holm' },
        { personId: '00000000-0000-4000-8000-000000000003', name: 'Sofie Bach' },
      ],
      own: false,
    },
    valueId: '00000000-0000-4000-8000-000000000101',
    valueTitle: 'Jeg tager ansvar for helheden',
    before: ['Overvej det udvalgte kodekspunkt', 'Find eksempler på at du har levet op til kodekspunktet'],
    during: ['Hvad skal I holde fast i for fortsat at leve op til dette kodekspunkt?'],
    dilemmas: [{ number: 2, title: 'Sparekrav', text: 'Du skal spare ti procent.' }],
    holdOn,
    version,
    history: [{ id: '00000000-0000-4000-8000-000000000300', month: '2026-09', holdOn: 'Vi spørger hinanden' }],
  };
}

function serve(saveStatus = 200) {
  const saved: TeamDialogueRecord[] = [];
  sessionStorage.setItem('pejling.token', 'token');
  server.use(
    http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
    http.get(`*/api/team-dialogues/${ID}`, () => HttpResponse.json(dialogue())),
    http.put(`*/api/team-dialogues/${ID}/record`, async ({ request }) => {
      const body = (await request.json()) as TeamDialogueRecord;
      saved.push(body);
      return saveStatus === 200
        ? HttpResponse.json(dialogue(1, body.holdOn))
        : HttpResponse.json(
            { type: 'urn:pejling:problem:stale-version', title: 'Nogen har ændret det i mellemtiden', status: 409 },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
    }),
  );
  return saved;
}

describe("the leader team's month", () => {
  beforeAll(async () => {
    await import('@/features/dialogue');
  });

  it("shows the guide's questions, the dilemmas and the history, and saves the team's record from the version it loaded", async () => {
    const saved = serve();
    renderApp(`/lederteam/${ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jeg tager ansvar for helheden – december 2026' })).toBeInTheDocument();
    expect(screen.getByText('Lederteamet hos Mette Kjær: Lars Holm, Sofie Bach')).toBeInTheDocument();
    const before = screen.getByRole('heading', { level: 2, name: 'Før mødet: Forbered dig' }).nextElementSibling as HTMLElement;
    expect(within(before).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Overvej det udvalgte kodekspunkt',
      'Find eksempler på at du har levet op til kodekspunktet',
    ]);
    expect(screen.getByText('Dilemma 2: Sparekrav')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'september 2026' })).toHaveAttribute('href', '/lederteam/00000000-0000-4000-8000-000000000300');
    expect(screen.getByText('Vi spørger hinanden')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Det vil vi holde fast i' }), 'At vi siger tingene højt');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('textbox', { name: 'Det vil vi holde fast i' })).toHaveValue('At vi siger tingene højt');
    expect(saved).toEqual([{ version: 0, holdOn: 'At vi siger tingene højt', doMore: '', doLess: '' }]);
  });

  it('says so when someone else in the team saved first, and offers to load again', async () => {
    serve(409);
    renderApp(`/lederteam/${ID}`);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Det vil vi gøre mere af' }), 'Mere');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText(/En anden i lederteamet har gemt i mellemtiden/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hent igen' })).toBeInTheDocument();
  });
});
