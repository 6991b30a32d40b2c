import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { DevelopmentPlan, PlanInput } from '../types';
import {
  STATEMENT_3,
  VALUE_2,
  commentsUrl,
  loggedInAs,
  planPath,
  planUrl,
  problemJson,
  servePlan,
  testPlan,
} from './lus-fixtures';

describe('development plan', () => {
  it('lets the leader add a goal tied to a statement and save it with the version they started from', async () => {
    loggedInAs(['leader']);
    servePlan(testPlan());
    let sent: PlanInput | undefined;
    server.use(
      http.put(planUrl, async ({ request }) => {
        sent = (await request.json()) as PlanInput;
        return HttpResponse.json(testPlan({ version: 2, goals: [...testPlan().goals, { ...testPlan().goals[0]!, id: 'x', title: 'Sæt tydelig retning' }] }));
      }),
    );
    renderApp(planPath);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Udviklingsplan: Lars Holm Nielsen' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Mål 1' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Mål 1' })).getByRole('textbox', { name: 'Mål' })).toHaveValue('Giv mere feedback');

    await user.click(screen.getByRole('button', { name: 'Tilføj mål' }));
    const goal = screen.getByRole('group', { name: 'Mål 2' });
    const title = within(goal).getByRole('textbox', { name: 'Mål' });
    expect(title).toHaveFocus();
    await user.paste('Sæt tydelig retning');
    // Options come from the report's values: the statement picks its value.
    await user.selectOptions(within(goal).getByRole('combobox', { name: 'Udsagn (valgfrit)' }), 'Min leder sætter retning');
    expect(within(goal).getByRole('combobox', { name: 'Værdi (valgfri)' })).toHaveValue(VALUE_2);
    await user.click(within(goal).getByRole('textbox', { name: /Handlinger/ }));
    await user.paste('Fælles mål på personalemødet');
    await user.type(within(goal).getByLabelText('Frist'), '2026-06-30');
    await user.selectOptions(within(goal).getByRole('combobox', { name: 'Status' }), 'I gang');
    await user.click(screen.getByRole('button', { name: 'Gem planen' }));

    expect(await screen.findByText(/Planen er gemt\./)).toBeInTheDocument();
    expect(sent?.version).toBe(1);
    expect(sent?.goals).toHaveLength(2);
    expect(sent?.goals[1]).toEqual({
      title: 'Sæt tydelig retning',
      valueId: VALUE_2,
      statementId: STATEMENT_3,
      actions: 'Fælles mål på personalemødet',
      dueDate: '2026-06-30',
      status: 'IN_PROGRESS',
    });
  });

  it('reorders and removes goals', async () => {
    loggedInAs(['leader']);
    const plan = testPlan();
    plan.goals.push({ ...plan.goals[0]!, id: 'dddddddd-0000-4000-8000-000000000002', title: 'Andet mål' });
    servePlan(plan);
    let sent: PlanInput | undefined;
    server.use(
      http.put(planUrl, async ({ request }) => {
        sent = (await request.json()) as PlanInput;
        return HttpResponse.json(testPlan({ version: 2 }));
      }),
    );
    renderApp(planPath);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Flyt mål 2 op' }));
    expect(within(screen.getByRole('group', { name: 'Mål 1' })).getByRole('textbox', { name: 'Mål' })).toHaveValue('Andet mål');
    await user.click(screen.getByRole('button', { name: 'Fjern mål 2' }));
    expect(screen.queryByRole('group', { name: 'Mål 2' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem planen' }));
    await screen.findByText(/Planen er gemt\./);
    expect(sent?.goals.map((goal) => goal.title)).toEqual(['Andet mål']);
  });

  it('requires a title before sending, and shows the server’s field errors inline', async () => {
    loggedInAs(['leader']);
    servePlan(testPlan());
    let puts = 0;
    server.use(
      http.put(planUrl, () => {
        puts += 1;
        return problemJson(400, {
          type: 'urn:pejling:problem:validation',
          title: 'Ugyldige data',
          errors: [{ field: 'goals[0].statementId', message: 'Udsagnet hører ikke til den valgte værdi.' }],
        });
      }),
    );
    renderApp(planPath);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tilføj mål' }));
    await user.click(screen.getByRole('button', { name: 'Gem planen' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Mål 2: Skriv målet.');
    expect(within(screen.getByRole('group', { name: 'Mål 2' })).getByRole('textbox', { name: 'Mål' })).toHaveAccessibleDescription(
      expect.stringContaining('Fejl: Skriv målet.'),
    );
    expect(puts).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Fjern mål 2' }));
    await user.click(screen.getByRole('button', { name: 'Gem planen' }));
    expect(await screen.findByText('Mål 1: Udsagnet hører ikke til den valgte værdi.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Mål 1' })).getByRole('combobox', { name: 'Udsagn (valgfrit)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(puts).toBe(1);
  });

  it('keeps the user’s text when someone else saved meanwhile, and reloads only when asked', async () => {
    loggedInAs(['leader']);
    servePlan(testPlan());
    server.use(
      http.put(planUrl, () =>
        problemJson(409, { type: 'urn:pejling:problem:stale-version', title: 'Nogen har ændret det i mellemtiden' }),
      ),
    );
    renderApp(planPath);
    const user = userEvent.setup();
    const title = await screen.findByDisplayValue('Giv mere feedback');
    await user.clear(title);
    await user.paste('Min egen nye tekst');
    await user.click(screen.getByRole('button', { name: 'Gem planen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nogen har gemt planen, mens du skrev');
    expect(screen.getByDisplayValue('Min egen nye tekst')).toBeInTheDocument();

    const newer: DevelopmentPlan = testPlan({ version: 3, goals: [{ ...testPlan().goals[0]!, title: 'Chefens udgave' }] });
    servePlan(newer);
    await user.click(within(alert).getByRole('button', { name: 'Hent den gemte version' }));
    expect(await screen.findByDisplayValue('Chefens udgave')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('Min egen nye tekst')).not.toBeInTheDocument();
  });

  it('shows the manager the plan read-only, with comments and a box to add one', async () => {
    loggedInAs(['manager']);
    servePlan(testPlan({ canEdit: false }));
    let comment: unknown;
    server.use(
      http.post(commentsUrl, async ({ request }) => {
        comment = await request.json();
        const plan = testPlan({ canEdit: false });
        plan.comments.push({
          id: 'eeeeeeee-0000-4000-8000-000000000002',
          authorName: 'Mette Kjær',
          role: 'MANAGER',
          text: 'Husk opfølgning.',
          createdAt: '2025-11-12T09:00:00Z',
          mine: true,
          editableUntil: '2025-11-13T09:00:00Z',
        });
        return HttpResponse.json(plan);
      }),
    );
    renderApp(planPath);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 3, name: 'Giv mere feedback' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Mål' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem planen' })).not.toBeInTheDocument();
    expect(screen.getByText('I gang')).toBeInTheDocument();
    const comments = screen.getByRole('region', { name: 'Kommentarer' });
    expect(comments).toHaveTextContent('Mette Kjær (chef)');
    expect(comments).toHaveTextContent('Godt mål. Lad os følge op i marts.');

    await user.click(within(comments).getByRole('button', { name: 'Tilføj kommentar' }));
    expect(within(comments).getByRole('textbox', { name: 'Din kommentar' })).toHaveAccessibleDescription(/Fejl: Skriv en kommentar\./);
    await user.type(within(comments).getByRole('textbox', { name: 'Din kommentar' }), 'Husk opfølgning.');
    await user.click(within(comments).getByRole('button', { name: 'Tilføj kommentar' }));
    expect(await within(comments).findByText('Husk opfølgning.')).toBeInTheDocument();
    expect(comment).toEqual({ text: 'Husk opfølgning.' });
    expect(within(comments).getByRole('textbox', { name: 'Din kommentar' })).toHaveValue('');
    expect(screen.getByText('Kommentaren er tilføjet.')).toBeInTheDocument();

    // Her own comment she may still edit; it then says that it was edited. The leader's she may not.
    let edited: unknown;
    server.use(
      http.put(`${commentsUrl}/eeeeeeee-0000-4000-8000-000000000002`, async ({ request }) => {
        edited = await request.json();
        const plan = testPlan({ canEdit: false });
        plan.comments.push({
          id: 'eeeeeeee-0000-4000-8000-000000000002',
          authorName: 'Mette Kjær',
          role: 'MANAGER',
          text: 'Husk opfølgning i marts.',
          createdAt: '2025-11-12T09:00:00Z',
          editedAt: '2025-11-12T10:00:00Z',
          mine: true,
          editableUntil: '2025-11-13T09:00:00Z',
        });
        return HttpResponse.json(plan);
      }),
    );
    expect(within(comments).getAllByRole('button', { name: 'Ret kommentar' })).toHaveLength(1);
    await user.click(within(comments).getByRole('button', { name: 'Ret kommentar' }));
    const editor = within(comments).getByRole('textbox', { name: 'Ret din kommentar' });
    await user.clear(editor);
    await user.type(editor, 'Husk opfølgning i marts.');
    await user.click(within(comments).getByRole('button', { name: 'Gem ændringen' }));
    expect(await within(comments).findByText('Husk opfølgning i marts.')).toBeInTheDocument();
    expect(edited).toEqual({ text: 'Husk opfølgning i marts.' });
    expect(comments).toHaveTextContent(/\(redigeret /);
  });

  it('lets the leader share the saved plan with the manager, who is mailed a link', async () => {
    loggedInAs(['leader']);
    servePlan(testPlan());
    let shared = 0;
    server.use(
      http.post(`${planUrl}/share`, () => {
        shared += 1;
        return HttpResponse.json(testPlan({ sharedAt: '2025-11-12T09:00:00Z' }));
      }),
    );
    renderApp(planPath);
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: 'Del planen med din chef' });
    expect(region).toHaveTextContent('Planen selv står ikke i e-mailen.');
    await user.click(within(region).getByRole('button', { name: 'Del planen med Mette Kjær' }));
    expect(await within(region).findByText(/^Delt med Mette Kjær /)).toBeInTheDocument();
    expect(shared).toBe(1);
    // Unsaved changes are not shared: save first.
    await user.type(within(screen.getByRole('group', { name: 'Mål 1' })).getByRole('textbox', { name: 'Mål' }), '!');
    expect(within(region).getByRole('button', { name: 'Del planen med Mette Kjær' })).toBeDisabled();
    expect(region).toHaveTextContent('Gem planen, før du deler den.');
  });

  it('warns before leaving with changes that are not saved, and lets the leader stay', async () => {
    loggedInAs(['leader']);
    servePlan(testPlan());
    const { router } = renderApp(planPath);
    const user = userEvent.setup();
    const title = within(await screen.findByRole('group', { name: 'Mål 1' })).getByRole('textbox', { name: 'Mål' });
    expect(screen.queryByText(/Du har ændringer, der ikke er gemt\./)).not.toBeInTheDocument();
    await user.type(title, ' hver uge');
    expect(screen.getByText(/Du har ændringer, der ikke er gemt\./)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Tilbage til rapporten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forlad planen uden at gemme?' });
    await user.click(within(dialog).getByRole('button', { name: 'Bliv på siden' }));
    expect(router.state.location.pathname).toBe(planPath);
    expect(title).toHaveValue('Giv mere feedback hver uge');

    await user.click(screen.getByRole('link', { name: 'Tilbage til rapporten' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Forlad uden at gemme' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(planPath.replace(/\/plan$/, '')));
  });
});
