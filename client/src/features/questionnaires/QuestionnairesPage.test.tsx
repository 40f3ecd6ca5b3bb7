import { screen, waitFor, within } from '@testing-library/react';
import {
  type RoundDetail,
  type RoundResults,
  zInstrumentVersionList,
  zRoundDetail,
  zRoundList,
  zRoundResults,
} from '@tks/shared/schemas/questionnaires';
import { describe, expect, it } from 'vitest';
import { delftApi, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';

const summary = {
  id: 3,
  title: 'Partnervragenlijst K3 2026',
  quarter: '2026-Q3',
  opensOn: '2026-08-01',
  closesOn: '2026-08-22',
  status: 'open' as const,
  instrumentVersionId: 1,
  instrumentVersion: 1,
  maxReminders: 2,
  reminderIntervalDays: 7,
  openedAt: '2026-08-01T08:00:00.000Z',
  closedAt: null,
  invited: 3,
  responded: 1,
  responses: 1,
};

const rounds = zRoundList.parse({
  minGroupSize: 5,
  rounds: [
    summary,
    {
      ...summary,
      id: 2,
      title: 'Partnervragenlijst K2 2026',
      quarter: '2026-Q2',
      status: 'closed',
      responded: 20,
      invited: 25,
      responses: 20,
    },
  ],
});

const versions = zInstrumentVersionList.parse({
  instrument: { id: 1, code: 'partnervragenlijst', nameNl: 'Partnervragenlijst', nameEn: 'Partner questionnaire' },
  versions: [
    {
      id: 1,
      version: 1,
      status: 'published',
      notes: null,
      basedOnId: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      publishedAt: '2026-01-01T00:00:00.000Z',
      rounds: 2,
      responses: 21,
      locked: true,
      items: 37,
    },
  ],
});

const invitee = {
  name: null,
  organisationId: 1,
  organisationName: 'Verloskundigenpraktijk De Wieg',
  role: 'verloskundige',
  sentAt: '2026-08-01T08:00:00.000Z',
  remindersSent: 0,
  lastRemindedAt: null,
  respondedAt: null,
  reminderDue: false,
  nextReminderAt: null,
};

const detail: RoundDetail = zRoundDetail.parse({
  ...summary,
  remindersDue: 1,
  byOrganisation: [
    { organisationId: 1, name: 'Verloskundigenpraktijk De Wieg', invited: 2, responded: 1 },
    { organisationId: 2, name: 'Sociaal Wijkteam Delft', invited: 1, responded: 0 },
  ],
  invitees: [
    { ...invitee, id: 1, name: 'Anna de Vries', email: 'anna@wieg.nl', respondedAt: '2026-08-03T10:00:00.000Z' },
    { ...invitee, id: 2, email: 'bert@wieg.nl', reminderDue: true },
    {
      ...invitee,
      id: 3,
      email: 'carla@swt.nl',
      organisationId: 2,
      organisationName: 'Sociaal Wijkteam Delft',
      role: null,
      remindersSent: 2,
      lastRemindedAt: '2026-08-15T08:00:00.000Z',
    },
  ],
});

function dimension(code: string, nameNl: string, overrides: object = {}) {
  return {
    code,
    nameNl,
    nameEn: nameNl,
    component: 'samenwerken_leren',
    n: 20,
    published: true,
    mean: 3.8,
    score: 70,
    band: 'developing',
    distribution: { counts: [1, 5, 20, 50, 20], dontKnow: 4 },
    spread: { organisations: 2, lowest: 62, highest: 75 },
    change: { previousScore: 61, change: 9, margin: 6.2, meaningful: true },
    groups: [],
    items: [],
    ...overrides,
  };
}

function results(breakdown: 'none' | 'organisation'): RoundResults {
  return zRoundResults.parse({
    round: { ...summary, id: 2, status: 'closed', title: 'Partnervragenlijst K2 2026', quarter: '2026-Q2' },
    breakdown,
    minGroupSize: 5,
    respondents: 20,
    published: true,
    preliminary: false,
    previousRound: { id: 1, title: 'Partnervragenlijst K4 2025', quarter: '2025-Q4' },
    bands: [
      { from: 0, to: 50, code: 'attention' },
      { from: 50, to: 75, code: 'developing' },
      { from: 75, to: 100, code: 'strong' },
    ],
    overall: { mean: 3.7, score: 67, band: 'developing' },
    groups: [],
    dimensions: [
      dimension('A', 'Gedeelde doelen en eigenaarschap', {
        groups:
          breakdown === 'organisation'
            ? [
                { key: '1', label: 'Verloskundigenpraktijk De Wieg', n: 14, published: true, mean: 3.9, score: 72 },
                { key: '2', label: 'Sociaal Wijkteam Delft', n: 6, published: false, mean: null, score: null },
              ]
            : [],
      }),
      dimension('D', 'Informatie delen', {
        change: { previousScore: 58, change: 3, margin: 7, meaningful: false },
      }),
      dimension('F', 'Integraal plan', {
        n: 3,
        published: false,
        mean: null,
        score: null,
        band: null,
        distribution: null,
        spread: null,
        change: null,
      }),
    ],
    openQuestions: [
      { code: 'O1', textNl: 'Wat gaat goed?', textEn: 'What goes well?', answers: ['Korte lijnen.'], groups: [] },
    ],
    conclusions: [{ dimensionCode: 'A', conclusion: 'Werkplan bespreken.', updatedAt: '2026-06-10T10:00:00.000Z' }],
  });
}

function api(role: 'coordinator' | 'partner' = 'coordinator') {
  return {
    ...delftApi(),
    '/api/auth/session': { status: 200, body: sessionAs(role) },
    '/api/coalitions/delft/rounds': { status: 200, body: rounds },
    '/api/coalitions/delft/instrument-versions': { status: 200, body: versions },
    '/api/coalitions/delft/rounds/3': { status: 200, body: detail },
    '/api/coalitions/delft/rounds/2/results': ({ url }: { url: URL }) => ({
      status: 200,
      body: results(url.searchParams.get('breakdown') === 'organisation' ? 'organisation' : 'none'),
    }),
  };
}

describe('questionnaire rounds overview', () => {
  it('offers the coordinator a new round, tracking, results and the versions', async () => {
    stubApi(api());
    renderRoute('/c/delft/questionnaires');
    // The first test also loads the page's lazy chunk.
    const table = await screen.findByRole('table', { name: /Vragenlijstrondes/ }, { timeout: 5000 });
    const open = within(table).getByRole('row', { name: /Partnervragenlijst K3 2026/ });
    expect(within(open).getByText('Open')).toBeInTheDocument();
    expect(within(open).getByText('1 van 3 (33%)')).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: 'Respons volgen Partnervragenlijst K3 2026' })).toHaveAttribute(
      'href',
      '/c/delft/questionnaires/rounds/3',
    );
    expect(screen.getByRole('link', { name: 'Nieuwe ronde' })).toBeInTheDocument();
    const versionTable = await screen.findByRole('table', { name: 'Versies van de partnervragenlijst' });
    expect(within(versionTable).getByText('vastgezet')).toBeInTheDocument();
    expect(screen.getByLabelText('Minimum per groep')).toHaveValue(5);
  });

  it('refuses a minimum below three without asking the server', async () => {
    const fetchSpy = stubApi(api());
    const { user } = renderRoute('/c/delft/questionnaires');
    const field = await screen.findByLabelText('Minimum per groep');
    await user.clear(field);
    await user.type(field, '2');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Kies een geheel getal van 3 tot en met 50.')).toBeInTheDocument();
    expect(sentRequests(fetchSpy).some((r) => r.method === 'PUT')).toBe(false);
  });

  it('shows a partner no tracking and no settings', async () => {
    stubApi(api('partner'));
    renderRoute('/c/delft/questionnaires');
    await screen.findByRole('table', { name: /Vragenlijstrondes/ });
    expect(screen.queryByRole('link', { name: /Respons volgen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nieuwe ronde' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Minimum per groep')).not.toBeInTheDocument();
  });
});

