import { configure, screen, within } from '@testing-library/react';
import { type IndicatorDetail, zIndicatorDetail } from '@tks/shared/schemas/indicators';
import { describe, expect, it } from 'vitest';
import { apiError, delftApi, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const batch = {
  id: 3,
  fileName: 'jgz-extract-2025.csv',
  channel: 'web',
  status: 'committed',
  createdAt: '2026-02-10T09:00:00.000Z',
  by: 'Anna de Vries',
} as const;

function value(period: string, index: number, fields: Partial<IndicatorDetail['values'][number]>) {
  return {
    id: index * 10 + (fields.current === false ? 1 : 0),
    period,
    periodFirstIndex: index,
    periodLastIndex: index,
    value: null,
    numerator: null,
    denominator: null,
    suppressed: false,
    interval: null,
    current: true,
    createdAt: '2026-02-10T09:00:00.000Z',
    supersededAt: null,
    batch,
    ...fields,
  };
}

const Q = (year: number, quarter: number) => year * 4 + quarter - 1;

// The first find of a test waits for a lazy route chunk, which takes a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const jgz04Detail: IndicatorDetail = zIndicatorDetail.parse({
  indicator: {
    id: 4,
    code: 'JGZ-04',
    nameNl: 'Uitsluitend borstvoeding 3 mnd',
    nameEn: 'Exclusive breastfeeding at 3 months',
    descriptionNl: 'Deel van de kinderen dat op de leeftijd van 3 maanden uitsluitend borstvoeding krijgt.',
    descriptionEn: 'Share of infants exclusively breastfed at the age of 3 months.',
    source: 'jgz',
    component: 'meten_weten',
    unit: 'percent',
    numeratorText: 'Kinderen die rond 3 maanden uitsluitend borstvoeding krijgen',
    denominatorText: 'Kinderen met een contactmoment rond 3 maanden',
    factor: 100,
    direction: 'higher_better',
    frequency: 'quarterly',
    plausibleMin: 0,
    plausibleMax: 100,
    colourBands: [
      { from: 0, to: 25, code: 'attention' },
      { from: 25, to: 35, code: 'developing' },
      { from: 35, to: 100, code: 'strong' },
    ],
    archived: false,
    archivedAt: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  references: [
    {
      id: 1,
      kind: 'target',
      validFrom: '2024-Q1',
      validFromIndex: Q(2024, 1),
      value: 35,
      note: null,
      createdAt: '2024-01-01',
    },
    {
      id: 2,
      kind: 'target',
      validFrom: '2026-Q1',
      validFromIndex: Q(2026, 1),
      value: 40,
      note: 'Nieuw convenant',
      createdAt: '2026-01-01',
    },
    {
      id: 3,
      kind: 'national',
      validFrom: '2024-Q1',
      validFromIndex: Q(2024, 1),
      value: 31,
      note: null,
      createdAt: '2024-01-01',
    },
  ],
  current: {
    quarter: '2026-Q4',
    target: {
      id: 2,
      kind: 'target',
      validFrom: '2026-Q1',
      validFromIndex: Q(2026, 1),
      value: 40,
      note: null,
      createdAt: '2026-01-01',
    },
    baseline: null,
    national: {
      id: 3,
      kind: 'national',
      validFrom: '2024-Q1',
      validFromIndex: Q(2024, 1),
      value: 31,
      note: null,
      createdAt: '2024-01-01',
    },
  },
  values: [
    value('2025-Q2', Q(2025, 2), {
      value: 29,
      numerator: 116,
      denominator: 400,
      current: false,
      supersededAt: '2026-02-10T09:00:00.000Z',
      batch: { ...batch, id: 2, fileName: 'jgz-eerste-levering.xlsx', createdAt: '2025-08-01T09:00:00.000Z' },
    }),
    value('2025-Q2', Q(2025, 2), {
      value: 31.5,
      numerator: 126,
      denominator: 400,
      interval: { low: 27.1, high: 36.2 },
    }),
    value('2025-Q4', Q(2025, 4), { suppressed: true, denominator: 380 }),
  ],
  suppressionThreshold: 10,
});

