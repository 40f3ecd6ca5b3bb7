import { createHash } from 'node:crypto';
import { formatDate, formatNumber, formatQuarter } from '@tks/shared/format';
import {
  DIMENSION_CODES,
  type DimensionCode,
  type InstrumentDefinition,
  type LikertValue,
} from '@tks/shared/instrument-default';
import { quarterFromIndex, quarterKey } from '@tks/shared/periods';
import { addDays, dayInQuarter, onWeekday, timestamp } from './calendar';
import { type PanelMember, panelMembers, RESPONDENT_PANEL } from './organisations';
import type { Random } from './random';
import {
  type DemoAnswer,
  type DemoInvitation,
  type DemoResponse,
  type DemoRound,
  type DemoRoundConclusion,
  type DemoTimeline,
  ORGANISATION_KEYS,
} from './types';

export const ROUND_COUNT = 6;
const ROUND_SPACING_QUARTERS = 2;
const OPEN_DAYS = 21;
const MAX_REMINDERS = 2;
const REMINDER_INTERVAL_DAYS = 7;

interface DimensionProfile {
  /** Mean answer in the first round, before organisation and person leanings. */
  start: number;
  /** How far the mean rises by the last round. */
  gain: number;
  /** Share of the gain reached at each round; the default rises steadily. */
  trajectory?: readonly number[];
  dontKnow: number;
}

const STEADY_RISE = [0, 0.15, 0.35, 0.55, 0.8, 1] as const;

/*
 * Information sharing and the shared plan start lowest and improve most: that is where the
 * coalition put its effort. Governance (C) dips in the fourth round, when the coordinator was away
 * for a while (an annotation on the timeline says so).
 */
const DIMENSION_PROFILES: Readonly<Record<DimensionCode, DimensionProfile>> = {
  A: { start: 3.3, gain: 0.5, dontKnow: 0.03 },
  B: { start: 3.6, gain: 0.45, dontKnow: 0.02 },
  C: { start: 3.1, gain: 0.6, trajectory: [0, 0.25, 0.45, 0.15, 0.7, 1], dontKnow: 0.04 },
  D: { start: 2.5, gain: 0.9, dontKnow: 0.06 },
  E: { start: 2.7, gain: 0.6, dontKnow: 0.08 },
  F: { start: 2.4, gain: 1.0, dontKnow: 0.07 },
  G: { start: 2.8, gain: 0.7, dontKnow: 0.06 },
};

/** Roles far from a theme answer "don't know" more often, as real respondents do. */
const ROLE_DONT_KNOW: Readonly<Record<string, Partial<Record<DimensionCode, number>>>> = {
  beleidsmedewerker: { D: 0.2, E: 0.1, F: 0.25 },
  huisarts: { E: 0.15, F: 0.1 },
  praktijkondersteuner: { E: 0.15, G: 0.15 },
  kinderarts: { F: 0.15, E: 0.1 },
  'coördinator vrijwilligers': { D: 0.2, G: 0.1 },
  schuldhulpverlener: { G: 0.15, F: 0.05 },
};

const ANSWER_NOISE_SD = 0.7;
const PERSON_SD = 0.35;
const ITEM_SD = 0.2;
const ORGANISATION_DIMENSION_SD = 0.25;

const GOES_WELL_EARLY = [
  'De lijnen met de JGZ zijn kort; ik weet wie ik kan bellen.',
  'Het kernteam is enthousiast en iedereen wil dat dit slaagt.',
  'Verloskundigen signaleren vroeg als er iets speelt in een gezin.',
  'Er is eindelijk één overleg waar medisch en sociaal samen aan tafel zitten.',
  'De coördinator houdt iedereen goed op de hoogte.',
];
const GOES_WELL_LATE = [
  'In het casusoverleg maken we nu echt samen een plan.',
  'De warme overdracht van kraamzorg naar het consultatiebureau werkt goed.',
  'Sinds de nieuwe verwijsroute zien we zwangeren eerder bij de JGZ.',
  'We bespreken de cijfers samen en daar komen concrete acties uit.',
  'De spiegelgesprekken met ouders geven veel inzicht.',
  'Schuldhulp is nu snel bereikbaar voor zwangeren met geldzorgen.',
  'Nieuwe collega’s worden goed wegwijs gemaakt in de coalitie.',
];
const SHOULD_IMPROVE_EARLY = [
  'Het is onduidelijk welke informatie we zonder toestemming mogen delen.',
  'Overdrachten komen te laat of onvolledig binnen.',
  'De huisartsen zijn nog nauwelijks betrokken.',
  'We hebben geen gezamenlijk plan per gezin; iedereen werkt met een eigen plan.',
  'Er is weinig tijd voor overleg naast het gewone werk.',
  'Ik weet niet wat er met de uitkomsten van deze vragenlijst gebeurt.',
];
const SHOULD_IMPROVE_LATE = [
  'Het plan moet na de kraamperiode beter doorlopen naar de JGZ.',
  'Ervaringsdeskundigen zouden vaker mee moeten denken.',
  'De cijfers komen pas laat binnen, waardoor we op oude informatie sturen.',
  'Meer tijd om casussen achteraf te bespreken en van elkaar te leren.',
  'Bij personeelswisselingen gaat kennis over de afspraken verloren.',
  'Eén digitaal kanaal voor overdrachten zou veel schelen.',
];