describe('response tracking', () => {
  it('shows who responded and who gets a reminder, and sends reminders', async () => {
    const fetchSpy = stubApi({
      ...api(),
      'POST /api/coalitions/delft/rounds/3/reminders': { status: 200, body: { sent: 1 } },
    });
    const { user } = renderRoute('/c/delft/questionnaires/rounds/3');
    await screen.findByRole('heading', { name: 'Partnervragenlijst K3 2026', level: 1 });
    const table = screen.getByRole('table', { name: 'Genodigden en hun status' });
    expect(
      within(within(table).getByRole('row', { name: /Anna de Vries/ })).getByText(/^Ingevuld op/),
    ).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /carla@swt.nl/ })).getByText('Geen herinneringen meer'),
    ).toBeInTheDocument();
    const reminders = screen.getByRole('region', { name: 'Wie krijgt een herinnering' });
    expect(within(reminders).getByText(/bert@wieg.nl/)).toBeInTheDocument();
    expect(within(reminders).queryByText(/carla@swt.nl/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Herinnering sturen (1)' }));
    expect(await screen.findByText('1 herinneringen verstuurd.')).toBeInTheDocument();
    expect(sentRequests(fetchSpy).some((r) => r.method === 'POST' && r.url.pathname.endsWith('/reminders'))).toBe(true);
  });

  it('checks a pasted list by line and column before anything is sent', async () => {
    const fetchSpy = stubApi({
      ...api(),
      'POST /api/coalitions/delft/rounds/3/invitees': { status: 200, body: { added: 1, alreadyInvited: [], sent: 1 } },
    });
    const { user } = renderRoute('/c/delft/questionnaires/rounds/3');
    const list = await screen.findByLabelText('Genodigden, één per regel');
    await user.type(list, 'anna@wieg.nl; De Wieg{enter}dirk@swt; SWT{enter}Eva; eva@swt.nl; SWT; wijkcoach');
    await user.click(screen.getByRole('button', { name: 'Lijst controleren' }));
    expect(
      await screen.findByText('Regel 1, kolom e-mailadres: anna@wieg.nl is al uitgenodigd voor deze ronde.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Regel 1, kolom organisatie: “De Wieg” is geen organisatie van de coalitie.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Regel 2, kolom e-mailadres: “dirk@swt” is geen geldig e-mailadres.')).toBeInTheDocument();
    expect(sentRequests(fetchSpy).some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: '1 personen toevoegen' }));
    await waitFor(() => expect(sentRequests(fetchSpy).some((r) => r.method === 'POST')).toBe(true));
    const sent = sentRequests(fetchSpy).find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      invitees: [{ name: 'Eva', email: 'eva@swt.nl', organisationId: 2, role: 'wijkcoach' }],
    });
    expect(await screen.findByText('1 toegevoegd en uitgenodigd.')).toBeInTheDocument();
  });
});

