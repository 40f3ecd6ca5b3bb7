import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, delftIndicators, NETWORK_DOWN, type StubResponse, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

describe('the indicators page', () => {
  it('lists the catalogue with Dutch numbers, and no data as no data rather than zero', async () => {
    stubApi();
    renderRoute('/c/delft/indicators');
    const table = await screen.findByRole('table', { name: 'Indicatoren met hun meest recente waarde' });

    const breastfeeding = within(table).getByRole('row', { name: /JGZ-04/ });
    expect(
      within(breastfeeding).getByRole('rowheader', { name: 'Uitsluitend borstvoeding 3 mnd' }),
    ).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '31,5%' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: 'K3 2025' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: 'JGZ' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: 'Meten & weten' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: 'hoger' })).toBeInTheDocument();

    const mortality = within(table).getByRole('row', { name: /ZIN-04/ });
    expect(within(mortality).getByRole('cell', { name: 'nog geen gegevens' })).toBeInTheDocument();
    expect(within(mortality).queryByText(/‰/)).not.toBeInTheDocument();
    expect(within(mortality).getByRole('cell', { name: 'lager' })).toBeInTheDocument();
  });

  it('uses English names and number formats in English', async () => {
    stubApi();
    renderRoute('/c/delft/indicators', { locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Indicators with their most recent value' });
    const breastfeeding = within(table).getByRole('row', { name: /JGZ-04/ });
    expect(
      within(breastfeeding).getByRole('rowheader', { name: 'Exclusive breastfeeding at 3 months' }),
    ).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '31.5%' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: 'Q3 2025' })).toBeInTheDocument();
    const mortality = within(table).getByRole('row', { name: /ZIN-04/ });
    expect(within(mortality).getByRole('cell', { name: 'no data yet' })).toBeInTheDocument();
  });

  it('shows the server’s message when the indicators cannot be loaded, and recovers on retry', async () => {
    const responses: Record<string, StubResponse> = {
      ...delftApi(),
      '/api/coalitions/delft/indicators': apiError(
        500,
        'internal_error',
        'De indicatoren zijn tijdelijk niet beschikbaar.',
      ),
    };
    stubApi(responses);
    const { user } = renderRoute('/c/delft/indicators');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De gegevens konden niet worden geladen');
    expect(alert).toHaveTextContent('De indicatoren zijn tijdelijk niet beschikbaar.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    responses['/api/coalitions/delft/indicators'] = { status: 200, body: delftIndicators };
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a lost connection in the user’s words', async () => {
    stubApi({ ...delftApi(), '/api/coalitions/delft/indicators': NETWORK_DOWN });
    renderRoute('/c/delft/indicators');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
    );
  });

  it('says so when no indicators have been recorded', async () => {
    stubApi({ ...delftApi(), '/api/coalitions/delft/indicators': { status: 200, body: { indicators: [] } } });
    renderRoute('/c/delft/indicators');
    expect(await screen.findByRole('heading', { name: 'Nog geen indicatoren' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
