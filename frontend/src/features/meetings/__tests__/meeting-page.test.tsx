import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { create } from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { testUser } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import type { Meeting } from '../types';

const VALUE = '00000000-0000-4000-8000-000000000101';
const ID = '00000000-0000-4000-8000-000000000402';
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-ab';

const meeting: Meeting = {
  id: ID,
  name: 'Personalemøde',
  meetingDate: '2026-12-01',
  valueId: VALUE,
  valueTitle: 'Synlig',
  leaderName: 'Lars Holm',
  own: true,
  k: 3,
  open: true,
  closesAt: '2026-12-15T23:00:00Z',
  byMail: false,
  link: `/m#${TOKEN}`,
  thresholdReached: false,
  sharedWith: [],
};

describe("the leader's page of an open meeting evaluation", () => {
  beforeAll(async () => {
    await import('@/features/meetings');
  });

  it('shows the participants’ link as text and as a QR code of the same address', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
      http.get(`*/api/meetings/${ID}`, () => HttpResponse.json(meeting)),
    );
    renderApp(`/moeder/${ID}`);
    const url = `${location.origin}/m#${TOKEN}`;
    expect(await screen.findByRole('textbox', { name: 'Deltagernes link' })).toHaveValue(url);
    const qr = await screen.findByRole('img', { name: 'QR-kode med deltagernes link' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr).toHaveAttribute('data-url', url);
    const expected = create(url, { errorCorrectionLevel: 'M' }).modules;
    expect(qr).toHaveAttribute('viewBox', `0 0 ${expected.size + 8} ${expected.size + 8}`);
    let dark = 0;
    for (let row = 0; row < expected.size; row++) {
      for (let col = 0; col < expected.size; col++) if (expected.get(row, col)) dark++;
    }
    const path = qr.querySelector('path')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(dark);
    expect(path).toContain(`M${4} ${4}h1v1h-1z`);
  });
});

describe("the leader's page of a meeting evaluation past its retention period", () => {
  beforeAll(async () => {
    await import('@/features/meetings');
  });

  const closed: Meeting = {
    ...meeting,
    open: false,
    link: undefined,
    result: {
      shown: true,
      answers: 4,
      scored: 3,
      dontKnow: 1,
      mean: 4,
      distribution: [0, 0, 1, 1, 1],
      stories: [],
      storiesRemovedAt: '2028-12-01T10:00:00Z',
    },
  };

  it('says when and why the stories were deleted instead of saying nobody wrote one', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
      http.get(`*/api/meetings/${ID}`, () => HttpResponse.json(closed)),
    );
    renderApp(`/moeder/${ID}`);
    expect(
      await screen.findByText(
        'Svarene og eventuelle historier blev slettet den 1. december 2028, fordi opbevaringsperioden for mødeevalueringer var udløbet. Tallene ovenfor er bevaret.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Ingen har skrevet en historie.')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Historier' })).toBeInTheDocument();
  });

  it('still says nobody wrote a story while the answers are kept', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
      http.get(`*/api/meetings/${ID}`, () =>
        HttpResponse.json({ ...closed, result: { ...closed.result, storiesRemovedAt: undefined } }),
      ),
    );
    renderApp(`/moeder/${ID}`);
    expect(await screen.findByText('Ingen har skrevet en historie.')).toBeInTheDocument();
    expect(screen.queryByText(/opbevaringsperioden/)).not.toBeInTheDocument();
  });
});

describe("the leader's reminder of a meeting evaluation by mail", () => {
  beforeAll(async () => {
    await import('@/features/meetings');
  });

  const byMail: Meeting = { ...meeting, byMail: true, link: undefined };

  it('sends the one reminder and then says when, without any count', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    let calls = 0;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
      http.get(`*/api/meetings/${ID}`, () => HttpResponse.json(byMail)),
      http.post(`*/api/meetings/${ID}/reminder`, () => {
        calls++;
        return HttpResponse.json({ ...byMail, remindedAt: '2026-12-03T09:30:00Z' });
      }),
    );
    renderApp(`/moeder/${ID}`);
    expect(await screen.findByRole('heading', { name: 'Påmindelse' })).toBeInTheDocument();
    expect(screen.getByText(/Du får ikke at vide, hvem eller hvor mange den når/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send påmindelse' }));
    const status = await screen.findByText(/Påmindelsen blev sendt den 3\. december 2026/);
    expect(status).toHaveAttribute('role', 'status');
    expect(status.textContent).not.toMatch(/\d+ (inviterede|personer)/);
    expect(screen.queryByRole('button', { name: 'Send påmindelse' })).not.toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('tells why a reminder was refused, from the field the problem names', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
      http.get(`*/api/meetings/${ID}`, () => HttpResponse.json(byMail)),
      http.post(`*/api/meetings/${ID}/reminder`, () =>
        HttpResponse.json(
          {
            type: 'urn:pejling:problem:conflict',
            title: 'Konflikt',
            status: 409,
            detail: 'The reminder has already been sent.',
            errors: [{ field: 'remindedAt', message: 'Der er allerede sendt en påmindelse til denne mødeevaluering.' }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp(`/moeder/${ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Send påmindelse' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der er allerede sendt en påmindelse til denne mødeevaluering.');
  });

  it('offers no reminder to someone the evaluation is shared with', async () => {
    sessionStorage.setItem('pejling.token', 'token');
    server.use(
      http.get('*/api/me', () => HttpResponse.json(testUser(['leader']))),
      http.get(`*/api/meetings/${ID}`, () => HttpResponse.json({ ...byMail, own: false })),
    );
    renderApp(`/moeder/${ID}`);
    expect(await screen.findByRole('heading', { name: 'Personalemøde' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Påmindelse' })).not.toBeInTheDocument();
  });
});
