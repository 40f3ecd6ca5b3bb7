import { formatQuarter } from '@tks/shared/format';
import { quarterIndex, quarterKey } from '@tks/shared/periods';
import { addMonths, dayInQuarter, lastDayOfQuarter, quarterAt } from './calendar';
import { RESPONDENT_PANEL } from './organisations';
import { roundQuarterIndexes } from './questionnaire';
import type { Random } from './random';
import {
  type DemoAnnotation,
  type DemoCarePlanCount,
  type DemoImprovementAction,
  type DemoLearningActivity,
  type DemoMeasureTarget,
  type DemoMirrorConversation,
  type DemoObstacle,
  type DemoSharingAgreement,
  type DemoTimeline,
  ORGANISATION_KEYS,
  type OrganisationKey,
} from './types';

/*
 * The registers of components 2 to 5. Dates are placed by quarter offset within the twelve demo
 * quarters (0 is the first), so the story shifts along when the current quarter changes.
 */

function dateAt(timeline: DemoTimeline, offset: number, monthOfQuarter: 0 | 1 | 2, day: number): string {
  return dayInQuarter(quarterAt(timeline, offset), monthOfQuarter, day);
}

function endOfOffset(timeline: DemoTimeline, offset: number): string {
  return lastDayOfQuarter(quarterAt(timeline, offset));
}

/** Quarter offset from which an organisation is part of the coalition (two offsets per round). */
function joinsAtOffset(key: OrganisationKey): number {
  return 2 * RESPONDENT_PANEL[key].joinsAtRound;
}

function memberOrganisations(offset: number): OrganisationKey[] {
  return ORGANISATION_KEYS.filter((key) => joinsAtOffset(key) <= offset);
}

// ---------------------------------------------------------------------------------------------
// Information sharing (component 2)
// ---------------------------------------------------------------------------------------------

