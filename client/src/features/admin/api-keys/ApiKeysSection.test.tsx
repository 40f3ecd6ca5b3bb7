import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delftApi, sentRequests, stubApi } from '../../../test/api';
import { renderRoute } from '../../../test/render';

const KEY = `tks_${'A'.repeat(43)}`;
const active = {
  id: 2,
  name: 'JGZ-koppeling',
  prefix: 'tks_AAAAAAAA',
  createdAt: '2026-10-01T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};
const revoked = { ...active, id: 1, name: 'Oude koppeling', revokedAt: '2026-10-02T10:00:00.000Z' };

async function section() {
  return screen.findByRole('region', { name: 'API-sleutels' }, { timeout: 5000 });
}

describe('API keys in Beheer', () => {
  it('lists keys by their first characters and offers to revoke only the active one', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/api-keys': { status: 200, body: { apiKeys: [active, revoked] } },
      'DELETE /api/coalitions/delft/api-keys/2': { status: 204 },
    });
    const { user } = renderRoute('/c/delft/admin');
    const table = await within(await section()).findByRole('table', { name: 'API-sleutels van de coalitie' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByText('tks_AAAAAAAA…')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('nog niet')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Ingetrokken')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();

    await user.click(
      within(rows[0] as HTMLElement).getByRole('button', { name: 'API-sleutel JGZ-koppeling intrekken' }),
    );
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Ja, intrekken' }));
    await waitFor(() =>
      expect(sentRequests(fetchSpy).some((r) => r.method === 'DELETE' && r.url.pathname.endsWith('/api-keys/2'))).toBe(
        true,
      ),
    );
  });

  it('shows a new key once, with how to use it, and forgets it when closed', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      'POST /api/coalitions/delft/api-keys': { status: 201, body: { ...active, key: KEY } },
    });
    const { user } = renderRoute('/c/delft/admin');
    const region = await section();
    await user.click(within(region).getByRole('button', { name: 'Sleutel maken' }));
    expect(await within(region).findByText('Geef de sleutel een naam (hoogstens 80 tekens).')).toBeInTheDocument();

    await user.type(within(region).getByRole('textbox', { name: /^Naam/ }), 'JGZ-koppeling');
    await user.click(within(region).getByRole('button', { name: 'Sleutel maken' }));
    const shown = await within(region).findByRole('textbox', { name: 'API-sleutel' });
    expect(shown).toHaveValue(KEY);
    expect(within(region).getByText(/Authorization: Bearer tks_A+/)).toBeInTheDocument();
    const sent = sentRequests(fetchSpy).find((r) => r.method === 'POST' && r.url.pathname.endsWith('/api-keys'));
    expect(sent?.body).toEqual({ name: 'JGZ-koppeling' });

    await user.click(within(region).getByRole('button', { name: 'Ik heb de sleutel bewaard' }));
    expect(within(region).queryByRole('textbox', { name: 'API-sleutel' })).not.toBeInTheDocument();
  });
});
