import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, stubApi } from '../test/api';
import { renderRoute } from '../test/render';

describe('routing', () => {
  it('opens the first coalition from the start address', async () => {
    stubApi();
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thermometer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/delft');
  });

  it('says so when no coalition has been set up yet', async () => {
    stubApi({ ...delftApi(), '/api/coalitions': { status: 200, body: { coalitions: [] } } });
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: 'Er is nog geen coalitie ingericht' })).toBeInTheDocument();
  });

  it('shows the server’s message when the coalitions cannot be listed', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions': apiError(503, 'unavailable', 'De database is tijdelijk niet bereikbaar.'),
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
