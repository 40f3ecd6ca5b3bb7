import { type DemoOrganisation, type DemoUser, ORGANISATION_KEYS, type OrganisationKey } from './types';

/** Fictional organisations: any likeness to a real practice or team is unintended. */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'ziekenhuis',
    name: 'Ziekenhuis Voorbeeldstad – afdeling Verloskunde',
    shortName: 'Ziekenhuis',
    domain: 'medical',
    kind: 'Ziekenhuis (klinische verloskunde)',
  },
  {
    key: 'dewieg',
    name: 'Verloskundigenpraktijk De Wieg',
    shortName: 'De Wieg',
    domain: 'medical',
    kind: 'Verloskundigenpraktijk',
  },
  {
    key: 'hetnest',
    name: 'Verloskundigenpraktijk Het Nest',
    shortName: 'Het Nest',
    domain: 'medical',
    kind: 'Verloskundigenpraktijk',
  },
  {
    key: 'kraamzorg',
    name: 'Kraamzorg Thuis',
    shortName: 'Kraamzorg',
    domain: 'medical',
    kind: 'Kraamzorgorganisatie',
  },
  {
    key: 'huisarts',
    name: 'Gezondheidscentrum De Linde',
    shortName: 'De Linde',
    domain: 'medical',
    kind: 'Huisartsenpraktijk',
  },
  { key: 'jgz', name: 'JGZ Voorbeeldstad', shortName: 'JGZ', domain: 'social', kind: 'Jeugdgezondheidszorg 0–4 jaar' },
  {
    key: 'wijkteamCentrum',
    name: 'Sociaal Wijkteam Centrum',
    shortName: 'Wijkteam Centrum',
    domain: 'social',
    kind: 'Sociaal wijkteam',
  },
  {
    key: 'wijkteamNoord',
    name: 'Sociaal Wijkteam Noord',
    shortName: 'Wijkteam Noord',
    domain: 'social',
    kind: 'Sociaal wijkteam',
  },
  {
    key: 'schuldhulp',
    name: 'Schuldhulp Voorbeeldstad',
    shortName: 'Schuldhulp',
    domain: 'social',
    kind: 'Schuldhulpverlening',
  },
  {
    key: 'welzijn',
    name: 'Stichting Welzijn Voorbeeldstad',
    shortName: 'Welzijn',
    domain: 'social',
    kind: 'Welzijnsorganisatie',
  },
  {
    key: 'gemeente',
    name: 'Gemeente Voorbeeldstad',
    shortName: 'Gemeente',
    domain: 'municipal',
    kind: 'Gemeente, afdeling Sociaal Domein',
  },
];

/** Memorable on purpose: the start-up prints them for whoever tries the demo. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    role: 'coordinator',
    email: 'coordinator@voorbeeldstad.example',
    name: 'Coördinator Voorbeeldstad',
    password: 'kansrijk-coordinator',
    organisationKey: 'gemeente',
  },
  {
    role: 'partner',
    email: 'partner@voorbeeldstad.example',
    name: 'Partner De Wieg',
    password: 'kansrijk-partner',
    organisationKey: 'dewieg',
  },
  {
    role: 'director',
    email: 'director@voorbeeldstad.example',
    name: 'Bestuurder Voorbeeldstad',
    password: 'kansrijk-bestuurder',
    organisationKey: null,
  },
  {
    role: 'platform_admin',
    email: 'admin@voorbeeldstad.example',
    name: 'Platformbeheerder',
    password: 'kansrijk-beheerder',
    organisationKey: null,
  },
];

export interface PanelOrganisation {
  emailDomain: string;
  /** One entry per core-team member who receives the questionnaire. */
  roles: readonly string[];
  /** The round (0-based) from which the organisation takes part in the questionnaire. */
  joinsAtRound: number;
  /** How positive this organisation tends to be about the collaboration, in scale points. */
  mood: number;
}

/*
 * Debt counselling and the welfare foundation joined the coalition later, which is why "all
 * relevant partners take part" improves over the rounds. The GP and the hospital are the least
 * positive: the usual story of partners who feel the coalition is mostly a social-domain affair.
 */
