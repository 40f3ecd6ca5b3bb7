import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, SIGNED_OUT, type StubReply, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const TOKEN = 'dGhpcyBpcyBhIHRva2VuIGZyb20gYW4gZS1tYWls';

function signedOut(extra: Record<string, StubReply> = {}): Record<string, StubReply> {
  return { ...delftApi(), '/api/auth/session': SIGNED_OUT, ...extra };
}

describe('accepting an invitation', () => {
  const invitation = {
    email: 'nina@example.nl',
    coalitionName: 'Coalitie Kansrijke Start Delft',
    role: 'partner',
    accountExists: false,
    expiresAt: '2026-12-05T09:00:00.000Z',
  };

  it('creates the account, signs in and opens the coalition', async () => {
    const responses = signedOut({ [`/api/auth/invitations/${TOKEN}`]: { status: 200, body: invitation } });
    responses['POST /api/auth/invitations/accept'] = () => {
      const session = sessionAs('partner');
      responses['/api/auth/session'] = { status: 200, body: session };
      return { status: 200, body: session };
    };
    const fetchSpy = stubApi(responses);
    const { user, router } = renderRoute(`/invitation?token=${TOKEN}`);

    expect(
      await screen.findByText('U bent uitgenodigd voor Coalitie Kansrijke Start Delft als partner.'),
    ).toBeInTheDocument();
    expect(screen.getByText('nina@example.nl')).toBeInTheDocument();
    const password = screen.getByLabelText('Nieuw wachtwoord');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAccessibleDescription(/Minimaal 12 tekens/);

    await user.type(screen.getByLabelText('Uw naam'), 'Nina Nieuw');
    await user.type(password, 'te kort');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruik minimaal 12 tekens.');

    await user.type(password, ' maar nu lang genoeg');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thermometer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/delft');
    const accept = sentRequests(fetchSpy).find((request) => request.method === 'POST');
    expect(accept?.body).toEqual({ token: TOKEN, name: 'Nina Nieuw', password: 'te kort maar nu lang genoeg' });
    expect(accept?.headers.get('X-CSRF-Token')).toBe('csrf-fresh');
  });

  it('keeps the language the invitation was accepted in with the new account', async () => {
    window.localStorage.setItem('tks.locale', 'en');
    const responses = signedOut({ [`/api/auth/invitations/${TOKEN}`]: { status: 200, body: invitation } });
    responses['POST /api/auth/invitations/accept'] = () => {
      const session = sessionAs('partner');
      responses['/api/auth/session'] = { status: 200, body: session };
      return { status: 200, body: session };
    };
    responses['PUT /api/auth/locale'] = { status: 204, body: null };
    const fetchSpy = stubApi(responses);
    const { user } = renderRoute(`/invitation?token=${TOKEN}`);
    await user.type(await screen.findByLabelText('Your name'), 'Nina Nieuw');
    await user.type(screen.getByLabelText('New password'), 'lang genoeg als wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));
    await waitFor(() =>
      expect(sentRequests(fetchSpy).find((request) => request.method === 'PUT')?.body).toEqual({ locale: 'en' }),
    );
    expect(document.documentElement.lang).toBe('en');
  });

  it('asks no password when the account already exists', async () => {
    stubApi(
      signedOut({ [`/api/auth/invitations/${TOKEN}`]: { status: 200, body: { ...invitation, accountExists: true } } }),
    );
    renderRoute(`/invitation?token=${TOKEN}`);
    expect(await screen.findByLabelText('Uw naam')).toBeInTheDocument();
    expect(screen.queryByLabelText('Nieuw wachtwoord')).not.toBeInTheDocument();
  });

  it('explains an invitation that no longer works', async () => {
    stubApi(signedOut({ [`/api/auth/invitations/${TOKEN}`]: apiError(404, 'token_invalid', 'Ongeldig.') }));
    renderRoute(`/invitation?token=${TOKEN}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze uitnodiging werkt niet (meer)' }),
    ).toBeInTheDocument();
  });
});

describe('resetting a password', () => {
  it('requests a link without saying whether the account exists', async () => {
    const fetchSpy = stubApi(signedOut({ 'POST /api/auth/password-reset': { status: 202, body: { ok: true } } }));
    const { user } = renderRoute('/sign-in');
    await user.click(await screen.findByRole('link', { name: 'Wachtwoord vergeten?' }));
    await screen.findByRole('heading', { level: 1, name: 'Wachtwoord vergeten' });
    await user.type(screen.getByLabelText('E-mailadres'), 'anna@example.nl');
    await user.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Als er een account bestaat voor anna@example.nl');
    expect(sentRequests(fetchSpy).find((request) => request.method === 'POST')?.body).toEqual({
      email: 'anna@example.nl',
    });
  });

  it('sets a new password from the link in the mail', async () => {
    const fetchSpy = stubApi(signedOut({ 'POST /api/auth/password-reset/confirm': { status: 204 } }));
    const { user } = renderRoute(`/reset-password?token=${TOKEN}`);
    await user.type(await screen.findByLabelText('Nieuw wachtwoord'), 'een nieuwe lange zin');
    await user.click(screen.getByLabelText('Wachtwoord tonen'));
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uw wachtwoord is gewijzigd' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Inloggen' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    await waitFor(() =>
      expect(sentRequests(fetchSpy).find((request) => request.method === 'POST')?.body).toEqual({
        token: TOKEN,
        password: 'een nieuwe lange zin',
      }),
    );
  });

  it('offers a new link when the server says the old one is used up', async () => {
    stubApi(
      signedOut({
        'POST /api/auth/password-reset/confirm': apiError(
          400,
          'token_invalid',
          'Deze link is ongeldig, al gebruikt of verlopen.',
        ),
      }),
    );
    const { user } = renderRoute(`/reset-password?token=${TOKEN}`);
    await user.type(await screen.findByLabelText('Nieuw wachtwoord'), 'een nieuwe lange zin');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' })).toBeInTheDocument();
    expect(screen.getByText('Deze link is ongeldig, al gebruikt of verlopen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe link aanvragen' })).toHaveAttribute('href', '/forgot-password');
  });
});