describe('results', () => {
  it('shows scores, changes only beyond noise, hidden dimensions and suppressed groups', async () => {
    const fetchSpy = stubApi(api('partner'));
    const { user } = renderRoute('/c/delft/questionnaires/rounds/2/results');
    await screen.findByRole('heading', { name: 'Uitkomsten: Partnervragenlijst K2 2026', level: 1 });
    const a = screen.getByRole('region', { name: /Gedeelde doelen en eigenaarschap/ });
    expect(within(a).getByText('Gestegen met +9 punten ten opzichte van K4 2025.')).toBeInTheDocument();
    expect(within(a).getByText('Helemaal eens:')).toBeInTheDocument();
    const d = screen.getByRole('region', { name: /Informatie delen/ });
    expect(within(d).getByText(/Geen verandering ten opzichte van K4 2025/)).toBeInTheDocument();
    const f = screen.getByRole('region', { name: /Integraal plan/ });
    expect(within(f).getByText('Niet getoond: 3 respondenten, minder dan het minimum.')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Per organisatie'));
    const groups = await screen.findByRole('table', { name: 'Gedeelde doelen en eigenaarschap per organisatie' });
    expect(
      within(within(groups).getByRole('row', { name: /Sociaal Wijkteam Delft/ })).getByText(/verborgen/),
    ).toBeInTheDocument();
    expect(sentRequests(fetchSpy).some((r) => r.url.search === '?breakdown=organisation')).toBe(true);
  });
});

describe('discussion view', () => {
  it('goes dimension by dimension and saves the meeting’s conclusion', async () => {
    const fetchSpy = stubApi({
      ...api(),
      'PUT /api/coalitions/delft/rounds/2/conclusions': { status: 200, body: { conclusions: [] } },
    });
    const { user } = renderRoute('/c/delft/questionnaires/rounds/2/discuss');
    await screen.findByRole('heading', { name: 'Overzicht', level: 2 });
    await user.click(screen.getByRole('button', { name: /Volgende/ }));
    const title = await screen.findByRole('heading', { name: /Gedeelde doelen en eigenaarschap/, level: 2 });
    expect(title).toHaveFocus();
    const conclusion = screen.getByLabelText('Wat concludeert de coalitie?');
    expect(conclusion).toHaveValue('Werkplan bespreken.');
    await user.clear(conclusion);
    await user.type(conclusion, 'Werkplan in elk team.');
    await user.click(screen.getByRole('button', { name: 'Conclusie opslaan' }));
    await waitFor(() =>
      expect(sentRequests(fetchSpy).find((r) => r.method === 'PUT')?.body).toEqual({
        dimensionCode: 'A',
        conclusion: 'Werkplan in elk team.',
      }),
    );
  });
});