/** What the coalition meeting agreed when a dimension came out lowest. */
const LOWEST_DIMENSION_CONCLUSIONS: Readonly<Record<DimensionCode, string>> = {
  A: 'De doelen zijn op de werkvloer nog weinig bekend. Afgesproken: elke partner bespreekt het werkplan in het eigen teamoverleg.',
  B: 'Nieuwe collega’s kennen de partners nog niet. Afgesproken: twee keer per jaar een kennismakingsbijeenkomst.',
  C: 'De regie hangt te veel aan één persoon. Afgesproken: een vaste vervanger voor de coördinator en een wisselend voorzitterschap.',
  D: 'Het is onduidelijk wat we mogen delen. Afgesproken: de werkafspraken over informatie delen in elk team toelichten en één overdrachtsformulier gebruiken.',
  E: 'De stem van ouders komt nog te weinig binnen. Afgesproken: twee spiegelgesprekken per jaar en een ervaringsdeskundige in het kernteam.',
  F: 'Nog niet elk kwetsbaar gezin heeft één gezamenlijk plan. Afgesproken: in elk casusoverleg het plan en de regiehouder vastleggen.',
  G: 'De cijfers worden nog weinig samen besproken. Afgesproken: de thermometer staat elk kwartaal op de agenda van het coalitieoverleg.',
};

interface Leanings {
  person: Map<string, number>;
  item: Map<string, number>;
  organisationDimension: Map<string, number>;
}

/** Fixed leanings of people, statements and organisations, so answers differ in stable ways. */
function drawLeanings(random: Random, members: readonly PanelMember[], instrument: InstrumentDefinition): Leanings {
  const person = new Map(members.map((m) => [m.id, random.normal(0, PERSON_SD)]));
  const item = new Map(
    instrument.dimensions.flatMap((d) => d.items).map((i) => [i.code, random.normal(0, ITEM_SD)] as const),
  );
  const organisationDimension = new Map<string, number>();
  for (const key of ORGANISATION_KEYS) {
    for (const code of DIMENSION_CODES) {
      organisationDimension.set(`${key}/${code}`, random.normal(0, ORGANISATION_DIMENSION_SD));
    }
  }
  return { person, item, organisationDimension };
}

function progressOf(dimension: DimensionCode, roundIndex: number): number {
  const trajectory = DIMENSION_PROFILES[dimension].trajectory ?? STEADY_RISE;
  return trajectory[roundIndex] ?? 1;
}

/** Rounds a latent opinion to the nearest scale point; beyond the ends it stays at 1 or 5. */
function toLikert(latent: number): LikertValue {
  if (latent < 1.5) return 1;
  if (latent < 2.5) return 2;
  if (latent < 3.5) return 3;
  if (latent < 4.5) return 4;
  return 5;
}

function statementAnswers(
  random: Random,
  member: PanelMember,
  roundIndex: number,
  instrument: InstrumentDefinition,
  leanings: Leanings,
): DemoAnswer[] {
  const mood = RESPONDENT_PANEL[member.organisationKey].mood + (leanings.person.get(member.id) ?? 0);
  return instrument.dimensions.flatMap((dimension) => {
    const profile = DIMENSION_PROFILES[dimension.code];
    const mean =
      profile.start +
      profile.gain * progressOf(dimension.code, roundIndex) +
      mood +
      (leanings.organisationDimension.get(`${member.organisationKey}/${dimension.code}`) ?? 0);
    const dontKnow = profile.dontKnow + (ROLE_DONT_KNOW[member.role]?.[dimension.code] ?? 0);
    return dimension.items.map((item): DemoAnswer => {
      if (random.chance(dontKnow)) return { itemCode: item.code, value: null, dontKnow: true, text: null };
      const latent = mean + (leanings.item.get(item.code) ?? 0) + random.normal(0, ANSWER_NOISE_SD);
      return { itemCode: item.code, value: toLikert(latent), dontKnow: false, text: null };
    });
  });
}

