import { screen, waitFor, within } from '@testing-library/react';
import type { CoalitionRole } from '@tks/shared/domain';
import { zActionList } from '@tks/shared/schemas/actions';
import {
  zAgreementList,
  zCarePlanCountList,
  zLearningActivityList,
  zMirrorConversationList,
} from '@tks/shared/schemas/registers';
import { describe, expect, it } from 'vitest';
import { delftApi, type StubReply, sentRequests, sessionAs, stubApi } from '../../test/api';
import { renderRoute } from '../../test/render';
import { parseDocumentLinks } from './AgreementsPage';
import { mayNamePeople } from './common';

const meta = { createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-01-01T10:00:00Z', archivedAt: null };
const wieg = { id: 1, name: 'Verloskundigenpraktijk De Wieg' };
const wijkteam = { id: 2, name: 'Sociaal Wijkteam Delft' };

const agreements = zAgreementList.parse({
  agreements: [
    {
      ...meta,
      id: 10,
      title: 'Aanmelding bij de JGZ',
      dataCategory: 'Uitgerekende datum en zorgen',
      purpose: 'Prenataal huisbezoek',
      legalBasis: 'consent',
      legalBasisNote: null,
      status: 'in_use',
      agreedOn: '2024-03-01',
      reviewOn: '2025-03-01',
      reviewOverdue: true,
      documentLinks: [{ label: 'Convenant', url: 'https://example.nl/convenant.pdf' }],
      parties: [wieg],
      ownerOrganisation: wieg,
    },
    {
      ...meta,
      id: 11,
      title: 'Doorverwijzing schuldhulp',
      dataCategory: 'Contactgegevens',
      purpose: 'Snelle hulp',
      legalBasis: 'consent',
      legalBasisNote: null,
      status: 'draft',
      agreedOn: null,
      reviewOn: null,
      reviewOverdue: false,
      documentLinks: [],
      parties: [wieg, wijkteam],
      ownerOrganisation: wijkteam,
    },
  ],
});

const conversations = zMirrorConversationList.parse({
  mirrorConversations: [
    {
      ...meta,
      id: 5,
      heldOn: '2026-05-12',
      theme: 'Geldzorgen',
      parentsCount: 7,
      professionalsCount: 11,
      facilitator: null,
      whatWorks: 'Snelle eerste afspraak',
      whatDoesNot: 'Van loket naar loket',
      summary: '',
      followUpActions: [{ id: 40, title: 'Eén loket', status: 'in_progress' }],
      ownerOrganisation: wijkteam,
    },
  ],
});

const action = (overrides: Record<string, unknown>) => ({
  ...meta,
  description: '',
  component: 'reflecteren',
  ownerOrganisation: wijkteam,
  ownerName: null,
  dueOn: '2099-01-01',
  completedOn: null,
  overdue: false,
  source: {
    kind: 'other',
    roundId: null,
    dimensionCode: null,
    mirrorConversationId: null,
    learningActivityId: null,
    indicatorId: null,
    note: null,
    label: null,
  },
  obstacles: [],
  ...overrides,
});

const actions = zActionList.parse({
  actions: [
    action({ id: 40, title: 'Eén loket', status: 'in_progress' }),
    action({
      id: 41,
      title: 'Formulier verloskunde',
      status: 'open',
      component: 'informatie_delen',
      dueOn: '2020-01-01',
      overdue: true,
    }),
    action({ id: 42, title: 'Cijfers bespreken', status: 'done', component: 'meten_weten', completedOn: '2026-02-01' }),
  ],
});

function api(role: CoalitionRole = 'coordinator', extra: Record<string, StubReply> = {}): Record<string, StubReply> {
  return {
    ...delftApi(),
    '/api/auth/session': { status: 200, body: sessionAs(role) },
    '/api/coalitions/delft/agreements': { status: 200, body: agreements },
    '/api/coalitions/delft/mirror-conversations': { status: 200, body: conversations },
    '/api/coalitions/delft/learning-activities': {
      status: 200,
      body: zLearningActivityList.parse({
        learningActivities: [
          {
            ...meta,
            id: 3,
            heldOn: '2026-04-01',
            kind: 'training',
            title: 'Training geldzorgen',
            description: '',
            participants: [wieg],
            ownerOrganisation: wieg,
          },
        ],
        breadth: {
          from: '2025-11-23',
          to: '2026-11-22',
          participating: 1,
          organisations: 2,
          share: 50,
          missing: [wijkteam],
        },
      }),
    },
    '/api/coalitions/delft/care-plans': { status: 200, body: zCarePlanCountList.parse({ carePlanCounts: [] }) },
    '/api/coalitions/delft/measure-targets': { status: 200, body: { targets: [] } },
    '/api/coalitions/delft/actions': { status: 200, body: actions },
    '/api/coalitions/delft/obstacles': { status: 200, body: { obstacles: [] } },
    ...extra,
  };
}

describe('information-sharing agreements', () => {
  it('show a matrix of organisations and data categories, with missing agreements and overdue reviews', async () => {
    stubApi(api());
    renderRoute('/c/delft/registers/agreements');
    const matrix = await screen.findByRole(
      'table',
      { name: 'Werkafspraken per organisatie en soort gegevens' },
      { timeout: 5000 },
    );
    const [, wiegRow, wijkteamRow] = within(matrix).getAllByRole('row');
    expect(within(wiegRow as HTMLElement).getByText('In gebruik')).toBeInTheDocument();
    expect(within(wiegRow as HTMLElement).getByText('Herziening te laat')).toBeInTheDocument();
    expect(within(wijkteamRow as HTMLElement).getByText('Geen afspraak')).toBeInTheDocument();
    expect(within(wijkteamRow as HTMLElement).getByText('Concept')).toBeInTheDocument();
    expect(screen.getByText(/1 werkafspraak\/werkafspraken had\(den\) al opnieuw bekeken/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Convenant' })).toHaveAttribute('href', 'https://example.nl/convenant.pdf');
  });

  it('are read-only for a director', async () => {
    stubApi(api('director'));
    renderRoute('/c/delft/registers/agreements');
    expect(await screen.findByText(/U kunt dit register lezen/)).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Werkafspraken per organisatie en soort gegevens' }, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Nieuwe werkafspraak' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wijzigen/ })).not.toBeInTheDocument();
  });

  it('let a partner edit only their own organisation’s agreement', async () => {
    stubApi(api('partner'));
    renderRoute('/c/delft/registers/agreements');
    expect(await screen.findByRole('button', { name: 'Doorverwijzing schuldhulp wijzigen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aanmelding bij de JGZ wijzigen' })).not.toBeInTheDocument();
  });

  it('refuse a document link that is not a web address before sending', async () => {
    const spy = stubApi(api());
    const { user } = renderRoute('/c/delft/registers/agreements');
    await user.click(await screen.findByRole('button', { name: 'Nieuwe werkafspraak' }));
    await user.type(screen.getByLabelText('Naam van de afspraak'), 'Test');
    await user.type(screen.getByRole('textbox', { name: 'Soort gegevens' }), 'Contactgegevens');
    await user.type(screen.getByLabelText('Doel'), 'Doel');
    await user.click(screen.getByRole('checkbox', { name: 'Verloskundigenpraktijk De Wieg' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sociaal Wijkteam Delft' }));
    await user.type(screen.getByLabelText(/Documenten/), 'Convenant | javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/webadres dat begint met http/);
    expect(sentRequests(spy).some((r) => r.method === 'POST')).toBe(false);
  }, 15_000);

  it('read document links one per line', () => {
    expect(parseDocumentLinks('Convenant | https://a.nl/x\nhttps://b.nl\n')).toEqual([
      { label: 'Convenant', url: 'https://a.nl/x' },
      { label: 'https://b.nl', url: 'https://b.nl' },
    ]);
  });
});

describe('mirror conversations', () => {
  it('warn against names of families, and louder when a text seems to name someone', async () => {
    stubApi(api());
    const { user } = renderRoute('/c/delft/registers/mirror-conversations');
    await user.click(await screen.findByRole('button', { name: 'Spiegelgesprek vastleggen' }));
    expect(screen.getByText(/Schrijf geen namen of andere herkenbare gegevens/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Wat beter kan/), 'Mevrouw Jansen wachtte weken');
    expect(await screen.findByText(/lijkt een naam van een persoon of gezin te bevatten/)).toBeInTheDocument();
  }, 15_000);

  it('create a follow-up action with the conversation as its source', async () => {
    const spy = stubApi(
      api('coordinator', {
        'POST /api/coalitions/delft/actions': ({ body }) => ({
          status: 201,
          body: action({ id: 43, title: (body as { title: string }).title, status: 'open' }),
        }),
      }),
    );
    const { user } = renderRoute('/c/delft/registers/mirror-conversations');
    expect(await screen.findByText('Eén loket')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Vervolgactie maken bij Geldzorgen/ }));
    await user.type(screen.getByLabelText('Titel'), 'Folder voor vaders');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(sentRequests(spy).some((r) => r.method === 'POST')).toBe(true));
    const post = sentRequests(spy).find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      title: 'Folder voor vaders',
      component: 'reflecteren',
      source: { kind: 'mirror_conversation', mirrorConversationId: 5 },
    });
  }, 15_000);

  it('recognise forms of address, not ordinary words', () => {
    expect(mayNamePeople('familie De Vries kwam niet')).toBe(true);
    expect(mayNamePeople('Dhr. Bakker belde')).toBe(true);
    expect(mayNamePeople('Gezinnen voelen zich welkom bij de verloskundige')).toBe(false);
    expect(mayNamePeople('de familie moet vaak wachten')).toBe(false);
  });
});