function api(detail: IndicatorDetail = jgz04Detail, role: 'coordinator' | 'partner' = 'coordinator') {
  return {
    ...delftApi(),
    '/api/auth/session': { status: 200, body: sessionAs(role) },
    '/api/coalitions/delft/indicators/JGZ-04': { status: 200, body: detail },
  };
}

describe('the page of one indicator', () => {
  it('shows the definition with the target that holds now and since when', async () => {
    stubApi(api());
    renderRoute('/c/delft/indicators/JGZ-04');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitsluitend borstvoeding 3 mnd' }),
    ).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Definitie' });
    const term = (name: string) => within(card).getByText(name, { selector: 'dt' }).nextElementSibling;
    expect(term('Teller')).toHaveTextContent('Kinderen die rond 3 maanden uitsluitend borstvoeding krijgen');
    expect(term('Berekening')).toHaveTextContent('teller ÷ noemer × 100');
    expect(term('Streefwaarde nu')).toHaveTextContent('40% (vanaf K1 2026)');
    expect(term('Nulmeting')).toHaveTextContent('niet vastgelegd');
    expect(term('Landelijk cijfer')).toHaveTextContent('31% (vanaf K1 2024)');
    expect(term('Frequentie')).toHaveTextContent('per kwartaal');
    expect(term('Kleurbanden')).toHaveTextContent('aandacht 0 tot 25');
    expect(term('Kleurbanden')).toHaveTextContent('sterk 35 tot en met 100');
    // The latest period was withheld: it says so rather than showing a figure or a band.
    expect(term('Laatste gegevens')).toHaveTextContent('< 10, niet getoond');
    expect(term('Laatste gegevens')).toHaveTextContent('K4 2025, ingelezen op 10-02-2026');
  });

  it('names the band of the latest value in words, not by colour alone', async () => {
    const detail = zIndicatorDetail.parse({
      ...jgz04Detail,
      values: jgz04Detail.values.filter((v) => v.period === '2025-Q2'),
    });
    stubApi(api(detail));
    renderRoute('/c/delft/indicators/JGZ-04');
    const card = await screen.findByRole('region', { name: 'Definitie' });
    const latest = within(card).getByText('Laatste gegevens', { selector: 'dt' }).nextElementSibling;
    expect(latest).toHaveTextContent('31,5%');
    expect(latest).toHaveTextContent('In ontwikkeling');
  });

  it('lists the values with their import, the interval, a withheld small count, and the replaced version', async () => {
    stubApi(api());
    const { user } = renderRoute('/c/delft/indicators/JGZ-04');
    const table = await screen.findByRole('table', { name: /Waarden per periode/ });
    const rows = within(table).getAllByRole('row');
    // Newest period first; the missing quarter between is simply not a value.
    const q4 = within(table).getByRole('row', { name: /K4 2025/ });
    expect(within(q4).getAllByText('< 10, niet getoond').length).toBeGreaterThan(0);
    expect(within(q4).getByRole('cell', { name: '380' })).toBeInTheDocument();
    expect(q4.textContent).not.toMatch(/\d+,\d%/);

    const q2 = within(table).getByRole('row', { name: /K2 2025/ });
    expect(within(q2).getByRole('cell', { name: '31,5%' })).toBeInTheDocument();
    expect(within(q2).getByRole('cell', { name: '27,1 – 36,2' })).toBeInTheDocument();
    expect(within(q2).getByText('jgz-extract-2025.csv')).toBeInTheDocument();
    expect(q2).toHaveTextContent('door Anna de Vries');
    expect(rows.length).toBeGreaterThan(3);

    const history = within(table).getByText('1 eerdere versie(s)');
    await user.click(history);
    const details = history.closest('details');
    expect(details).toHaveAttribute('open');
    expect(details).toHaveTextContent('29%');
    expect(details).toHaveTextContent('vervangen op 10-02-2026');
    expect(details).toHaveTextContent('jgz-eerste-levering.xlsx');
  });

  it('has a chart with a text alternative, and the targets over time', async () => {
    stubApi(api());
    renderRoute('/c/delft/indicators/JGZ-04');
    expect(
      await screen.findByRole('img', {
        name: /Lijngrafiek van Uitsluitend borstvoeding 3 mnd van K2 2025 tot en met K4 2025/,
      }),
    ).toBeInTheDocument();
    const references = screen.getByRole('table', { name: /Streefwaarde, nulmeting en landelijk cijfer/ });
    const targets = within(references).getAllByRole('row', { name: /Streefwaarde/ });
    expect(targets.map((row) => row.textContent)).toEqual([
      expect.stringContaining('K1 202435%'),
      expect.stringContaining('K1 202640%Nieuw convenant'),
    ]);
  });

  it('offers editing to the coordinator only', async () => {
    stubApi(api());
    renderRoute('/c/delft/indicators/JGZ-04');
    expect(await screen.findByRole('link', { name: 'Indicator bewerken' })).toHaveAttribute(
      'href',
      '/c/delft/indicators/JGZ-04/edit',
    );
  });

  it('shows no edit link to a partner', async () => {
    stubApi(api(jgz04Detail, 'partner'));
    renderRoute('/c/delft/indicators/JGZ-04');
    await screen.findByRole('heading', { level: 1, name: 'Uitsluitend borstvoeding 3 mnd' });
    expect(screen.queryByRole('link', { name: 'Indicator bewerken' })).not.toBeInTheDocument();
  });

  it('says so when the indicator does not exist', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/delft/indicators/NOPE': apiError(404, 'indicator_not_found', 'Deze indicator bestaat niet.'),
    });
    renderRoute('/c/delft/indicators/NOPE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze indicator bestaat niet' })).toBeInTheDocument();
  });

  it('opens from the list in one click', async () => {
    stubApi(api());
    const { user, router } = renderRoute('/c/delft/indicators');
    await user.click(await screen.findByRole('link', { name: 'Uitsluitend borstvoeding 3 mnd' }));
    expect(router.state.location.pathname).toBe('/c/delft/indicators/JGZ-04');
  });
});

