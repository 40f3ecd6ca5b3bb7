import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, sessionAs, stubApi } from '../test/api';
import { renderRoute } from '../test/render';

describe('routing', () => {
  it('opens the first coalition from the start address', async () => {
    stubApi();
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thermometer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/delft');
  });

  it('sends a platform administrator without coalitions to platform administration', async () => {
    const admin = sessionAs('coordinator', { memberships: [] });
    stubApi({
      ...delftApi(),
      '/api/auth/session': { status: 200, body: { ...admin, user: { ...admin.user, isPlatformAdmin: true } } },
      '/api/admin/coalitions': { status: 200, body: { coalitions: [] } },
      '/api/admin/outbox': { status: 200, body: { messages: [] } },
    });
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Platformbeheer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/platform');
  });

  it('tells someone who belongs to no coalition to ask for an invitation', async () => {
    stubApi({ ...delftApi(), '/api/auth/session': { status: 200, body: sessionAs('partner', { memberships: [] }) } });
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: 'U hoort nog bij geen enkele coalitie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
  });

  it('shows the server’s message when it cannot say who is signed in', async () => {
    stubApi({
      ...delftApi(),
      '/api/auth/session': apiError(503, 'unavailable', 'De database is tijdelijk niet bereikbaar.'),
    });
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('De database is tijdelijk niet bereikbaar.');
  });

  it('shows a not-found page inside the shell for an unknown page of a coalition', async () => {
    stubApi();
    renderRoute('/c/delft/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het overzicht' })).toHaveAttribute('href', '/c/delft');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address outside any coalition', async () => {
    stubApi();
    renderRoute('/bestaat/niet');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Naar het overzicht' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Pagina niet gevonden · Thermometer Kansrijke Start');
  });
});