function openAnswers(random: Random, progress: number): DemoAnswer[] {
  const answers: DemoAnswer[] = [];
  const late = random.chance(progress);
  if (random.chance(0.4)) {
    answers.push({
      itemCode: 'O1',
      value: null,
      dontKnow: false,
      text: random.pick(late ? GOES_WELL_LATE : GOES_WELL_EARLY),
    });
  }
  if (random.chance(0.45)) {
    answers.push({
      itemCode: 'O2',
      value: null,
      dontKnow: false,
      text: random.pick(late ? SHOULD_IMPROVE_LATE : SHOULD_IMPROVE_EARLY),
    });
  }
  return answers;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface InvitationDraft {
  member: PanelMember;
  invitation: DemoInvitation;
}

function invite(random: Random, member: PanelMember, opensOn: string, respondsOnDay: number | null): InvitationDraft {
  const token = random.hex(32);
  const sentAt = timestamp(opensOn, 8);
  // Reminders go out weekly to whoever has not answered yet.
  const reminders =
    respondsOnDay === null
      ? MAX_REMINDERS
      : Math.min(MAX_REMINDERS, Math.floor(respondsOnDay / REMINDER_INTERVAL_DAYS));
  return {
    member,
    invitation: {
      email: member.email,
      organisationKey: member.organisationKey,
      respondentRole: member.role,
      token,
      tokenHash: sha256Hex(token),
      sentAt,
      remindersSent: reminders,
      lastRemindedAt: reminders > 0 ? timestamp(addDays(opensOn, reminders * REMINDER_INTERVAL_DAYS), 8) : null,
      respondedAt:
        respondsOnDay === null
          ? null
          : timestamp(addDays(opensOn, respondsOnDay), random.int(7, 21), random.int(0, 59)),
    },
  };
}

/**
 * Rounds fall in the last quarter of each half year (Q2 and Q4), the latest one at or before the
 * current quarter. The collaboration score (COA-03) is reported per half year, so a round in the
 * middle of a half would yield a value for a period that has not ended yet.
 */
export function roundQuarterIndexes(timeline: DemoTimeline): number[] {
  // Quarter indexes of Q2 and Q4 are odd (index = year * 4 + quarter - 1).
  const last = timeline.currentIndex % 2 === 1 ? timeline.currentIndex : timeline.currentIndex - 1;
  const count = roundCount(timeline);
  return Array.from({ length: count }, (_, r) => last - ROUND_SPACING_QUARTERS * (count - 1 - r));
}

/** Six rounds over the demo's three years; a longer timeline (the national benchmark) has one per half year. */
function roundCount(timeline: DemoTimeline): number {
  return Math.max(ROUND_COUNT, Math.floor(timeline.quarters.length / ROUND_SPACING_QUARTERS));
}

function responseCount(random: Random, invited: number, roundIndex: number): number {
  const rate = 0.62 + 0.04 * roundIndex;
  return Math.min(invited, 60, Math.max(25, Math.round(invited * rate + random.normal(0, 1.5))));
}

function generateRound(
  random: Random,
  index: number,
  roundIndex: number,
  instrument: InstrumentDefinition,
  members: readonly PanelMember[],
  leanings: Leanings,
): DemoRound {
  const quarter = quarterFromIndex(index);
  // Opening in the middle month leaves time to discuss the results within the same quarter.
  const opensOn = dayInQuarter(quarter, 1, 1);
  const closesOn = onWeekday(addDays(opensOn, OPEN_DAYS));
  const invited = members.filter((m) => m.joinsAtRound <= roundIndex);
  const responders = new Set(random.shuffle(invited).slice(0, responseCount(random, invited.length, roundIndex)));

  const drafts = invited.map((member) =>
    invite(random, member, opensOn, responders.has(member) ? random.int(0, OPEN_DAYS - 1) : null),
  );
  const progress = Math.min(1, roundIndex / (ROUND_COUNT - 1));
  // Responses are stored in order of day only, shuffled within a day: an order by time of
  // submission would let anyone match response ids to the invitations' responded_at.
  const responses = random
    .shuffle(drafts.filter((draft) => draft.invitation.respondedAt !== null))
    .sort((a, b) =>
      (a.invitation.respondedAt ?? '').slice(0, 10).localeCompare((b.invitation.respondedAt ?? '').slice(0, 10)),
    )
    .map(
      ({ member, invitation }): DemoResponse => ({
        organisationKey: member.organisationKey,
        respondentRole: member.role,
        submittedOn: (invitation.respondedAt ?? '').slice(0, 10),
        answers: [
          ...statementAnswers(random, member, roundIndex, instrument, leanings),
          ...openAnswers(random, progress),
        ],
      }),
    );

  return {
    key: `round-${roundIndex + 1}`,
    title: `Partnervragenlijst ${formatQuarter(quarter)}`,
    quarter: quarterKey(quarter),
    quarterIndex: index,
    opensOn,
    closesOn,
    // Every round is closed: the current quarter is the last completed one the demo reports on.
    status: 'closed',
    openedAt: timestamp(opensOn, 7, 30),
    closedAt: timestamp(closesOn, 17),
    invitations: drafts.map((draft) => draft.invitation),
    responses,
    conclusions: [],
  };
}

export interface RoundSummary {
  respondents: number;
  /** Mean of the 1–5 answers per dimension, "don't know" left out. */
  dimensionMeans: Record<DimensionCode, number>;
  /** Mean of the dimension means, so that every dimension weighs the same. */
  overallMean: number;
}

function perDimension<T>(value: (code: DimensionCode) => T): Record<DimensionCode, T> {
  return { A: value('A'), B: value('B'), C: value('C'), D: value('D'), E: value('E'), F: value('F'), G: value('G') };
}

export function summariseRound(round: DemoRound, instrument: InstrumentDefinition): RoundSummary {
  const dimensionOfItem = new Map(instrument.dimensions.flatMap((d) => d.items.map((i) => [i.code, d.code] as const)));
  const sums = perDimension(() => ({ total: 0, n: 0 }));
  for (const response of round.responses) {
    for (const answer of response.answers) {
      const dimension = dimensionOfItem.get(answer.itemCode);
      if (dimension === undefined || answer.value === null) continue;
      sums[dimension].total += answer.value;
      sums[dimension].n += 1;
    }
  }
  const dimensionMeans = perDimension((code) => (sums[code].n > 0 ? sums[code].total / sums[code].n : Number.NaN));
  const means = DIMENSION_CODES.map((code) => dimensionMeans[code]);
  return {
    respondents: round.responses.length,
    dimensionMeans,
    overallMean: means.reduce((a, b) => a + b, 0) / means.length,
  };
}

/**
 * The meeting's conclusions: the round as a whole, and the lowest dimension that was not already
 * the focus last time (a meeting that picks the same theme twice in a row moves on to the next).
 */
function conclusionsFor(
  round: DemoRound,
  previous: { summary: RoundSummary; focus: DimensionCode | null } | null,
  instrument: InstrumentDefinition,
): DemoRoundConclusion[] {
  const summary = summariseRound(round, instrument);
  const meetingOn = onWeekday(addDays(round.closesOn, 14));
  const mean = formatNumber(summary.overallMean, 'nl', { decimals: 1 });
  const comparison = previous
    ? ` De vorige meting kwam uit op ${formatNumber(previous.summary.overallMean, 'nl', { decimals: 1 })}.`
    : ' Dit is de eerste meting en dient als nulmeting.';
  const lowest =
    DIMENSION_CODES.filter((code) => code !== previous?.focus).sort(
      (a, b) => summary.dimensionMeans[a] - summary.dimensionMeans[b],
    )[0] ?? 'A';
  const lowestName = instrument.dimensions.find((d) => d.code === lowest)?.name.nl ?? lowest;
  return [
    {
      dimensionCode: null,
      conclusion:
        `Besproken in het coalitieoverleg van ${formatDate(meetingOn)}. ` +
        `Gemiddeld ${mean} op een schaal van 1 tot 5, ${summary.respondents} ingevulde vragenlijsten.${comparison} ` +
        `Laagste dimensie: ${lowestName}.`,
    },
    { dimensionCode: lowest, conclusion: LOWEST_DIMENSION_CONCLUSIONS[lowest] },
  ];
}

/** Six half-yearly rounds ending in the current quarter, with invitations, responses and conclusions. */
export function generateRounds(random: Random, timeline: DemoTimeline, instrument: InstrumentDefinition): DemoRound[] {
  const members = panelMembers();
  const leanings = drawLeanings(random.fork('leanings'), members, instrument);
  const rounds = roundQuarterIndexes(timeline).map((index, roundIndex) =>
    generateRound(random.fork(`round-${roundIndex}`), index, roundIndex, instrument, members, leanings),
  );
  let previous: { summary: RoundSummary; focus: DimensionCode | null } | null = null;
  for (const round of rounds) {
    round.conclusions = conclusionsFor(round, previous, instrument);
    previous = {
      summary: summariseRound(round, instrument),
      focus: round.conclusions.find((c) => c.dimensionCode !== null)?.dimensionCode ?? null,
    };
  }
  return rounds;
}