describe('editing an indicator', () => {
  it('explains a band gap beside the band and sends nothing', async () => {
    const spy = stubApi(api());
    const { user } = renderRoute('/c/delft/indicators/JGZ-04/edit');
    const from = await screen.findAllByRole('textbox', { name: 'Van' });
    await user.clear(from[1] as HTMLElement);
    await user.type(from[1] as HTMLElement, '27,5');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const summary = await screen.findByRole('alert');
    const message = 'Er zit een gat tussen band 1 (tot 25) en band 2 (vanaf 27,5). Laat band 2 beginnen bij 25.';
    expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    expect(from[1]).toHaveAccessibleDescription(`Fout: ${message}`);
    expect(sentRequests(spy).filter((r) => r.method === 'PUT')).toHaveLength(0);
  });

  it('saves the definition and returns to the indicator', async () => {
    const spy = stubApi({
      ...api(),
      'PUT /api/coalitions/delft/indicators/JGZ-04': { status: 200, body: jgz04Detail },
    });
    const { user, router } = renderRoute('/c/delft/indicators/JGZ-04/edit');
    const name = await screen.findByRole('textbox', { name: 'Naam (Nederlands)' });
    await user.clear(name);
    await user.type(name, 'Borstvoeding 3 maanden');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await screen.findByRole('heading', { level: 1, name: 'Uitsluitend borstvoeding 3 mnd' });
    expect(router.state.location.pathname).toBe('/c/delft/indicators/JGZ-04');
    const put = sentRequests(spy).find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({
      nameNl: 'Borstvoeding 3 maanden',
      factor: 100,
      colourBands: jgz04Detail.indicator.colourBands,
    });
  });

  it('records a new target from a quarter typed the Dutch way', async () => {
    const spy = stubApi({
      ...api(),
      'POST /api/coalitions/delft/indicators/JGZ-04/references': { status: 200, body: jgz04Detail },
    });
    const { user } = renderRoute('/c/delft/indicators/JGZ-04/edit');
    await user.type(await screen.findByRole('textbox', { name: 'Geldig vanaf' }), 'K3 2026');
    await user.type(screen.getByRole('textbox', { name: 'Waarde' }), '42,5');
    await user.click(screen.getByRole('button', { name: 'Waarde vastleggen' }));
    expect(await screen.findByText('Streefwaarde 42,5% geldt vanaf K3 2026.')).toBeInTheDocument();
    const post = sentRequests(spy).find((r) => r.method === 'POST' && r.url.pathname.endsWith('/references'));
    expect(post?.body).toEqual({ kind: 'target', validFrom: '2026-Q3', value: 42.5, note: null });
  });

  it('is closed to a partner', async () => {
    stubApi(api(jgz04Detail, 'partner'));
    renderRoute('/c/delft/indicators/JGZ-04/edit');
    expect(await screen.findByText('Alleen de coördinator kan indicatoren toevoegen en wijzigen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Wijzigingen opslaan' })).not.toBeInTheDocument();
  });
});

