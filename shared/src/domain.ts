/**
 * Closed vocabularies of the domain, shared by the database schema, the API contract and the UI.
 * Stored as text codes; labels live with the UI.
 */

export const ORGANISATION_DOMAINS = ['medical', 'social', 'municipal', 'other'] as const;
export type OrganisationDomain = (typeof ORGANISATION_DOMAINS)[number];

export const COALITION_ROLES = ['coordinator', 'partner', 'director'] as const;
export type CoalitionRole = (typeof COALITION_ROLES)[number];

export const INDICATOR_SOURCES = [
  'jgz',
  'zin',
  'prem',
  'rivm',
  'municipality',
  'coalition',
  'questionnaire',
  'other',
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const INDICATOR_UNITS = [
  'percent',
  'per_100',
  'per_1000',
  'count',
  'score_1_10',
  'score_0_100',
  'yes_no',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better', 'context'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const REPORTING_FREQUENCIES = ['quarterly', 'half_yearly', 'yearly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** Kinds of reference points of an indicator that may change over time, each valid from a quarter. */
export const INDICATOR_REFERENCE_KINDS = ['target', 'baseline', 'national'] as const;
export type IndicatorReferenceKind = (typeof INDICATOR_REFERENCE_KINDS)[number];

export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const INSTRUMENT_VERSION_STATUSES = ['draft', 'published'] as const;

export const ITEM_KINDS = ['likert', 'open'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const IMPORT_KINDS = ['indicator_values', 'questionnaire_responses'] as const;
export const IMPORT_CHANNELS = ['web', 'cli', 'api', 'seed'] as const;
export const IMPORT_STATUSES = ['committed', 'undone'] as const;

export const AGREEMENT_STATUSES = ['draft', 'agreed', 'in_use', 'to_review'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The lawful bases of GDPR article 6(1). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interest',
  'public_task',
  'legitimate_interest',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEARNING_ACTIVITY_KINDS = ['case_discussion', 'meeting', 'training', 'visit', 'other'] as const;
export type LearningActivityKind = (typeof LEARNING_ACTIVITY_KINDS)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_SOURCES = ['questionnaire', 'mirror_conversation', 'meeting', 'indicator', 'other'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

export const AUTH_TOKEN_PURPOSES = ['password_reset', 'invitation'] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'import',
  'undo',
  'open',
  'close',
  'submit',
  'login',
  'logout',
  'grant',
  'revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
