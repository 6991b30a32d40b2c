import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import { FRAMEWORK_ID, loggedInAs, serveFramework, testFramework, validationProblem } from './framework-fixtures';

const editor = `/ledelsesgrundlag/${FRAMEWORK_ID}`;

describe('framework editor', () => {
  it('shows a 400 problem inline next to the input it names', async () => {
    loggedInAs(['hr']);
    serveFramework(testFramework());
    server.use(
      http.post(`*/api/frameworks/${FRAMEWORK_ID}/values/:valueId/statements`, () =>
        validationProblem([{ field: 'selfText', message: 'skal være mellem 5 og 300 tegn (er 3)' }]),
      ),
    );
    renderApp(editor);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Tilføj udsagn under Modig' }));
    const form = screen.getByRole('group', { name: 'Nyt udsagn under Modig' });
    await user.type(within(form).getByLabelText('Medarbejderformulering'), 'Min leder tør sige fra');
    await user.type(within(form).getByLabelText('Selvvurderingsformulering'), 'Jeg');
    await user.click(screen.getByRole('button', { name: 'Tilføj udsagn' }));

    const self = await within(form).findByRole('textbox', { name: 'Selvvurderingsformulering' });
    expect(self).toHaveAttribute('aria-invalid', 'true');
    expect(self).toHaveAccessibleDescription(expect.stringContaining('Fejl: skal være mellem 5 og 300 tegn (er 3)'));
    expect(within(form).getByRole('textbox', { name: 'Medarbejderformulering' })).not.toHaveAttribute('aria-invalid');
  });

  it('sends the wordings, with empty English wordings left out', async () => {
    loggedInAs(['hr']);
    serveFramework(testFramework());
    let sent: unknown;
    server.use(
      http.put(`*/api/frameworks/${FRAMEWORK_ID}/values/:valueId/statements/:statementId`, async ({ request }) => {
        sent = await request.json();
        const updated = testFramework();
        updated.values[0]!.statements[0]!.text = 'Min leder er let at få fat i';
        return HttpResponse.json(updated);
      }),
    );
    renderApp(editor);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigér udsagnet »Min leder er tilgængelig«' }));
    const text = screen.getByRole('textbox', { name: 'Medarbejderformulering' });
    await user.clear(text);
    await user.type(text, 'Min leder er let at få fat i');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByText('Min leder er let at få fat i')).toBeInTheDocument();
    expect(sent).toEqual({ text: 'Min leder er let at få fat i', selfText: 'Jeg er tilgængelig' });
  });

  it('moves a value with a button and sends the new order', async () => {
    loggedInAs(['hr']);
    const framework = testFramework();
    serveFramework(framework);
    let sent: unknown;
    server.use(
      http.put(`*/api/frameworks/${FRAMEWORK_ID}/values/order`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...framework, values: [...framework.values].reverse() });
      }),
    );
    renderApp(editor);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Flyt værdien Modig op' }));

    expect(await screen.findByRole('heading', { level: 3, name: '1. Modig' })).toBeInTheDocument();
    expect(sent).toEqual({ ids: [framework.values[1]!.id, framework.values[0]!.id] });
    expect(screen.getByRole('button', { name: 'Flyt værdien Modig op' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('asks for confirmation before publishing, and explains the freeze', async () => {
    loggedInAs(['hr']);
    serveFramework(testFramework());
    let published = 0;
    server.use(
      http.post(`*/api/frameworks/${FRAMEWORK_ID}/publish`, () => {
        published += 1;
        return HttpResponse.json(testFramework({ status: 'PUBLISHED', publishedAt: '2026-11-27T10:00:00Z', versions: [{ id: FRAMEWORK_ID, version: 1, status: 'PUBLISHED' }] }));
      }),
    );
    renderApp(editor);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Offentliggør' }));
    const dialog = screen.getByRole('dialog', { name: 'Offentliggør »Kodeks for god ledelse«?' });
    expect(dialog).toHaveTextContent('låst for altid');
    expect(dialog).toHaveTextContent('ny version');
    expect(within(dialog).getByRole('button', { name: 'Annullér' })).toHaveFocus();
    expect(published).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: 'Annullér' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(published).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Offentliggør' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Offentliggør' }));
    expect(await screen.findByRole('button', { name: 'Start ny version' })).toBeInTheDocument();
    expect(published).toBe(1);
  });

  it('links each publish refusal to the value it names', async () => {
    loggedInAs(['hr']);
    const framework = testFramework();
    serveFramework(framework);
    server.use(
      http.post(`*/api/frameworks/${FRAMEWORK_ID}/publish`, () =>
        validationProblem([{ field: 'values[1].statements', message: 'værdien "Modig" skal have mindst ét udsagn' }], 409),
      ),
    );
    renderApp(editor);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Offentliggør' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Offentliggør' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'værdien "Modig" skal have mindst ét udsagn' })).toHaveAttribute(
      'href',
      `#value-${framework.values[1]!.id}-heading`,
    );
  });

  it('shows a published version read-only with "Start ny version"', async () => {
    loggedInAs(['hr']);
    serveFramework(
      testFramework({
        status: 'PUBLISHED',
        publishedAt: '2026-11-27T10:00:00Z',
        versions: [{ id: FRAMEWORK_ID, version: 1, status: 'PUBLISHED' }],
      }),
    );
    const draft = testFramework({ id: '44444444-4444-4444-8444-444444444444', version: 2 });
    server.use(http.post(`*/api/frameworks/${FRAMEWORK_ID}/versions`, () => HttpResponse.json(draft, { status: 201 })));
    serveFramework(draft);
    const { router } = renderApp(editor);

    expect(await screen.findByText(/er låst\. Vil du ændre noget, så start en ny version\./)).toBeInTheDocument();
    expect(screen.getByText('Min leder er tilgængelig')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Redigér/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Flyt/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Offentliggør' })).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Start ny version' }));
    expect(await screen.findByText('Version 2')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/ledelsesgrundlag/${draft.id}`);
  });

  it('links a published version to its existing draft instead of offering a new one', async () => {
    loggedInAs(['hr']);
    const draftId = '55555555-5555-4555-8555-555555555555';
    serveFramework(
      testFramework({
        status: 'PUBLISHED',
        versions: [
          { id: FRAMEWORK_ID, version: 1, status: 'PUBLISHED' },
          { id: draftId, version: 2, status: 'DRAFT' },
        ],
      }),
    );
    renderApp(editor);
    expect(await screen.findByRole('link', { name: 'Gå til kladden (version 2)' })).toHaveAttribute('href', `/ledelsesgrundlag/${draftId}`);
    expect(screen.queryByRole('button', { name: 'Start ny version' })).not.toBeInTheDocument();
  });

  it('shows a leader a published version without any way to change it', async () => {
    loggedInAs(['leader']);
    serveFramework(testFramework({ status: 'PUBLISHED' }));
    renderApp(editor);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kodeks for god ledelse' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start ny version' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Eksportér/ })).not.toBeInTheDocument();
  });

  it('previews the survey as the respondent’s own survey: intro, the 1–5 scale and Ved ikke per statement, for either audience', async () => {
    loggedInAs(['hr']);
    serveFramework(testFramework());
    await import('@/features/survey');
    renderApp(`${editor}/forhaandsvisning`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start' }));

    const group = await screen.findByRole('group', { name: 'Min leder er tilgængelig' });
    expect(within(group).getByRole('radio', { name: '1 – I meget ringe grad' })).toBeEnabled();
    expect(within(group).getByRole('radio', { name: '5 – I meget høj grad' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Ved ikke' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('intet gemmes eller sendes');

    await user.selectOptions(screen.getByLabelText('Vis spørgeskemaet for'), 'SELF');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('group', { name: 'Jeg er tilgængelig' })).toBeInTheDocument();
  });
});