describe('adding an indicator', () => {
  it('sends the definition with its first target and opens the new indicator', async () => {
    const created = zIndicatorDetail.parse({
      ...jgz04Detail,
      indicator: { ...jgz04Detail.indicator, code: 'OWN-01', nameNl: 'Eigen indicator' },
    });
    const spy = stubApi({
      ...api(),
      'POST /api/coalitions/delft/indicators': { status: 201, body: created },
      '/api/coalitions/delft/indicators/OWN-01': { status: 200, body: created },
    });
    const { user, router } = renderRoute('/c/delft/indicators/new');
    await user.type(await screen.findByRole('textbox', { name: 'Code' }), 'own-01');
    await user.type(screen.getByRole('textbox', { name: 'Naam (Nederlands)' }), 'Eigen indicator');
    await user.type(screen.getByRole('textbox', { name: 'Naam (Engels)' }), 'Own indicator');
    await user.type(screen.getByRole('textbox', { name: /Streefwaarde: waarde/ }), '80');
    await user.click(screen.getByRole('button', { name: 'Indicator toevoegen' }));
    await screen.findByRole('heading', { level: 1, name: 'Eigen indicator' });
    expect(router.state.location.pathname).toBe('/c/delft/indicators/OWN-01');
    const post = sentRequests(spy).find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      code: 'OWN-01',
      nameNl: 'Eigen indicator',
      unit: 'percent',
      factor: 100,
      references: [{ kind: 'target', value: 80 }],
    });
  });

  it('shows the server’s answer when the code is taken, beside the code', async () => {
    stubApi({
      ...api(),
      'POST /api/coalitions/delft/indicators': apiError(
        409,
        'indicator_code_taken',
        'Deze code is al in gebruik voor een andere indicator van de coalitie.',
      ),
    });
    const { user } = renderRoute('/c/delft/indicators/new');
    const code = await screen.findByRole('textbox', { name: 'Code' });
    await user.type(code, 'JGZ-04');
    await user.type(screen.getByRole('textbox', { name: 'Naam (Nederlands)' }), 'Dubbel');
    await user.type(screen.getByRole('textbox', { name: 'Naam (Engels)' }), 'Double');
    await user.click(screen.getByRole('button', { name: 'Indicator toevoegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze code is al in gebruik');
    expect(code).toHaveAccessibleDescription(expect.stringContaining('Deze code is al in gebruik'));
  });
});
