import { screen, waitFor, within } from '@testing-library/react';
import type { Trends } from '@tks/shared/schemas/thermometer';
import { describe, expect, it } from 'vitest';
import { delftApi, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const trends: Trends = {
  quarters: ['2025-Q3', '2025-Q4', '2026-Q1'],
  bands: [
    { from: 0, to: 50, code: 'attention' },
    { from: 50, to: 75, code: 'developing' },
    { from: 75, to: 100, code: 'strong' },
  ],
  overall: [
    { quarter: '2025-Q3', score: 61.25 },
    { quarter: '2025-Q4', score: null },
    { quarter: '2026-Q1', score: 70 },
  ],
  components: [
    {
      code: 'reflecteren',
      points: [
        { quarter: '2025-Q3', score: 0 },
        { quarter: '2025-Q4', score: null },
        { quarter: '2026-Q1', score: 55.5 },
      ],
    },
  ],
  measures: [],
  annotations: [
    {
      id: 7,
      quarter: '2025-Q4',
      text: 'Nieuwe verwijsroute',
      component: 'reflecteren',
      indicatorId: null,
      indicatorCode: null,
    },
  ],
};

describe('the trends page', () => {
  it('offers the chart’s figures as a table, newest quarter first, with gaps as "no data" and zero as 0', async () => {
    stubApi({ ...delftApi(), '/api/coalitions/delft/trends': { status: 200, body: trends } });
    renderRoute('/c/delft/trends');
    const table = await screen.findByRole('table', { name: 'Scores per kwartaal (0–100)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['K1 2026', 'K4 2025', 'K3 2025']);
    const q3 = rows[2];
    if (!q3) throw new Error('no row');
    const gap = '—nog geen gegevens';
    expect(
      within(q3)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['61,3', gap, gap, '0', gap, gap]);
    const q4 = rows[1];
    if (!q4) throw new Error('no row');
    expect(within(q4).getAllByRole('cell')[0]?.textContent).toBe(gap);
    expect(screen.getByRole('img', { name: /Lijngrafiek .* van K3 2025 tot en met K1 2026/ })).toBeInTheDocument();
  });

  it('lists the annotations with their quarter and component', async () => {
    stubApi({ ...delftApi(), '/api/coalitions/delft/trends': { status: 200, body: trends } });
    renderRoute('/c/delft/trends');
    await screen.findByRole('heading', { name: 'Gebeurtenissen op de tijdlijn' });
    expect(screen.getByText(/Nieuwe verwijsroute/).closest('li')?.textContent).toMatch(
      /K4 2025.*Nieuwe verwijsroute.*Reflecteren/,
    );
  });

  it('names the indicator an annotation is about', async () => {
    const about = {
      id: 8,
      quarter: '2025-Q3',
      text: 'Nieuw JGZ-dossier',
      component: null,
      indicatorId: 4,
      indicatorCode: 'JGZ-04',
    };
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/trends': { status: 200, body: { ...trends, annotations: [about] } },
    });
    renderRoute('/c/delft/trends');
    expect((await screen.findByText(/Nieuw JGZ-dossier/)).closest('li')?.textContent).toMatch(/\(JGZ-04\)/);
  });

  it('says honestly when there is nothing to show', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/trends': {
        status: 200,
        body: { ...trends, quarters: [], overall: [], components: [], annotations: [] },
      },
    });
    renderRoute('/c/delft/trends');
    expect(await screen.findByRole('heading', { name: 'Nog geen gegevens voor trends' })).toBeInTheDocument();
  });
});

const point = (quarter: string, value: number | null, target: number | null) => ({
  quarter,
  status: value === null ? ('missing' as const) : ('scored' as const),
  value,
  score: value,
  period: value === null ? null : quarter,
  target,
  baseline: null,
  reference: value === null ? null : 31,
});

const withMeasures: Trends = {
  ...trends,
  annotations: [
    { id: 7, quarter: '2025-Q4', text: 'Nieuwe verwijsroute', component: null, indicatorId: null, indicatorCode: null },
    { id: 8, quarter: '2026-Q1', text: 'Nieuw JGZ-dossier', component: null, indicatorId: 4, indicatorCode: 'JGZ-04' },
  ],
  measures: [
    {
      key: 'indicator:JGZ-04',
      kind: 'indicator',
      code: 'JGZ-04',
      nameNl: 'Uitsluitend borstvoeding 3 mnd',
      nameEn: 'Exclusively breastfed at 3 months',
      component: 'meten_weten',
      unit: 'percent',
      direction: 'higher_better',
      indicatorId: 4,
      points: [point('2025-Q3', 28, 35), point('2025-Q4', null, 35), point('2026-Q1', 33.5, 40)],
    },
    {
      key: 'dimension:G',
      kind: 'questionnaire',
      code: 'G',
      nameNl: 'Meten, leren en resultaten',
      nameEn: 'Measuring, learning, results',
      component: 'meten_weten',
      unit: 'agree_1_5',
      direction: 'higher_better',
      indicatorId: null,
      points: [point('2025-Q3', 3.4, null), point('2025-Q4', 3.6, null), point('2026-Q1', null, null)],
    },
    {
      key: 'register:mirror_conversations_per_year',
      kind: 'register',
      code: 'mirror_conversations_per_year',
      nameNl: 'Spiegelgesprekken per jaar',
      nameEn: 'Mirror conversations a year',
      component: 'reflecteren',
      unit: 'count',
      direction: 'higher_better',
      indicatorId: null,
      points: [point('2025-Q3', 1, 4), point('2025-Q4', 2, 4), point('2026-Q1', 2, 4)],
    },
  ],
};

