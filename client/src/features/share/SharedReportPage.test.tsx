import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, SIGNED_OUT, sentRequests, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdl';

describe('the shared quarterly report', () => {
  it('shows the coalition, the quarter and how long the link works, without anyone signed in', async () => {
    const fetchSpy = stubApi({
      '/api/auth/session': SIGNED_OUT,
      [`/api/share/${TOKEN}`]: {
        status: 200,
        body: {
          coalition: { name: 'Coalitie Kansrijke Start Delft', municipality: 'Delft' },
          quarter: '2026-Q3',
          expiresAt: '2026-12-21T12:00:00.000Z',
        },
      },
    });
    const { router } = renderRoute(`/shared/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kwartaalrapport K3 2026' })).toBeInTheDocument();
    expect(screen.getAllByText('Coalitie Kansrijke Start Delft')[0]).toHaveAttribute('lang', 'nl');
    expect(screen.getByText('Delft')).toBeInTheDocument();
    expect(screen.getByText('21-12-2026')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'De inhoud van het rapport volgt in een volgende versie' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/shared/${TOKEN}`);
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
    expect(sentRequests(fetchSpy).map((request) => request.url.pathname)).not.toContain('/api/auth/session');
  });

  it('explains an invalid, expired or revoked link', async () => {
    stubApi({
      [`/api/share/${TOKEN}`]: apiError(404, 'token_invalid', 'Deze link is ongeldig, al gebruikt of verlopen.'),
    });
    renderRoute(`/shared/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' })).toBeInTheDocument();
    expect(screen.getByText(/ongeldig, verlopen of ingetrokken/)).toBeInTheDocument();
  });
});
