import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

describe('what each role sees', () => {
  it('shows a coordinator the administration, with name and role in the header', async () => {
    stubApi();
    renderRoute('/c/delft');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Beheer' })).toHaveAttribute('href', '/c/delft/admin');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Anna de Vries')).toBeInTheDocument();
    expect(within(banner).getByText('coördinator')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    expect(within(banner).queryByRole('link', { name: 'Platformbeheer' })).not.toBeInTheDocument();
  });

  it('hides the administration from a partner', async () => {
    stubApi({ ...delftApi(), '/api/auth/session': { status: 200, body: sessionAs('partner') } });
    renderRoute('/c/delft');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Indicatoren' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('partner')).toBeInTheDocument();
  });

  it('tells a partner who follows a link to the administration that it is not for them', async () => {
    const fetchSpy = stubApi({ ...delftApi(), '/api/auth/session': { status: 200, body: sessionAs('partner') } });
    renderRoute('/c/delft/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText('Deze pagina is alleen voor de coördinator van de coalitie.')).toBeInTheDocument();
    expect(sentRequests(fetchSpy).map((request) => request.url.pathname)).not.toContain(
      '/api/coalitions/delft/members',
    );
  });

  it('gives a platform administrator the way to platform administration', async () => {
    const session = sessionAs('director');
    stubApi({
      ...delftApi(),
      '/api/auth/session': { status: 200, body: { ...session, user: { ...session.user, isPlatformAdmin: true } } },
    });
    renderRoute('/c/delft');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Platformbeheer' })).toHaveAttribute('href', '/platform');
    expect(within(banner).getByText('bestuurder')).toBeInTheDocument();
  });

  it('says "no access" for a coalition the user does not belong to', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/westland': apiError(403, 'forbidden', 'U hebt geen toegang tot deze gegevens.'),
    });
    renderRoute('/c/westland/indicators');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/U bent geen lid van deze coalitie/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Naar mijn coalities' })).toHaveAttribute(
      'href',
      '/',
    );
    // No pages of a coalition the user cannot open; the way to their own one instead.
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Indicatoren' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('combobox', { name: 'Coalitie' })).toHaveValue('delft');
  });
});