export const RESPONDENT_PANEL: Readonly<Record<OrganisationKey, PanelOrganisation>> = {
  ziekenhuis: {
    emailDomain: 'ziekenhuis-voorbeeldstad.example',
    roles: [
      'gynaecoloog',
      'klinisch verloskundige',
      'klinisch verloskundige',
      'verpleegkundige kraamafdeling',
      'verpleegkundige kraamafdeling',
      'medisch maatschappelijk werker',
      'kinderarts',
    ],
    joinsAtRound: 0,
    mood: -0.15,
  },
  dewieg: {
    emailDomain: 'dewieg.example',
    roles: ['verloskundige', 'verloskundige', 'verloskundige', 'verloskundige'],
    joinsAtRound: 0,
    mood: 0.1,
  },
  hetnest: {
    emailDomain: 'hetnest.example',
    roles: ['verloskundige', 'verloskundige', 'verloskundige'],
    joinsAtRound: 0,
    mood: 0,
  },
  kraamzorg: {
    emailDomain: 'kraamzorgthuis.example',
    roles: ['kraamverzorgende', 'kraamverzorgende', 'kraamverzorgende', 'kraamverzorgende', 'coördinator kraamzorg'],
    joinsAtRound: 0,
    mood: 0.15,
  },
  huisarts: {
    emailDomain: 'gc-delinde.example',
    roles: ['huisarts', 'praktijkondersteuner'],
    joinsAtRound: 0,
    mood: -0.3,
  },
  jgz: {
    emailDomain: 'jgz-voorbeeldstad.example',
    roles: [
      'jeugdverpleegkundige',
      'jeugdverpleegkundige',
      'jeugdverpleegkundige',
      'jeugdverpleegkundige',
      'jeugdverpleegkundige',
      'jeugdarts',
      'jeugdarts',
      'teamleider JGZ',
    ],
    joinsAtRound: 0,
    mood: 0.2,
  },
  wijkteamCentrum: {
    emailDomain: 'wijkteamcentrum.example',
    roles: ['wijkteammedewerker', 'wijkteammedewerker', 'wijkteammedewerker', 'wijkteammedewerker'],
    joinsAtRound: 0,
    mood: 0.05,
  },
  wijkteamNoord: {
    emailDomain: 'wijkteamnoord.example',
    roles: ['wijkteammedewerker', 'wijkteammedewerker', 'wijkteammedewerker', 'wijkteammedewerker'],
    joinsAtRound: 0,
    mood: -0.1,
  },
  schuldhulp: {
    emailDomain: 'schuldhulp-voorbeeldstad.example',
    roles: ['schuldhulpverlener', 'schuldhulpverlener', 'schuldhulpverlener'],
    joinsAtRound: 1,
    mood: -0.2,
  },
  welzijn: {
    emailDomain: 'welzijnvoorbeeldstad.example',
    roles: ['welzijnswerker', 'welzijnswerker', 'coördinator vrijwilligers'],
    joinsAtRound: 2,
    mood: 0.1,
  },
  gemeente: {
    emailDomain: 'voorbeeldstad.example',
    roles: ['beleidsmedewerker', 'beleidsmedewerker', 'beleidsmedewerker'],
    joinsAtRound: 0,
    mood: 0.3,
  },
};

export interface PanelMember {
  /** Stable across rounds, so a person's own leaning carries over from round to round. */
  id: string;
  email: string;
  organisationKey: OrganisationKey;
  role: string;
  joinsAtRound: number;
}

function emailLocalPart(role: string, n: number): string {
  const slug = role
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return `${slug}${n}`;
}

export function panelMembers(): PanelMember[] {
  return ORGANISATION_KEYS.flatMap((organisationKey) => {
    const panel = RESPONDENT_PANEL[organisationKey];
    const perRole = new Map<string, number>();
    return panel.roles.map((role) => {
      const n = (perRole.get(role) ?? 0) + 1;
      perRole.set(role, n);
      const email = `${emailLocalPart(role, n)}@${panel.emailDomain}`;
      return { id: email, email, organisationKey, role, joinsAtRound: panel.joinsAtRound };
    });
  });
}