describe('learning activities', () => {
  it('show the breadth of participation over twelve months', async () => {
    stubApi(api());
    renderRoute('/c/delft/registers/learning');
    expect(await screen.findByText('50%')).toBeInTheDocument();
    expect(screen.getByText('1 van 2')).toBeInTheDocument();
    expect(screen.getByText(/van 23-11-2025 tot en met 22-11-2026/)).toBeInTheDocument();
    expect(screen.getByText('Sociaal Wijkteam Delft', { selector: 'p' })).toBeInTheDocument();
  });
});

describe('care-plan counts', () => {
  it('refuse more families with a plan than families discussed, before sending', async () => {
    const spy = stubApi(api());
    const { user } = renderRoute('/c/delft/registers/care-plans');
    expect(await screen.findByText(/Alleen aantallen per kwartaal/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aantallen van een kwartaal vastleggen' }));
    await user.type(screen.getByLabelText('Besproken gezinnen'), '5');
    await user.type(screen.getByLabelText('Met een gezamenlijk plan'), '7');
    await user.type(screen.getByLabelText('Plan geëvalueerd'), '1');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er kunnen niet meer gezinnen een plan hebben dan er zijn besproken.',
    );
    expect(sentRequests(spy).some((r) => r.method === 'POST')).toBe(false);
  }, 15_000);
});

describe('improvement actions board', () => {
  it('puts actions in a column per status, highlights overdue ones, and filters by component', async () => {
    stubApi(api());
    const { user } = renderRoute('/c/delft/actions');
    const open = await screen.findByRole('region', { name: /^Open/ });
    expect(within(open).getByText('Formulier verloskunde')).toBeInTheDocument();
    expect(within(open).getByText('Over de datum')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /^Bezig/ })).getByText('Eén loket')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: /^Afgerond/ })).getByText('Cijfers bespreken'),
    ).toBeInTheDocument();
    expect(screen.getByText('3 acties, waarvan 1 over de datum')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Onderdeel'), 'reflecteren');
    expect(screen.queryByText('Formulier verloskunde')).not.toBeInTheDocument();
    expect(screen.getByText('1 acties, waarvan 0 over de datum')).toBeInTheDocument();
  });

  it('closes an action from the board', async () => {
    const spy = stubApi(
      api('coordinator', {
        'POST /api/coalitions/delft/actions/40/status': {
          status: 200,
          body: action({ id: 40, title: 'Eén loket', status: 'done' }),
        },
      }),
    );
    const { user } = renderRoute('/c/delft/actions');
    await user.click(await screen.findByRole('button', { name: 'Eén loket afronden' }));
    await waitFor(() => expect(sentRequests(spy).find((r) => r.method === 'POST')?.body).toEqual({ status: 'done' }));
  });

  it('is read-only for a director', async () => {
    stubApi(api('director'));
    renderRoute('/c/delft/actions');
    await screen.findByRole('region', { name: /^Open/ });
    expect(screen.queryByRole('button', { name: 'Nieuwe actie' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /afronden/ })).not.toBeInTheDocument();
  });
});
