import { screen, within } from '@testing-library/react';
import type { Trends } from '@tks/shared/schemas/thermometer';
import { describe, expect, it } from 'vitest';
import { delftApi, stubApi } from '../../test/api';
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
