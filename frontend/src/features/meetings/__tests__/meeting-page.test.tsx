import { screen } from '@testing-library/react';
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
