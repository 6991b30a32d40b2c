import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';
import type { MeetingQuestion } from '../types';

const TOKEN = 'mT7kQ2vX0b1Yc2Wd3Ue4Tf5Sg6Rh7Qi8Pj9Ok0Nl1M';

const question: MeetingQuestion = {
  meetingName: 'Personalemøde',
  meetingDate: '2026-11-30',
  leaderName: 'Lars Holm',
  organisation: 'Testkommune',
  valueTitle: 'Synlig',
  valueDescription: 'Lederen er til stede og tydelig.',
  k: 3,
};

interface Call {
  token: string | null;
  browser: string | null;
  authorization: string | null;
  url: string;
  body: unknown;
}

function serveMeeting(answerStatus = 201) {
  const calls: Call[] = [];
  server.use(
    http.get('*/api/meeting-answer', ({ request }) =>
      request.headers.get('X-Meeting-Token') === TOKEN ? HttpResponse.json(question) : problem(404, 'Findes ikke'),
    ),
    http.post('*/api/meeting-answer', async ({ request }) => {
      calls.push({
        token: request.headers.get('X-Meeting-Token'),
        browser: request.headers.get('X-Meeting-Browser'),
        authorization: request.headers.get('Authorization'),
        url: request.url,
        body: await request.json(),
      });
      return answerStatus === 201 ? HttpResponse.json({ received: true }, { status: 201 }) : problem(answerStatus, 'Nej');
    }),
  );
  return calls;
}

describe('meeting evaluation for a participant', () => {
  beforeAll(async () => {
    await import('@/features/meetings');
  });

  it('asks the one question, says it is anonymous, and sends the answer with the token and browser key in headers only', async () => {
    sessionStorage.setItem('pejling.token', 'staff-session-token');
    const calls = serveMeeting();
    const { router } = renderApp(`/m#${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluér mødet' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(screen.getByText(/Dit svar er anonymt\. Der er intet login, og hverken Lars Holm eller andre/)).toBeInTheDocument();
    expect(screen.getByText(/Resultatet vises først, når mindst 3 har svaret/)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Hvor godt levede mødet op til »Synlig«?' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual([
      '1 – I meget ringe grad',
      '2 – I ringe grad',
      '3 – I nogen grad',
      '4 – I høj grad',
      '5 – I meget høj grad',
      'Ved ikke',
    ]);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(screen.getByText('Vælg et svar.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await user.click(within(group).getByRole('radio', { name: '4 – I høj grad' }));
    await user.type(screen.getByRole('textbox', { name: /Fortæl kort om en situation/ }), 'Alle kom til orde');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tak for dit svar' })).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.token).toBe(TOKEN);
    expect(calls[0]?.url).not.toContain(TOKEN);
    expect(calls[0]?.authorization).toBeNull();
    expect(calls[0]?.browser).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(calls[0]?.browser).toBe(localStorage.getItem('pejling.meeting-browser'));
    expect(calls[0]?.body).toEqual({ score: 4, story: 'Alle kom til orde' });
  });

  it('sends "ved ikke" as an answer without a score', async () => {
    const calls = serveMeeting();
    renderApp(`/m#${TOKEN}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Ved ikke' }));
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    await screen.findByRole('heading', { level: 1, name: 'Tak for dit svar' });
    expect(calls[0]?.body).toEqual({});
  });

  it('tells a browser that has answered, a closed evaluation and an unknown link apart', async () => {
    serveMeeting(409);
    const first = renderApp(`/m#${TOKEN}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: '2 – I ringe grad' }));
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har allerede svaret' })).toBeInTheDocument();
    first.unmount();

    server.use(http.get('*/api/meeting-answer', () => problem(410, 'Lukket')));
    const second = renderApp(`/m#${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Evalueringen er lukket' })).toBeInTheDocument();
    second.unmount();

    sessionStorage.clear();
    renderApp('/m');
    expect(await screen.findByRole('heading', { level: 1, name: 'Åbn linket fra mødet' })).toBeInTheDocument();
  });
});
