import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { Meeting, MeetingInput } from '../types';

const VALUE = '00000000-0000-4000-8000-000000000101';
const ID = '00000000-0000-4000-8000-000000000401';

function serve() {
  const created: MeetingInput[] = [];
  let stored: Meeting | undefined;
  sessionStorage.setItem('pejling.token', 'token');
  server.use(
    http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
    http.get('*/api/meetings/values', () =>
      HttpResponse.json([{ valueId: VALUE, title: 'Synlig', frameworkId: VALUE, frameworkName: 'Vores grundlag' }]),
    ),
    http.post('*/api/meetings', async ({ request }) => {
      const body = (await request.json()) as MeetingInput;
      created.push(body);
      const meeting: Meeting = {
        id: ID,
        name: body.name,
        meetingDate: body.meetingDate,
        valueId: VALUE,
        valueTitle: 'Synlig',
        leaderName: 'Lars Holm',
        own: true,
        k: 3,
        open: true,
        closesAt: '2026-12-15T23:00:00Z',
        byMail: true,
        thresholdReached: false,
        sharedWith: [],
      };
      stored = meeting;
      return HttpResponse.json(meeting, { status: 201 });
    }),
    http.get(`*/api/meetings/${ID}`, () => HttpResponse.json(stored)),
  );
  return created;
}

describe('a new meeting evaluation', () => {
  beforeAll(async () => {
    await import('@/features/meetings');
  });

  it('invites the participants by mail instead of showing a link when the leader chooses so', async () => {
    const created = serve();
    renderApp('/moeder/ny');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Mødets navn/ }), 'Ledermøde');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Værdi/ }), 'Synlig');
    expect(screen.queryByRole('textbox', { name: /Deltagernes e-mailadresser/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /En invitation pr\. mail/ }));
    await user.type(screen.getByRole('textbox', { name: /Deltagernes e-mailadresser/ }), 'a@x.dk{enter}b@x.dk, c@x.dk');
    await user.click(screen.getByRole('button', { name: 'Opret mødeevaluering' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ledermøde' })).toBeInTheDocument();
    expect(screen.getByText(/Deltagerne er inviteret pr\. mail og kan svare indtil/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Deltagernes link' })).not.toBeInTheDocument();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ name: 'Ledermøde', valueId: VALUE, k: 3, emails: ['a@x.dk', 'b@x.dk', 'c@x.dk'] });
  });
});
