import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  apiError,
  coordinatorSession,
  delftApi,
  SIGNED_OUT,
  type StubReply,
  sentRequests,
  stubApi,
  UNAUTHENTICATED,
} from '../../test/api';
import { renderRoute } from '../../test/render';

/** A server with nobody signed in, where signing in with the right password starts a session. */
function signedOutApi(): Record<string, StubReply> {
  const responses: Record<string, StubReply> = { ...delftApi(), '/api/auth/session': SIGNED_OUT };
  responses['POST /api/auth/sign-in'] = ({ body }) => {
    const { password } = body as { password: string };
    if (password !== 'een lange zin als wachtwoord') {
      return apiError(401, 'invalid_credentials', 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    responses['/api/auth/session'] = { status: 200, body: coordinatorSession };
    return { status: 200, body: coordinatorSession };
  };
  return responses;
}

describe('signing in', () => {
  it('sends an unauthenticated visitor to sign in, remembering the page they asked for', async () => {
    stubApi(signedOutApi());
    const { router } = renderRoute('/c/delft/indicators?view=all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/c/delft/indicators?view=all');
    // No coalition data was asked for without a session.
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
  });

  it('signs in with a fresh CSRF token and opens the first coalition', async () => {
    const fetchSpy = stubApi(signedOutApi());
    const { user, router } = renderRoute('/sign-in');

    await user.type(await screen.findByLabelText('E-mailadres'), ' Anna@Example.nl ');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thermometer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/delft');
    const signIn = sentRequests(fetchSpy).find((request) => request.url.pathname === '/api/auth/sign-in');
    expect(signIn?.method).toBe('POST');
    expect(signIn?.body).toEqual({ email: 'anna@example.nl', password: 'een lange zin als wachtwoord' });
    // Before sign-in there is no session to take the token from, so it was fetched first.
    expect(signIn?.headers.get('X-CSRF-Token')).toBe('csrf-fresh');
    expect(within(screen.getByRole('banner')).getByText('Anna de Vries')).toBeInTheDocument();
  });

  it('returns to the page asked for after signing in, but never to another site', async () => {
    stubApi(signedOutApi());
    const first = renderRoute('/sign-in?next=%2Fc%2Fdelft%2Findicators');
    await first.user.type(await screen.findByLabelText('E-mailadres'), 'anna@example.nl');
    await first.user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await first.user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByRole('heading', { level: 1, name: 'Indicatoren' });
    expect(first.router.state.location.pathname).toBe('/c/delft/indicators');
    first.unmount();

    stubApi(signedOutApi());
    const second = renderRoute('/sign-in?next=%2F%2Fevil.example%2Fc%2Fdelft');
    await second.user.type(await screen.findByLabelText('E-mailadres'), 'anna@example.nl');
    await second.user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await second.user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByRole('heading', { level: 1, name: 'Thermometer' });
    expect(second.router.state.location.pathname).toBe('/c/delft');
  });

  it('shows the server’s message for a wrong password, in a summary that takes focus', async () => {
    stubApi(signedOutApi());
    const { user, router } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('E-mailadres'), 'anna@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'verkeerd');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('checks the fields before sending anything, and links each message to its field', async () => {
    const fetchSpy = stubApi(signedOutApi());
    const { user } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('E-mailadres'), 'geen-adres');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = await screen.findByRole('alert');
    const emailLink = within(summary).getByRole('link', { name: /geldig e-mailadres/ });
    within(summary).getByRole('link', { name: 'Vul dit veld in.' });
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription(/geldig e-mailadres/);
    expect(sentRequests(fetchSpy).some((request) => request.method === 'POST')).toBe(false);

    await user.click(emailLink);
    expect(screen.getByLabelText('E-mailadres')).toHaveFocus();
  });

  it('says so when too many attempts were made', async () => {
    stubApi({
      ...signedOutApi(),
      'POST /api/auth/sign-in': apiError(
        429,
        'too_many_requests',
        'Te veel verzoeken. Wacht even en probeer het opnieuw.',
      ),
    });
    const { user } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('E-mailadres'), 'anna@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'wat dan ook');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel verzoeken.');
  });
});

describe('signing out', () => {
  it('ends the session with the session’s CSRF token and goes to the sign-in page', async () => {
    const responses = delftApi();
    responses['POST /api/auth/sign-out'] = () => {
      responses['/api/auth/session'] = SIGNED_OUT;
      return { status: 204 };
    };
    const fetchSpy = stubApi(responses);
    const { user, router } = renderRoute('/c/delft');

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    const signOut = sentRequests(fetchSpy).find((request) => request.url.pathname === '/api/auth/sign-out');
    expect(signOut?.headers.get('X-CSRF-Token')).toBe('csrf-from-session');
  });

  it('sends the user to sign in when the session expires while a page is open', async () => {
    const responses = delftApi();
    responses['/api/coalitions/delft/indicators'] = () => {
      // The server has forgotten the session by now.
      responses['/api/auth/session'] = SIGNED_OUT;
      return UNAUTHENTICATED;
    };
    stubApi(responses);
    const { router } = renderRoute('/c/delft/indicators');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/c/delft/indicators')}`);
  });
});

describe('the language kept with the account', () => {
  /** Signing in answers with an account whose language is `locale`. */
  function accountIn(locale: 'nl' | 'en'): Record<string, StubReply> {
    const session = { ...coordinatorSession, user: { ...coordinatorSession.user, locale } };
    const responses: Record<string, StubReply> = { ...delftApi(), '/api/auth/session': SIGNED_OUT };
    responses['POST /api/auth/sign-in'] = () => {
      responses['/api/auth/session'] = { status: 200, body: session };
      return { status: 200, body: session };
    };
    responses['PUT /api/auth/locale'] = { status: 204, body: null };
    return responses;
  }

  async function signInOn(page: ReturnType<typeof renderRoute>) {
    await page.user.type(await screen.findByLabelText(/E-mailadres|E-mail address/), 'anna@example.nl');
    await page.user.type(screen.getByLabelText(/Wachtwoord|Password/), 'een lange zin als wachtwoord');
    await page.user.click(screen.getByRole('button', { name: /^(Inloggen|Sign in)$/ }));
  }

  it('opens in the account’s language after signing in on a device where nobody chose one', async () => {
    const fetchSpy = stubApi(accountIn('en'));
    const page = renderRoute('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await signInOn(page);
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    // The account already had it: nothing to save.
    expect(sentRequests(fetchSpy).some((r) => r.url.pathname === '/api/auth/locale')).toBe(false);
  });

  it('keeps a language chosen on the sign-in page, and saves it with the account', async () => {
    const fetchSpy = stubApi(accountIn('nl'));
    const page = renderRoute('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await page.user.click(screen.getByRole('button', { name: /^EN/ }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await signInOn(page);
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    await waitFor(() => {
      const saved = sentRequests(fetchSpy).find((r) => r.url.pathname === '/api/auth/locale');
      expect(saved?.method).toBe('PUT');
      expect(saved?.body).toEqual({ locale: 'en' });
    });
  });

  it('saves a language switched to while signed in', async () => {
    const fetchSpy = stubApi({ ...delftApi(), 'PUT /api/auth/locale': { status: 204, body: null } });
    const page = renderRoute('/c/delft');
    await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await page.user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    await waitFor(() =>
      expect(sentRequests(fetchSpy).find((r) => r.url.pathname === '/api/auth/locale')?.body).toEqual({
        locale: 'en',
      }),
    );
  });
});
