import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delftApi, delftThermometer, sentRequests, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

function row(table: HTMLElement, name: RegExp): HTMLElement {
  return within(table).getByRole('row', { name });
}

/** The cell of a row under the column with this header, as a sighted user reads a table. */
function cell(table: HTMLElement, rowName: RegExp, column: string): Element {
  const headers = within(table).getAllByRole('columnheader');
  // Compared as read: a long header may carry soft hyphens where it can break.
  const index = headers.findIndex((header) => header.textContent?.replaceAll('\u00AD', '') === column);
  const found = [...row(table, rowName).children][index];
  if (index < 0 || !found) throw new Error(`No cell in column ${column}`);
  return found;
}

describe('the drill-down of a component', () => {
  it('opens from its tile without asking the server again, and lists every measure with its status in words', async () => {
    const fetchSpy = stubApi();
    const { user, router } = renderRoute('/c/delft');
    await screen.findByRole('heading', { name: 'De vijf onderdelen' });
    const measuringTile = screen.getByRole('article', { name: 'Meten & weten' });
    await user.click(within(measuringTile).getByRole('link', { name: 'Meten & weten' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Meten & weten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/delft/component/meten_weten');
    const table = screen.getByRole('table', { name: 'Metingen van Meten & weten in K3 2026' });

    const breastfeeding = row(table, /Uitsluitend borstvoeding 3 mnd/);
    expect(within(breastfeeding).getByText('telt mee')).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '55' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '31,5%' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '2e halfjaar 2025' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '35%' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '28%' })).toBeInTheDocument();
    expect(within(breastfeeding).getByRole('cell', { name: '412' })).toBeInTheDocument();
    // One click from the value to the indicator's own page.
    expect(within(breastfeeding).getByRole('link', { name: /Uitsluitend borstvoeding 3 mnd/ })).toHaveAttribute(
      'href',
      '/c/delft/indicators/JGZ-04',
    );

    const mortality = row(table, /Perinatale sterfte/);
    expect(within(mortality).getByText('verouderd: gegevens uit 2024')).toBeInTheDocument();
    expect(within(mortality).getByRole('cell', { name: '8,1‰' })).toBeInTheDocument();
    expect(within(row(table, /Meervoudig kwetsbaar geboren/)).getByText('context, telt niet mee')).toBeInTheDocument();
    expect(within(row(table, /Bereik prenataal huisbezoek/)).getByText('geen streefwaarde')).toBeInTheDocument();

    const questionnaire = row(table, /Meten, leren en resultaten/);
    expect(within(questionnaire).getByRole('cell', { name: '3,7 van 5' })).toBeInTheDocument();
    expect(within(questionnaire).getByRole('cell', { name: 'K3 2026' })).toBeInTheDocument();
    // A questionnaire dimension has no definition page to link to.
    expect(within(questionnaire).queryByRole('link')).not.toBeInTheDocument();

    // Everything the drill-down shows comes from the dashboard's one request, not an endpoint of its own.
    const asked = new Set(sentRequests(fetchSpy).map((request) => `${request.url.pathname}${request.url.search}`));
    expect([...asked].filter((path) => path.includes('/thermometer'))).toEqual(['/api/coalitions/delft/thermometer']);
    expect([...asked].filter((path) => path.includes('component'))).toEqual([]);
  });

  it('hides the answers behind too few respondents and says why', async () => {
    // Even if a mean slipped through for a suppressed dimension, it must not be shown.
    const leaky = {
      ...delftThermometer,
      components: delftThermometer.components.map((component) => ({
        ...component,
        measures: component.measures.map((measure) =>
          measure.status === 'suppressed' ? { ...measure, value: 3.1, score: 52 } : measure,
        ),
      })),
    };
    stubApi({ ...delftApi(), '/api/coalitions/delft/thermometer': { status: 200, body: leaky } });
    renderRoute('/c/delft/component/reflecteren');
    const table = await screen.findByRole('table', { name: 'Metingen van Reflecteren in K3 2026' });
    const voice = /Stem van cliënten en reflectie/;
    expect(cell(table, voice, 'Status')).toHaveTextContent('te weinig respondenten');
    expect(cell(table, voice, 'Waarde')).toHaveTextContent('nog geen gegevens');
    expect(cell(table, voice, 'n')).toHaveTextContent('3');
    expect(cell(table, voice, 'Score')).toHaveTextContent('nog geen gegevens');
    expect(within(row(table, voice)).queryByText(/3,1|52/)).not.toBeInTheDocument();
    expect(cell(table, /Spiegelgesprekken met vervolg/, 'Status')).toHaveTextContent('nog geen gegevens');
    expect(cell(table, /Spiegelgesprekken met vervolg/, 'Streefwaarde')).toHaveTextContent('2');

    expect(screen.getByText('Nog geen score')).toBeInTheDocument();
    expect(screen.getByText('rust op 0 van 2 metingen')).toBeInTheDocument();
    const trend = screen.getByRole('table', { name: 'Score van Reflecteren per kwartaal' });
    expect(within(row(trend, /K3 2026/)).getByText('nog geen gegevens')).toBeInTheDocument();
    expect(within(row(trend, /K2 2026/)).getByRole('cell', { name: '45' })).toBeInTheDocument();
  });

  it('keeps the quarter from the address, also on the way back', async () => {
    const fetchSpy = stubApi();
    renderRoute('/c/delft/component/samenwerken_leren?quarter=2026-Q3');
    const others = await screen.findByRole('navigation', { name: 'Andere onderdelen' });
    expect(screen.getByRole('heading', { level: 1, name: 'Samenwerken & leren' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kwartaal' })).toHaveValue('2026-Q3');
    expect(screen.getByRole('link', { name: /Terug naar de thermometer/ })).toHaveAttribute(
      'href',
      '/c/delft?quarter=2026-Q3',
    );
    expect(within(others).getByRole('link', { name: 'Samenwerken & leren' })).toHaveAttribute('aria-current', 'page');
    expect(within(others).getByRole('link', { name: 'Reflecteren' })).toHaveAttribute(
      'href',
      '/c/delft/component/reflecteren?quarter=2026-Q3',
    );
    expect(
      sentRequests(fetchSpy)
        .filter((request) => request.url.pathname === '/api/coalitions/delft/thermometer')
        .map((request) => request.url.searchParams.get('quarter')),
    ).toEqual(['2026-Q3']);
  });

  it('answers an unknown component with the not-found page', async () => {
    stubApi();
    renderRoute('/c/delft/component/bestaat_niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });

  it('reads in English, with English names of the measures', async () => {
    stubApi();
    renderRoute('/c/delft/component/meten_weten', { locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Measures of Measuring & knowing in Q3 2026' });
    expect(within(row(table, /Perinatal mortality/)).getByText('out of date: data from 2024')).toBeInTheDocument();
    expect(within(row(table, /Exclusive breastfeeding/)).getByRole('cell', { name: 'H2 2025' })).toBeInTheDocument();
  });
});
