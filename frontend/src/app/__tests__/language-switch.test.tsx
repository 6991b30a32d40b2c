import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('language switch', () => {
  it('switches the text and <html lang> to English and back, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('pejling.lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });

  it('links the footer to the configured accessibility statement and the privacy page', async () => {
    renderApp('/login');
    expect(await screen.findByRole('link', { name: 'Tilgængelighedserklæring' })).toHaveAttribute(
      'href',
      'https://was.digst.dk/example',
    );
    expect(screen.getByRole('link', { name: 'Privatliv og databeskyttelse' })).toHaveAttribute('href', '/privatliv');
  });
});