describe('the trends page per measure', () => {
  it('shows each measure of the chosen component with its figures, target and national value as a table', async () => {
    stubApi({ ...delftApi(), '/api/coalitions/delft/trends': { status: 200, body: withMeasures } });
    const { user } = renderRoute('/c/delft/trends');
    const article = await screen.findByRole('article', { name: /Uitsluitend borstvoeding 3 mnd/ });
    expect(screen.getByRole('article', { name: /Meten, leren en resultaten/ })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Spiegelgesprekken/ })).not.toBeInTheDocument();
    const table = within(article).getByRole('table', { name: 'Uitsluitend borstvoeding 3 mnd per kwartaal' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['33,5%', 'K1 2026', '40%', '31%'],
      ['—nog geen gegevens', '', '35%', '—nog geen gegevens'],
      ['28%', 'K3 2025', '35%', '31%'],
    ]);
    // The indicator's own note and the coalition-wide one are on its chart; the dimension has only the latter.
    expect(within(article).getByText(/Gebeurtenissen in deze grafiek: 1, 2/)).toBeInTheDocument();
    const dimension = screen.getByRole('article', { name: /Meten, leren en resultaten/ });
    expect(within(dimension).getByText(/Gebeurtenissen in deze grafiek: 1 \(/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Onderdeel' }), 'reflecteren');
    expect(await screen.findByRole('article', { name: /Spiegelgesprekken per jaar/ })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Uitsluitend borstvoeding/ })).not.toBeInTheDocument();
  });
});

describe('the trends page: managing events', () => {
  it('lets the coordinator add an event for one indicator', async () => {
    const spy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/trends': { status: 200, body: withMeasures },
      'POST /api/coalitions/delft/annotations': (request) => ({
        status: 201,
        body: { id: 9, indicatorCode: 'JGZ-04', ...(request.body as object) },
      }),
    });
    const { user } = renderRoute('/c/delft/trends');
    const form = await screen.findByRole('form', { name: 'Gebeurtenis toevoegen' });
    await user.type(within(form).getByRole('textbox', { name: /Wat gebeurde er/ }), 'Nieuwe verwijsroute vanaf K2');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kwartaal' }), '2025-Q4');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Geldt voor/ }), 'indicator:4');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(sentRequests(spy).some((r) => r.method === 'POST')).toBe(true));
    const post = sentRequests(spy).find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      quarter: '2025-Q4',
      text: 'Nieuwe verwijsroute vanaf K2',
      component: null,
      indicatorId: 4,
    });
    // The trends are fetched again, so the new note appears on its chart.
    await waitFor(() =>
      expect(sentRequests(spy).filter((r) => r.url.pathname === '/api/coalitions/delft/trends')).toHaveLength(2),
    );
  });

  it('refuses an empty text before sending anything', async () => {
    const spy = stubApi({ ...delftApi(), '/api/coalitions/delft/trends': { status: 200, body: withMeasures } });
    const { user } = renderRoute('/c/delft/trends');
    const form = await screen.findByRole('form', { name: 'Gebeurtenis toevoegen' });
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findAllByText(/Vul dit veld in|verplicht/i)).not.toHaveLength(0);
    expect(sentRequests(spy).some((r) => r.method === 'POST')).toBe(false);
  });

  it('lets the coordinator change and remove an event', async () => {
    const spy = stubApi({
      ...delftApi(),
      '/api/coalitions/delft/trends': { status: 200, body: withMeasures },
      'PUT /api/coalitions/delft/annotations/7': (request) => ({
        status: 200,
        body: { id: 7, indicatorCode: null, ...(request.body as object) },
      }),
      'DELETE /api/coalitions/delft/annotations/8': { status: 204 },
    });
    const { user } = renderRoute('/c/delft/trends');
    await user.click(await screen.findByRole('button', { name: 'Gebeurtenis ‘Nieuwe verwijsroute’ bewerken' }));
    const form = screen.getByRole('form', { name: 'Gebeurtenis 1 bewerken' });
    const text = within(form).getByRole('textbox', { name: /Wat gebeurde er/ });
    await user.clear(text);
    await user.type(text, 'Verwijsroute herzien');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Geldt voor/ }), 'component:reflecteren');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(sentRequests(spy).some((r) => r.method === 'PUT')).toBe(true));
    expect(sentRequests(spy).find((r) => r.method === 'PUT')?.body).toEqual({
      quarter: '2025-Q4',
      text: 'Verwijsroute herzien',
      component: 'reflecteren',
      indicatorId: null,
    });

    await user.click(screen.getByRole('button', { name: 'Gebeurtenis ‘Nieuw JGZ-dossier’ verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() =>
      expect(sentRequests(spy).find((r) => r.method === 'DELETE')?.url.pathname).toBe(
        '/api/coalitions/delft/annotations/8',
      ),
    );
  });

  it('shows a director the events but no way to change them', async () => {
    stubApi({
      ...delftApi(),
      '/api/auth/session': { status: 200, body: sessionAs('director') },
      '/api/coalitions/delft/trends': { status: 200, body: withMeasures },
    });
    renderRoute('/c/delft/trends');
    expect(await screen.findByText(/Nieuw JGZ-dossier/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Gebeurtenis toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /bewerken/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /verwijderen/ })).not.toBeInTheDocument();
  });
});
