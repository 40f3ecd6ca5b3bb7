import { screen, waitFor, within } from '@testing-library/react';
import { zThermometer } from '@tks/shared/schemas/thermometer';
import { describe, expect, it, vi } from 'vitest';
import { apiError, delftApi, delftThermometer, sentRequests, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

/** The tile of one component, found as a user would: by its name in the list of components. */
function tile(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

/** Text beside the graphic; what the graphic itself says is checked through its text alternative. */
const OUTSIDE_GRAPHIC = { ignore: 'svg *' };

function thermometerRequests(spy: ReturnType<typeof stubApi>) {
  return sentRequests(spy).filter((request) => request.url.pathname === '/api/coalitions/delft/thermometer');
}

describe('the thermometer dashboard', () => {
  it('shows the overall score in Dutch notation, its band in words and how many components it rests on', async () => {
    stubApi();
    renderRoute('/c/delft');
    const summary = await screen.findByRole('region', { name: 'Totaalscore K3 2026' });
    expect(within(summary).getByText('66,5', OUTSIDE_GRAPHIC)).toBeInTheDocument();
    expect(within(summary).getByText('In ontwikkeling', OUTSIDE_GRAPHIC)).toBeInTheDocument();
    expect(within(summary).getByText('+6 t.o.v. K2 2026')).toBeInTheDocument();
    expect(within(summary).getByText('gelijk gebleven t.o.v. K3 2025')).toBeInTheDocument();
    expect(within(summary).getByText('4 van 5 onderdelen hebben gegevens')).toBeInTheDocument();
    expect(within(summary).getByText(/telt niet als nul/)).toBeInTheDocument();
    expect(screen.getByText(/Gegevens tot en met K3 2026/)).toBeInTheDocument();
  });

  it('gives the thermometer graphic a text alternative with score, band and coverage', async () => {
    stubApi();
    renderRoute('/c/delft');
    const graphic = await screen.findByRole('img', {
      name: 'Thermometer: 66,5 van 100, in ontwikkeling; 4 van 5 onderdelen hebben gegevens',
    });
    expect(graphic.tagName.toLowerCase()).toBe('svg');
    expect(graphic).toHaveAccessibleDescription(
      'Zones op de schaal van 0 tot 100: sterk 75 tot en met 100, in ontwikkeling 50 tot 75, aandacht nodig 0 tot 50.',
    );
  });

  it('leaves the thermometer empty and says so when there is no overall score', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/thermometer': {
        status: 200,
        body: { ...delftThermometer, overall: { ...delftThermometer.overall, score: null, band: null } },
      },
    });
    renderRoute('/c/delft');
    const graphic = await screen.findByRole('img', {
      name: 'Thermometer: nog geen score; 4 van 5 onderdelen hebben gegevens',
    });
    expect(graphic.querySelector('.thermo__mercury')).toBeNull();
  });

  it('shows each component with its comparisons, saying what it compares with and when nothing changed', async () => {
    stubApi();
    renderRoute('/c/delft');
    await screen.findByRole('heading', { name: 'De vijf onderdelen' });
    const measuring = tile('Meten & weten');
    expect(within(measuring).getByText('64,5')).toBeInTheDocument();
    expect(within(measuring).getByText('In ontwikkeling')).toBeInTheDocument();
    expect(within(measuring).getByText('+6 t.o.v. K2 2026')).toBeInTheDocument();
    expect(within(measuring).getByText('geen vergelijking met K3 2025')).toBeInTheDocument();
    expect(within(measuring).getByText('rust op 3 van 4 metingen')).toBeInTheDocument();

    // A difference of 1 point is within the noise: no change, and no "+1" that suggests one.
    const sharing = tile('Informatie delen');
    expect(within(sharing).getByText('gelijk gebleven t.o.v. K2 2026')).toBeInTheDocument();
    expect(within(sharing).queryByText(/\+1 /)).not.toBeInTheDocument();
    expect(within(sharing).getByText('+12 t.o.v. K3 2025')).toBeInTheDocument();

    expect(within(tile('Samenwerken & leren')).getByText('Sterk')).toBeInTheDocument();
    expect(within(tile('Integraal behandelplan')).getByText('Aandacht nodig')).toBeInTheDocument();
  });

  it('shows a component without a score as "Nog geen score", never as 0', async () => {
    stubApi();
    renderRoute('/c/delft');
    await screen.findByRole('heading', { name: 'De vijf onderdelen' });
    const reflecting = tile('Reflecteren');
    expect(within(reflecting).getByText('Nog geen score')).toBeInTheDocument();
    expect(within(reflecting).queryByText(/^0/)).not.toBeInTheDocument();
    expect(within(reflecting).queryByText('van 100')).not.toBeInTheDocument();
    expect(within(reflecting).getByText('geen vergelijking met K2 2026')).toBeInTheDocument();
    expect(within(reflecting).getByText('rust op 0 van 2 metingen')).toBeInTheDocument();
    // The gap in its line is named as a gap.
    expect(within(reflecting).getByRole('img', { name: /K3 2026 geen score/ })).toBeInTheDocument();
  });

  it('lets each tile lead to the drill-down of its component', async () => {
    stubApi();
    renderRoute('/c/delft');
    await screen.findByRole('heading', { name: 'De vijf onderdelen' });
    expect(within(tile('Meten & weten')).getByRole('link', { name: 'Meten & weten' })).toHaveAttribute(
      'href',
      '/c/delft/component/meten_weten',
    );
  });

  it('asks for another quarter when one is chosen, and keeps it in the address', async () => {
    const fetchSpy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/thermometer': ({ url }) => {
        const quarter = url.searchParams.get('quarter');
        if (quarter !== '2026-Q2') return { status: 200, body: delftThermometer };
        return {
          status: 200,
          body: zThermometer.parse({
            ...delftThermometer,
            quarter: '2026-Q2',
            overall: {
              ...delftThermometer.overall,
              score: 60.5,
              previousQuarter: { quarter: '2026-Q1', score: 58, change: 2.5, meaningful: false },
              sameQuarterLastYear: { quarter: '2025-Q2', score: 52, change: 8.5, meaningful: true },
            },
          }),
        };
      },
    });
    const { user, router } = renderRoute('/c/delft');
    const select = await screen.findByRole('combobox', { name: 'Kwartaal' });
    expect(select).toHaveValue('2026-Q3');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['K3 2026', 'K2 2026', 'K1 2026', 'K4 2025', 'K3 2025', 'K2 2025']);
    expect(thermometerRequests(fetchSpy).map((request) => request.url.search)).toEqual(['']);

    await user.selectOptions(select, 'K2 2026');

    const summary = await screen.findByRole('region', { name: 'Totaalscore K2 2026' });
    expect(within(summary).getByText('60,5', OUTSIDE_GRAPHIC)).toBeInTheDocument();
    expect(within(summary).getByText('+8,5 t.o.v. K2 2025')).toBeInTheDocument();
    expect(thermometerRequests(fetchSpy).at(-1)?.url.searchParams.get('quarter')).toBe('2026-Q2');
    expect(router.state.location.search).toBe('?quarter=2026-Q2');
    expect(screen.getByRole('combobox', { name: 'Kwartaal' })).toHaveValue('2026-Q2');
    // The drill-down stays on the chosen quarter.
    expect(within(tile('Reflecteren')).getByRole('link', { name: 'Reflecteren' })).toHaveAttribute(
      'href',
      '/c/delft/component/reflecteren?quarter=2026-Q2',
    );
  });

  it('opens on the quarter in the address', async () => {
    const fetchSpy = stubApi();
    renderRoute('/c/delft?quarter=2025-Q4');
    await screen.findByRole('combobox', { name: 'Kwartaal' });
    await waitFor(() =>
      expect(thermometerRequests(fetchSpy).map((request) => request.url.searchParams.get('quarter'))).toEqual([
        '2025-Q4',
      ]),
    );
  });

  it('explains the bands below the dashboard', async () => {
    stubApi();
    renderRoute('/c/delft');
    const howTo = await screen.findByRole('region', { name: 'Hoe lees ik de thermometer?' });
    expect(within(howTo).getByText('(0 tot 50)')).toBeInTheDocument();
    expect(within(howTo).getByText('(75 tot en met 100)')).toBeInTheDocument();
    expect(within(howTo).getByText(/ontbrekend is niet nul/)).toBeInTheDocument();
  });

  it('is honest about a coalition without any data yet', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/thermometer': {
        status: 200,
        body: zThermometer.parse({
          ...delftThermometer,
          availableQuarters: [],
          overall: {
            ...delftThermometer.overall,
            score: null,
            band: null,
            componentsWithData: 0,
            previousQuarter: { quarter: '2026-Q2', score: null, change: null, meaningful: false },
            sameQuarterLastYear: { quarter: '2025-Q3', score: null, change: null, meaningful: false },
          },
          components: [],
        }),
      },
    });
    renderRoute('/c/delft');
    expect(await screen.findByRole('heading', { name: 'Nog geen gegevens voor de thermometer' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Thermometer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Kwartaal' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de vragenlijsten' })).toHaveAttribute(
      'href',
      '/c/delft/questionnaires',
    );
  });

  it('shows the server’s message when the thermometer cannot be loaded', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/thermometer': apiError(
        500,
        'internal_error',
        'De scores zijn tijdelijk niet beschikbaar.',
      ),
    });
    renderRoute('/c/delft');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De scores zijn tijdelijk niet beschikbaar.');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('leaves a coalition that cannot be opened to the layout, holding back its own failure until then', async () => {
    const spy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/thermometer': apiError(
        500,
        'internal_error',
        'De scores zijn tijdelijk niet beschikbaar.',
      ),
    });
    let release = () => {};
    const coalitionAnswered = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (new URL(String(input), 'http://localhost').pathname === '/api/coalitions/delft') await coalitionAnswered;
      return spy(input, init);
    });
    renderRoute('/c/delft');
    await waitFor(() => expect(thermometerRequests(spy)).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    release();
    expect(await screen.findByRole('alert')).toHaveTextContent('De scores zijn tijdelijk niet beschikbaar.');
  });

  it('speaks English completely in English', async () => {
    stubApi();
    renderRoute('/c/delft', { locale: 'en' });
    const summary = await screen.findByRole('region', { name: 'Overall score Q3 2026' });
    expect(within(summary).getByText('66.5', OUTSIDE_GRAPHIC)).toBeInTheDocument();
    expect(within(summary).getByText('Developing', OUTSIDE_GRAPHIC)).toBeInTheDocument();
    expect(within(summary).getByText('no real change compared with Q3 2025')).toBeInTheDocument();
    expect(within(tile('Reflecting')).getByText('No score yet')).toBeInTheDocument();
    expect(within(tile('Sharing information')).getByText('based on 2 of 2 measures')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Thermometer: 66.5 out of 100, developing; 4 of 5 components have data' }),
    ).toBeInTheDocument();
  });
});