/** Exactly one agreement is past its review date: the register should show that as overdue. */
export function generateSharingAgreements(timeline: DemoTimeline): DemoSharingAgreement[] {
  return [
    {
      title: 'Aanmelding zwangere in een kwetsbare situatie bij de JGZ',
      dataCategory: 'Naam, adres, uitgerekende datum en de zorgen die aanleiding zijn voor de aanmelding',
      purpose: 'Tijdig een prenataal huisbezoek door de JGZ aanbieden',
      legalBasis: 'consent',
      legalBasisNote: 'Toestemming van de zwangere, vastgelegd door de verloskundige of het ziekenhuis',
      status: 'in_use',
      agreedOn: dateAt(timeline, 1, 1, 15),
      reviewOn: addMonths(dateAt(timeline, 1, 1, 15), 36),
      ownerOrganisationKey: 'jgz',
      partyKeys: ['dewieg', 'hetnest', 'ziekenhuis', 'jgz'],
    },
    {
      title: 'Warme overdracht van kraamzorg naar JGZ',
      dataCategory: 'Samenvatting van het kraamdossier en bijzonderheden uit de kraamperiode',
      purpose: 'Aansluitende zorg bij het eerste huisbezoek van de JGZ',
      legalBasis: 'consent',
      legalBasisNote: 'Toestemming van de ouders, vastgelegd in het kraamdossier',
      status: 'in_use',
      agreedOn: dateAt(timeline, 2, 0, 20),
      reviewOn: addMonths(dateAt(timeline, 2, 0, 20), 36),
      ownerOrganisationKey: 'kraamzorg',
      partyKeys: ['kraamzorg', 'jgz'],
    },
    {
      title: 'Terugkoppeling na de bevalling aan huisarts en JGZ',
      dataCategory: 'Ontslagbrief moeder en kind met medische bijzonderheden',
      purpose: 'Huisarts en JGZ weten wat er rond de bevalling is gebeurd',
      legalBasis: 'contract',
      legalBasisNote: 'Behandelovereenkomst (WGBO); gegevens gaan alleen naar betrokken zorgverleners',
      status: 'in_use',
      agreedOn: dateAt(timeline, 4, 2, 5),
      reviewOn: addMonths(dateAt(timeline, 4, 2, 5), 36),
      ownerOrganisationKey: 'ziekenhuis',
      partyKeys: ['ziekenhuis', 'huisarts', 'jgz'],
    },
    {
      title: 'Multidisciplinair casusoverleg kwetsbare zwangeren',
      dataCategory: 'Casusinformatie over medische en sociale situatie; zo veel mogelijk zonder naam besproken',
      purpose: 'Eén gezamenlijk plan en een regiehouder per gezin afspreken',
      legalBasis: 'public_task',
      legalBasisNote: 'Taak van gemeente en JGZ; voor medische gegevens toestemming van de zwangere',
      status: 'to_review',
      agreedOn: dateAt(timeline, -4, 1, 10),
      // Agreed before the demo period with a two-year review term that has now lapsed.
      reviewOn: addMonths(dateAt(timeline, -4, 1, 10), 24),
      ownerOrganisationKey: 'gemeente',
      partyKeys: [
        'ziekenhuis',
        'dewieg',
        'hetnest',
        'kraamzorg',
        'jgz',
        'wijkteamCentrum',
        'wijkteamNoord',
        'gemeente',
      ],
    },
    {
      title: 'Doorverwijzing bij geldzorgen in de zwangerschap',
      dataCategory: 'Contactgegevens en korte hulpvraag',
      purpose: 'Zwangeren met geldzorgen binnen twee weken een eerste gesprek bij schuldhulp bieden',
      legalBasis: 'consent',
      legalBasisNote: null,
      status: 'agreed',
      agreedOn: dateAt(timeline, 9, 1, 12),
      reviewOn: addMonths(dateAt(timeline, 9, 1, 12), 12),
      ownerOrganisationKey: 'schuldhulp',
      partyKeys: ['dewieg', 'hetnest', 'schuldhulp', 'wijkteamCentrum', 'wijkteamNoord'],
    },
    {
      title: 'Aanleveren van geaggregeerde cijfers voor de thermometer',
      dataCategory: 'Geaggregeerde aantallen per kwartaal, geen gegevens over personen',
      purpose: 'De resultaten van de coalitie samen volgen',
      legalBasis: 'public_task',
      legalBasisNote: 'Geen persoonsgegevens; vastgelegd voor de volledigheid',
      status: 'draft',
      agreedOn: null,
      reviewOn: null,
      ownerOrganisationKey: 'gemeente',
      partyKeys: ['jgz', 'ziekenhuis', 'gemeente'],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Reflection (component 3)
// ---------------------------------------------------------------------------------------------

interface MirrorTopic {
  offset: number;
  theme: string;
  parents: number;
  professionals: number;
  whatWorks: string;
  whatDoesNot: string;
  followUp: string;
}

const MIRROR_TOPICS: readonly MirrorTopic[] = [
  {
    offset: 0,
    theme: 'Het eerste contact met de verloskundige',
    parents: 8,
    professionals: 12,
    whatWorks: 'Ouders voelen zich welkom bij de verloskundige en waarderen dat er tijd is voor vragen.',
    whatDoesNot:
      'Geld, wonen en stress komen pas laat ter sprake. Ouders weten niet dat de JGZ al tijdens de zwangerschap langs kan komen.',
    followUp: 'Ervaringsdeskundigen betrekken bij de aanpak en het prenataal huisbezoek actief aanbieden.',
  },
  {
    offset: 3,
    theme: 'Geldzorgen tijdens de zwangerschap',
    parents: 7,
    professionals: 11,
    whatWorks: 'Ouders die hulp kregen, zijn positief over de snelle eerste afspraak.',
    whatDoesNot: 'Schaamte om over geldzorgen te beginnen; ouders worden van loket naar loket gestuurd.',
    followUp: 'Een vaste route van verloskundige naar schuldhulp, met één contactpersoon per wijkteam.',
  },
  {
    offset: 5,
    theme: 'Van kraamzorg naar consultatiebureau',
    parents: 9,
    professionals: 14,
    whatWorks: 'De kraamverzorgende is een vertrouwd gezicht en de overdracht naar de JGZ voelt vaak warm.',
    whatDoesNot: 'Ouders moeten hun verhaal opnieuw vertellen bij het eerste bezoek van de JGZ.',
    followUp: 'De overdracht kraamzorg–JGZ opnemen in de werkafspraken over informatie delen.',
  },
  {
    offset: 6,
    theme: 'Ondersteuning na een vroeggeboorte',
    parents: 6,
    professionals: 10,
    whatWorks: 'Ouders ervaren veel steun van het ziekenhuis tijdens de opname.',
    whatDoesNot: 'Na het ontslag voelen ouders zich alleen en is onduidelijk wie hun aanspreekpunt is.',
    followUp: 'Bij ontslag na een vroeggeboorte een vaste regiehouder in het gezamenlijk plan opnemen.',
  },
  {
    offset: 8,
    theme: 'Vaders en partners in de eerste 1000 dagen',
    parents: 7,
    professionals: 12,
    whatWorks: 'Partners die bij de afspraken aanwezig waren, voelden zich betrokken.',
    whatDoesNot: 'Uitnodigingen en folders richten zich bijna alleen op de moeder.',
    followUp: 'Partners uitdrukkelijk uitnodigen voor het prenataal huisbezoek en het eerste consult.',
  },
  {
    offset: 10,
    theme: 'Wachten op hulp van het wijkteam',
    parents: 8,
    professionals: 13,
    whatWorks: 'Als de hulp er eenmaal is, is die dichtbij en praktisch.',
    whatDoesNot: 'Weken wachten op een eerste gesprek, juist in de laatste maanden van de zwangerschap.',
    followUp: 'Zwangeren krijgen voorrang bij aanmelding bij het wijkteam; evaluatie na een half jaar.',
  },
];

export function generateMirrorConversations(timeline: DemoTimeline): DemoMirrorConversation[] {
  return MIRROR_TOPICS.map((topic, i) => ({
    key: `mirror-${i + 1}`,
    heldOn: dateAt(timeline, topic.offset, 1, 14),
    theme: topic.theme,
    parentsCount: topic.parents,
    professionalsCount: topic.professionals,
    facilitator: 'Onafhankelijk gespreksleider met ervaringsdeskundigheid',
    whatWorks: topic.whatWorks,
    whatDoesNot: topic.whatDoesNot,
    summary: `Uitkomsten teruggekoppeld aan de ouders en besproken in het coalitieoverleg. Opvolging: ${topic.followUp}`,
    ownerOrganisationKey: 'welzijn',
  }));
}

// ---------------------------------------------------------------------------------------------
// Collaborating and learning (component 4)
// ---------------------------------------------------------------------------------------------

function attending(random: Random, candidates: readonly OrganisationKey[], probability: number): OrganisationKey[] {
  return candidates.filter(() => random.chance(probability));
}

function meetingParticipants(random: Random, offset: number): OrganisationKey[] {
  const core: OrganisationKey[] = ['gemeente', 'jgz', 'ziekenhuis', 'dewieg', 'kraamzorg', 'wijkteamCentrum'];
  const others = memberOrganisations(offset).filter((key) => !core.includes(key) && key !== 'huisarts');
  const gp: OrganisationKey[] = random.chance(0.3 + 0.04 * offset) ? ['huisarts'] : [];
  return [...attending(random, core, 0.95), ...attending(random, others, 0.75), ...gp];
}

function caseDiscussionParticipants(random: Random, offset: number): OrganisationKey[] {
  const members = memberOrganisations(offset);
  const optional = attending(
    random,
    members.filter((key) => ['ziekenhuis', 'kraamzorg', 'schuldhulp', 'huisarts'].includes(key)),
    0.5,
  );
  return [
    'jgz',
    random.pick<OrganisationKey>(['dewieg', 'hetnest']),
    random.pick<OrganisationKey>(['wijkteamCentrum', 'wijkteamNoord']),
    ...optional,
  ];
}

interface Training {
  offset: number;
  title: string;
  description: string;
  owner: OrganisationKey;
  audience: readonly OrganisationKey[];
}

const TRAININGS: readonly Training[] = [
  {
    offset: 1,
    title: 'Training vroegsignalering van geldzorgen',
    description: 'Hoe je geldzorgen bespreekbaar maakt en waar je naartoe verwijst.',
    owner: 'schuldhulp',
    audience: ['dewieg', 'hetnest', 'kraamzorg', 'jgz', 'wijkteamCentrum', 'wijkteamNoord', 'ziekenhuis'],
  },
  {
    offset: 4,
    title: 'Scholing informatie delen en de AVG in de praktijk',
    description: 'Wat mag je delen, met wie en op welke grondslag; oefenen met situaties uit de praktijk.',
    owner: 'gemeente',
    audience: ORGANISATION_KEYS,
  },
  {
    offset: 7,
    title: 'Training motiverende gespreksvoering',
    description: 'Gesprekstechnieken voor lastige gesprekken met aanstaande ouders.',
    owner: 'jgz',
    audience: ['jgz', 'dewieg', 'hetnest', 'kraamzorg', 'wijkteamCentrum', 'wijkteamNoord'],
  },
  {
    offset: 10,
    title: 'Werken met het gezamenlijk plan',
    description: 'Het format van het integraal plan, de rol van de regiehouder en de overdracht naar de JGZ.',
    owner: 'wijkteamCentrum',
    audience: ORGANISATION_KEYS,
  },
];

function quarterlyActivities(random: Random, timeline: DemoTimeline, offset: number): DemoLearningActivity[] {
  const label = formatQuarter(quarterAt(timeline, offset));
  const caseDiscussion = (n: number, month: 0 | 2, day: number): DemoLearningActivity => ({
    key: `case-${offset}-${n}`,
    heldOn: dateAt(timeline, offset, month, day),
    kind: 'case_discussion',
    title: 'Casusoverleg kwetsbare zwangeren',
    description:
      'Gezamenlijke bespreking van zwangeren en gezinnen in een kwetsbare situatie (zonder namen vastgelegd).',
    ownerOrganisationKey: 'jgz',
    participantKeys: caseDiscussionParticipants(random, offset),
  });
  return [
    {
      key: `meeting-${offset}`,
      heldOn: dateAt(timeline, offset, 1, 10),
      kind: 'meeting',
      title: `Coalitieoverleg ${label}`,
      description: 'Kwartaaloverleg van het kernteam: voortgang van de verbeteracties en de thermometer.',
      ownerOrganisationKey: 'gemeente',
      participantKeys: meetingParticipants(random, offset),
    },
    caseDiscussion(1, 0, 20),
    caseDiscussion(2, 2, 12),
  ];
}

function occasionalActivities(random: Random, timeline: DemoTimeline): DemoLearningActivity[] {
  const trainings = TRAININGS.map(
    (training): DemoLearningActivity => ({
      key: `training-${training.offset}`,
      heldOn: dateAt(timeline, training.offset, 1, 24),
      kind: 'training',
      title: training.title,
      description: training.description,
      ownerOrganisationKey: training.owner,
      participantKeys: attending(
        random,
        training.audience.filter((key) => joinsAtOffset(key) <= training.offset),
        0.8,
      ),
    }),
  );
  return [
    ...trainings,
    {
      key: 'visit-5',
      heldOn: dateAt(timeline, 5, 2, 5),
      kind: 'visit',
      title: 'Werkbezoek aan de coalitie Kansrijke Start Rivierstad',
      description: 'Kennismaking met hun aanpak van het gezamenlijk plan en de spiegelgesprekken.',
      ownerOrganisationKey: 'gemeente',
      participantKeys: ['gemeente', 'jgz', 'dewieg', 'wijkteamNoord', 'ziekenhuis'],
    },
    {
      key: 'network-8',
      heldOn: dateAt(timeline, 8, 0, 28),
      kind: 'other',
      title: 'Netwerkbijeenkomst eerste 1000 dagen',
      description: 'Open bijeenkomst voor alle professionals rond zwangerschap en jonge gezinnen.',
      ownerOrganisationKey: 'welzijn',
      participantKeys: memberOrganisations(8),
    },
  ];
}

/** A meeting and two case discussions every quarter, plus trainings, a visit and a network event. */
export function generateLearningActivities(random: Random, timeline: DemoTimeline): DemoLearningActivity[] {
  const activities = [
    ...timeline.quarters.flatMap((_, offset) => quarterlyActivities(random, timeline, offset)),
    ...occasionalActivities(random, timeline),
  ];
  return activities.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------------------------
// Integrated care plan (component 5)
// ---------------------------------------------------------------------------------------------

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Aggregate counts per quarter; the share with a shared plan roughly doubles over three years. */
export function generateCarePlanCounts(random: Random, timeline: DemoTimeline): DemoCarePlanCount[] {
  const last = timeline.quarters.length - 1;
  return timeline.quarters.map((quarter, i) => {
    const summer = quarter.quarter === 3;
    const families = Math.max(5, Math.round(9 + 0.45 * i + random.normal(0, 1.5) - (summer ? 3 : 0)));
    const planShare = clamp(0.4 + 0.38 * (i / last) + random.normal(0, 0.05), 0, 1);
    const withSharedPlan = clamp(Math.round(planShare * families), 0, families);
    const evaluatedShare = clamp(0.3 + 0.4 * (i / last) + random.normal(0, 0.05), 0, 1);
    return {
      quarter: quarterKey(quarter),
      quarterIndex: quarterIndex(quarter),
      familiesDiscussed: families,
      withSharedPlan,
      planEvaluated: clamp(Math.round(evaluatedShare * withSharedPlan), 0, withSharedPlan),
      note: summer ? 'Eén casusoverleg minder door de zomervakantie.' : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Improvement actions and obstacles
// ---------------------------------------------------------------------------------------------

function obstacle(description: string, reportedRole: string, organisationKey: OrganisationKey): DemoObstacle {
  return { description, reportedRole, organisationKey };
}

/**
 * Six intermediate results, each grouping the obstacles that led to it. Two are done, two are past
 * their due date, and the sources cover the questionnaire, mirror conversations, a meeting and an
 * indicator.
 */
export function generateImprovementActions(timeline: DemoTimeline): {
  actions: DemoImprovementAction[];
  ungrouped: DemoObstacle[];
} {
  const actions: DemoImprovementAction[] = [
    {
      title: 'Eén aanmeldformulier van verloskunde naar JGZ',
      description:
        'Alle verloskundigenpraktijken en het ziekenhuis melden zwangeren in een kwetsbare situatie met hetzelfde formulier aan, vóór week 30.',
      component: 'informatie_delen',
      ownerOrganisationKey: 'jgz',
      ownerName: 'Teamleider JGZ',
      dueOn: endOfOffset(timeline, 5),
      status: 'done',
      completedOn: dateAt(timeline, 5, 1, 20),
      source: { kind: 'questionnaire', roundKey: 'round-2', dimensionCode: 'D' },
      obstacles: [
        obstacle(
          'Aanmeldingen van de verloskundige komen vaak pas na de bevalling bij de JGZ binnen.',
          'jeugdverpleegkundige',
          'jgz',
        ),
        obstacle('Elke praktijk gebruikt een eigen formulier voor de overdracht.', 'verloskundige', 'hetnest'),
      ],
    },
    {
      title: 'Vaste route bij geldzorgen in de zwangerschap',
      description:
        'Verloskundigen verwijzen zwangeren met geldzorgen via één contactpersoon per wijkteam naar schuldhulp.',
      component: 'samenwerken_leren',
      ownerOrganisationKey: 'schuldhulp',
      ownerName: 'Coördinator schuldhulpverlening',
      dueOn: endOfOffset(timeline, 8),
      status: 'in_progress',
      completedOn: null,
      source: { kind: 'mirror_conversation', mirrorConversationKey: 'mirror-2' },
      obstacles: [
        obstacle(
          'Verloskundigen weten niet bij wie ze terechtkunnen met geldzorgen van een zwangere.',
          'verloskundige',
          'dewieg',
        ),
        obstacle('De wachttijd bij schuldhulp is voor zwangeren te lang.', 'wijkteammedewerker', 'wijkteamNoord'),
        obstacle('Ouders schamen zich om over geldzorgen te beginnen.', 'schuldhulpverlener', 'schuldhulp'),
      ],
    },
    {
      title: 'Het gezamenlijk plan loopt door na de bevalling',
      description:
        'Het plan uit de zwangerschap gaat met de regiehouder mee naar de JGZ en wordt na zes weken samen geëvalueerd.',
      component: 'integraal_behandelplan',
      ownerOrganisationKey: 'wijkteamCentrum',
      ownerName: 'Teamleider Sociaal Wijkteam Centrum',
      dueOn: addMonths(timeline.referenceDate, 4),
      status: 'in_progress',
      completedOn: null,
      source: { kind: 'meeting', learningActivityKey: 'meeting-4' },
      obstacles: [
        obstacle('Het plan uit de zwangerschap is bij de JGZ niet bekend.', 'jeugdverpleegkundige', 'jgz'),
        obstacle('Na de kraamweek is onduidelijk wie de regie heeft.', 'kraamverzorgende', 'kraamzorg'),
      ],
    },
    {
      title: 'Ervaringsdeskundigen structureel betrekken',
      description: 'Twee ervaringsdeskundigen denken vast mee in het kernteam, met een vergoeding.',
      component: 'reflecteren',
      ownerOrganisationKey: 'welzijn',
      ownerName: 'Coördinator vrijwilligers',
      dueOn: dateAt(timeline, 10, 1, 15),
      status: 'open',
      completedOn: null,
      source: { kind: 'mirror_conversation', mirrorConversationKey: 'mirror-1' },
      obstacles: [
        obstacle('Met de uitkomsten van spiegelgesprekken gebeurt te weinig.', 'beleidsmedewerker', 'gemeente'),
        obstacle('Er is geen vergoeding voor ervaringsdeskundigen.', 'welzijnswerker', 'welzijn'),
      ],
    },
    {
      title: 'Cijfers elk kwartaal samen bespreken',
      description:
        'De thermometer staat elk kwartaal op de agenda van het coalitieoverleg, met een korte toelichting per indicator.',
      component: 'meten_weten',
      ownerOrganisationKey: 'gemeente',
      ownerName: 'Coördinator Kansrijke Start',
      dueOn: endOfOffset(timeline, 7),
      status: 'done',
      completedOn: dateAt(timeline, 7, 1, 10),
      source: { kind: 'questionnaire', roundKey: 'round-3', dimensionCode: 'G' },
      obstacles: [
        obstacle('Cijfers komen pas een jaar later binnen.', 'beleidsmedewerker', 'gemeente'),
        obstacle('Niet iedereen begrijpt wat de indicatoren betekenen.', 'klinisch verloskundige', 'ziekenhuis'),
      ],
    },
    {
      title: 'Eerder in zorg: eerste consult vóór week 10',
      description:
        'Wijkteams en welzijn wijzen zwangeren actief op de verloskundige; de praktijken houden ruimte voor snelle intakes.',
      component: 'meten_weten',
      ownerOrganisationKey: 'dewieg',
      ownerName: 'Praktijkhouder verloskundigenpraktijk',
      dueOn: addMonths(timeline.referenceDate, 6),
      status: 'open',
      completedOn: null,
      source: { kind: 'indicator', indicatorCode: 'ZIN-01' },
      obstacles: [
        obstacle('Zwangeren die nieuw zijn in Nederland vinden de verloskundige laat.', 'welzijnswerker', 'welzijn'),
        obstacle(
          'Zonder huisarts weten zwangeren niet waar ze zich moeten melden.',
          'wijkteammedewerker',
          'wijkteamCentrum',
        ),
      ],
    },
  ];
  const ungrouped = [
    obstacle('Nieuwe collega’s kennen de coalitie en de afspraken niet.', 'kraamverzorgende', 'kraamzorg'),
  ];
  return { actions, ungrouped };
}

// ---------------------------------------------------------------------------------------------
// Timeline notes and register targets
// ---------------------------------------------------------------------------------------------

function annotation(
  timeline: DemoTimeline,
  offset: number,
  text: string,
  target: Pick<DemoAnnotation, 'component' | 'indicatorCode'>,
): DemoAnnotation {
  const quarter = quarterAt(timeline, offset);
  return { quarter: quarterKey(quarter), quarterIndex: quarterIndex(quarter), text, ...target };
}

export function generateAnnotations(timeline: DemoTimeline): DemoAnnotation[] {
  const planStart = quarterAt(timeline, 1).year;
  const registration = formatQuarter(quarterAt(timeline, 3));
  const referralRoute = formatQuarter(quarterAt(timeline, 6));
  const fourthRound = (roundQuarterIndexes(timeline)[3] ?? timeline.firstIndex) - timeline.firstIndex;
  return [
    annotation(timeline, 1, `Start werkplan Kansrijke Start ${planStart}–${planStart + 2}`, {
      component: null,
      indicatorCode: null,
    }),
    annotation(
      timeline,
      3,
      `Overstap naar een nieuw digitaal JGZ-dossier: geen borstvoedingscijfers over ${registration}`,
      {
        component: null,
        indicatorCode: 'JGZ-04',
      },
    ),
    annotation(
      timeline,
      3,
      `Overstap naar een nieuw digitaal JGZ-dossier: geen borstvoedingscijfers over ${registration}`,
      {
        component: null,
        indicatorCode: 'JGZ-05',
      },
    ),
    annotation(
      timeline,
      6,
      `Nieuwe verwijsroute vanaf ${referralRoute}: verloskundigen melden zwangeren direct aan bij de JGZ`,
      {
        component: null,
        indicatorCode: 'JGZ-01',
      },
    ),
    // The fourth round shows the dip in governance (dimension C) that this absence explains.
    annotation(timeline, fourthRound, 'Coördinator tijdelijk afwezig; taken waargenomen door de gemeente', {
      component: 'samenwerken_leren',
      indicatorCode: null,
    }),
    annotation(timeline, 9, 'Nieuw format voor het gezamenlijk plan in het casusoverleg', {
      component: 'integraal_behandelplan',
      indicatorCode: null,
    }),
  ];
}

export function generateMeasureTargets(timeline: DemoTimeline): DemoMeasureTarget[] {
  const from = (offset: number) => {
    const quarter = quarterAt(timeline, offset);
    return { validFromQuarter: quarterKey(quarter), validFromIndex: quarterIndex(quarter) };
  };
  return [
    { measureCode: 'mirror_conversations_per_year', ...from(0), target: 2 },
    { measureCode: 'agreements_in_use_share', ...from(0), target: 60 },
    // Raised once the first agreements were in use.
    { measureCode: 'agreements_in_use_share', ...from(8), target: 75 },
    { measureCode: 'learning_breadth', ...from(0), target: 80 },
    { measureCode: 'care_plan_share', ...from(0), target: 80 },
    { measureCode: 'mirror_follow_up_share', ...from(0), target: 80 },
    { measureCode: 'care_plan_evaluated_share', ...from(0), target: 60 },
  ];
}
