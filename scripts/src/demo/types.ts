import type { ComponentCode } from '@tks/shared/components';
import type {
  ActionStatus,
  AgreementStatus,
  CoalitionRole,
  IndicatorReferenceKind,
  LearningActivityKind,
  LegalBasis,
  OrganisationDomain,
  RoundStatus,
} from '@tks/shared/domain';
import type { IndicatorCatalogueEntry, IndicatorCode } from '@tks/shared/indicator-catalogue';
import type { DimensionCode, InstrumentDefinition, LikertValue } from '@tks/shared/instrument-default';
import type { Quarter } from '@tks/shared/periods';
import { REGISTER_MEASURE_CODES, type RegisterMeasureCode } from '@tks/shared/register-measures';

/*
 * The demo coalition as plain data. Rows refer to each other by keys (organisation keys, round
 * keys, indicator codes) rather than database ids, so the generator stays free of the database and
 * the loader resolves keys to ids as it inserts.
 */

export const ORGANISATION_KEYS = [
  'ziekenhuis',
  'dewieg',
  'hetnest',
  'kraamzorg',
  'huisarts',
  'jgz',
  'wijkteamCentrum',
  'wijkteamNoord',
  'schuldhulp',
  'welzijn',
  'gemeente',
] as const;
export type OrganisationKey = (typeof ORGANISATION_KEYS)[number];

export interface DemoTimeline {
  current: Quarter;
  currentIndex: number;
  /** The first of the twelve quarters the demo covers. */
  firstIndex: number;
  quarters: Quarter[];
  /** The last day of the current quarter: due dates and review dates are placed around it. */
  referenceDate: string;
}

export interface DemoOrganisation {
  key: OrganisationKey;
  name: string;
  shortName: string;
  domain: OrganisationDomain;
  kind: string;
}

export type DemoLoginRole = CoalitionRole | 'platform_admin';

export interface DemoUser {
  role: DemoLoginRole;
  email: string;
  name: string;
  password: string;
  organisationKey: OrganisationKey | null;
}

export interface DemoIndicatorValue {
  period: string;
  periodFirstIndex: number;
  periodLastIndex: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface DemoIndicatorReference {
  kind: IndicatorReferenceKind;
  validFromQuarter: string;
  validFromIndex: number;
  value: number;
  note: string | null;
}

export interface DemoIndicator {
  definition: IndicatorCatalogueEntry;
  values: DemoIndicatorValue[];
  references: DemoIndicatorReference[];
}

export interface DemoAnswer {
  itemCode: string;
  value: LikertValue | null;
  dontKnow: boolean;
  text: string | null;
}

export interface DemoResponse {
  organisationKey: OrganisationKey;
  respondentRole: string;
  submittedOn: string;
  answers: DemoAnswer[];
}

export interface DemoInvitation {
  email: string;
  organisationKey: OrganisationKey;
  respondentRole: string;
  /** Never written to the database (only its hash is); kept so the hashing can be checked. */
  token: string;
  tokenHash: string;
  sentAt: string;
  remindersSent: number;
  lastRemindedAt: string | null;
  respondedAt: string | null;
}

export interface DemoRoundConclusion {
  /** Null for the conclusion about the round as a whole. */
  dimensionCode: DimensionCode | null;
  conclusion: string;
}

export interface DemoRound {
  key: string;
  title: string;
  quarter: string;
  quarterIndex: number;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
  openedAt: string;
  closedAt: string | null;
  invitations: DemoInvitation[];
  responses: DemoResponse[];
  conclusions: DemoRoundConclusion[];
}

export interface DemoSharingAgreement {
  title: string;
  dataCategory: string;
  purpose: string;
  legalBasis: LegalBasis;
  legalBasisNote: string | null;
  status: AgreementStatus;
  agreedOn: string | null;
  reviewOn: string | null;
  ownerOrganisationKey: OrganisationKey;
  partyKeys: OrganisationKey[];
}

export interface DemoMirrorConversation {
  key: string;
  heldOn: string;
  theme: string;
  parentsCount: number;
  professionalsCount: number;
  facilitator: string;
  whatWorks: string;
  whatDoesNot: string;
  summary: string;
  ownerOrganisationKey: OrganisationKey;
}

export interface DemoLearningActivity {
  key: string;
  heldOn: string;
  kind: LearningActivityKind;
  title: string;
  description: string;
  ownerOrganisationKey: OrganisationKey;
  participantKeys: OrganisationKey[];
}

export interface DemoCarePlanCount {
  quarter: string;
  quarterIndex: number;
  familiesDiscussed: number;
  withSharedPlan: number;
  planEvaluated: number;
  note: string | null;
}

export type DemoActionSource =
  | { kind: 'questionnaire'; roundKey: string; dimensionCode: DimensionCode }
  | { kind: 'mirror_conversation'; mirrorConversationKey: string }
  | { kind: 'meeting'; learningActivityKey: string }
  | { kind: 'indicator'; indicatorCode: IndicatorCode };

export interface DemoObstacle {
  description: string;
  reportedRole: string;
  organisationKey: OrganisationKey | null;
}

export interface DemoImprovementAction {
  title: string;
  description: string;
  component: ComponentCode;
  ownerOrganisationKey: OrganisationKey;
  ownerName: string;
  dueOn: string;
  status: ActionStatus;
  completedOn: string | null;
  source: DemoActionSource;
  obstacles: DemoObstacle[];
}

export interface DemoAnnotation {
  quarter: string;
  quarterIndex: number;
  text: string;
  component: ComponentCode | null;
  indicatorCode: IndicatorCode | null;
}

/**
 * Register measures the thermometer scores against a target. Shares are in percent (0–100), like
 * indicators with factor 100:
 * - mirror_conversations_per_year: mirror conversations with recorded follow-up in a year;
 * - agreements_in_use_share: agreements with status "in use" among all current agreements;
 * - learning_breadth: partner organisations that took part in a learning activity in the last
 *   four quarters, among all partner organisations;
 * - care_plan_share: discussed families with a shared plan among all discussed families;
 * - mirror_follow_up_share: follow-up actions of recent mirror conversations that are done;
 * - care_plan_evaluated_share: shared plans that were evaluated among all shared plans.
 */
export const MEASURE_CODES = REGISTER_MEASURE_CODES;
export type MeasureCode = RegisterMeasureCode;

export interface DemoMeasureTarget {
  measureCode: MeasureCode;
  validFromQuarter: string;
  validFromIndex: number;
  target: number;
}

export interface DemoCoalitionData {
  coalition: { slug: string; name: string; municipality: string; minGroupSize: number };
  timeline: DemoTimeline;
  organisations: DemoOrganisation[];
  users: DemoUser[];
  instrument: { definition: InstrumentDefinition; publishedAt: string };
  rounds: DemoRound[];
  indicators: DemoIndicator[];
  /** The demo's indicator values arrive as one seed import, so they can be traced like any import. */
  indicatorImport: { fileName: string; fileHash: string };
  sharingAgreements: DemoSharingAgreement[];
  mirrorConversations: DemoMirrorConversation[];
  learningActivities: DemoLearningActivity[];
  carePlanCounts: DemoCarePlanCount[];
  improvementActions: DemoImprovementAction[];
  /** Obstacles reported but not yet grouped into an action. */
  ungroupedObstacles: DemoObstacle[];
  annotations: DemoAnnotation[];
  measureTargets: DemoMeasureTarget[];
}
