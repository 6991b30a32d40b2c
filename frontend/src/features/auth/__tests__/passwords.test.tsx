import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

function openLink(token: string) {
  window.history.replaceState(null, '', `/adgangskode#${token}`);
  return renderApp('/adgangskode');
}

describe('set-password page', () => {
  it('checks the length and the repetition before sending, then sets the password from the link', async () => {
    let sent: unknown;
    server.use(
      http.post('*/api/auth/password', async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    openLink(TOKEN);
    await screen.findByLabelText('Ny adgangskode');
    await waitFor(() => expect(window.location.hash).toBe(''));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ny adgangskode'), 'kort');
    await user.type(screen.getByLabelText('Gentag adgangskoden'), 'andet');
    await user.click(screen.getByRole('button', { name: 'Gem adgangskode' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Adgangskoden skal være mindst 12 tegn');
    expect(screen.getByRole('alert')).toHaveTextContent('De to adgangskoder er ikke ens');
    expect(sent).toBeUndefined();

    await user.clear(screen.getByLabelText('Ny adgangskode'));
    await user.clear(screen.getByLabelText('Gentag adgangskoden'));
    await user.type(screen.getByLabelText('Ny adgangskode'), 'Et langt og godt kodeord');
    await user.type(screen.getByLabelText('Gentag adgangskoden'), 'Et langt og godt kodeord');
    await user.click(screen.getByRole('button', { name: 'Gem adgangskode' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Din adgangskode er gemt');
    expect(sent).toEqual({ token: TOKEN, password: 'Et langt og godt kodeord' });
  });

  it('shows the server’s rule next to the field', async () => {
    server.use(
      http.post('*/api/auth/password', () =>
        HttpResponse.json(
          {
            type: 'urn:pejling:problem:validation',
            title: 'Ugyldige data',
            status: 400,
            errors: [{ field: 'password', message: 'er en af de mest almindelige adgangskoder; vælg en anden' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    openLink(TOKEN);
    await screen.findByLabelText('Ny adgangskode');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ny adgangskode'), 'qwerty123456');
    await user.type(screen.getByLabelText('Gentag adgangskoden'), 'qwerty123456');
    await user.click(screen.getByRole('button', { name: 'Gem adgangskode' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('mest almindelige');
    expect(screen.getByLabelText('Ny adgangskode')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when the link is used or expired, and offers a new one', async () => {
    server.use(
      http.post('*/api/auth/password', () =>
        HttpResponse.json(
          { type: 'urn:pejling:problem:invalid-link', title: 'Linket er ugyldigt', status: 400 },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    openLink(TOKEN);
    await screen.findByLabelText('Ny adgangskode');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ny adgangskode'), 'Et langt og godt kodeord');
    await user.type(screen.getByLabelText('Gentag adgangskoden'), 'Et langt og godt kodeord');
    await user.click(screen.getByRole('button', { name: 'Gem adgangskode' }));
    expect(await screen.findByText('Linket virker ikke')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bed om et nyt link' })).toHaveAttribute('href', '/glemt-adgangskode');
  });
});

describe('forgotten password', () => {
  it('gives the same answer whatever the e-mail', async () => {
    const asked: string[] = [];
    server.use(
      http.post('*/api/auth/password-reset', async ({ request }) => {
        asked.push(((await request.json()) as { email: string }).email);
        return HttpResponse.json({ message: 'ok' }, { status: 202 });
      }),
    );
    renderApp('/glemt-adgangskode');
    await screen.findByLabelText('E-mail');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-mail'), 'hvem-som-helst@kommune.dk');
    await user.click(screen.getByRole('button', { name: 'Send link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Hvis e-mailen hører til et login');
    expect(asked).toEqual(['hvem-som-helst@kommune.dk']);
  });
});

describe('login page and single sign-on', () => {
  it('offers the organisation’s own login for an e-mail of its domain', async () => {
    server.use(
      http.get('*/api/auth/sso/discover', ({ request }) =>
        new URL(request.url).searchParams.get('email')?.endsWith('@vesterby.dk')
          ? HttpResponse.json({ slug: 'vesterby', name: 'Vesterby Kommune', loginUrl: '/api/auth/sso/vesterby/login' })
          : HttpResponse.json({ status: 404 }, { status: 404 }),
      ),
    );
    renderApp('/login');
    await screen.findByLabelText('E-mail');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-mail'), 'lene@vesterby.dk');
    await user.tab();
    const button = await screen.findByRole('link', { name: 'Log ind med Vesterby Kommune' });
    expect(button).toHaveAttribute('href', '/api/auth/sso/vesterby/login');
  });

  it('explains a refused single sign-on in words', async () => {
    renderApp('/login?sso=ukendt-bruger');
    expect(await screen.findByRole('alert')).toHaveTextContent('du har ikke et login til Pejling');
  });

  it.each([
    ['ukendt', 'Organisationen findes ikke eller bruger ikke eget login.'],
    ['deaktiveret', 'Dit login til Pejling er deaktiveret.'],
    ['anden-organisation', 'Din e-mail hører til en anden organisation i Pejling.'],
    ['ingen-email', 'Din organisations login sendte ingen e-mailadresse'],
    ['fejl', 'Login via din organisation lykkedes ikke.'],
    ['noget-helt-andet', 'Login via din organisation lykkedes ikke.'],
  ])('explains the refusal ?sso=%s in words, under one heading', async (reason, text) => {
    renderApp(`/login?sso=${reason}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du blev ikke logget ind');
    expect(alert).toHaveTextContent(text);
    expect(alert).not.toHaveTextContent(/sso|=|urn:/);
    // The form is still there to log in with a password.
    expect(screen.getByLabelText('E-mail')).toBeInTheDocument();
  });

  it('a provider’s own error (?error=…) is refused in the same words', async () => {
    renderApp('/login?error=access_denied&error_description=nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('Login via din organisation lykkedes ikke.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('nope');
  });

  it('offers the organisation named by ?organisation=<slug> at once, without an e-mail', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/auth/sso/discover', ({ request }) => {
        asked.push(new URL(request.url).search);
        return new URL(request.url).searchParams.get('slug') === 'vesterby'
          ? HttpResponse.json({ slug: 'vesterby', name: 'Vesterby Kommune', loginUrl: '/api/auth/sso/vesterby/login' })
          : HttpResponse.json({ status: 404 }, { status: 404 });
      }),
    );
    renderApp('/login?organisation=vesterby');
    const button = await screen.findByRole('link', { name: 'Log ind med Vesterby Kommune' });
    expect(button).toHaveAttribute('href', '/api/auth/sso/vesterby/login');
    expect(screen.getByRole('heading', { name: 'Log ind via Vesterby Kommune' })).toBeInTheDocument();
    expect(asked).toEqual(['?slug=vesterby']);
    // Typing an e-mail of another domain does not replace the organisation the link named.
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-mail'), 'lene@andetsted.dk');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Log ind med Vesterby Kommune' })).toBeInTheDocument();
    expect(asked).toEqual(['?slug=vesterby']);
  });

  it('shows no organisation login for an unknown ?organisation', async () => {
    server.use(http.get('*/api/auth/sso/discover', () => HttpResponse.json({ status: 404 }, { status: 404 })));
    renderApp('/login?organisation=ingen-saadan');
    await screen.findByLabelText('E-mail');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: /Log ind med/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
