import { COMPONENT_CODES } from '@tks/shared/components';
import {
  ACTION_SOURCES,
  ACTION_STATUSES,
  AGREEMENT_STATUSES,
  AUTH_TOKEN_PURPOSES,
  COALITION_ROLES,
  IMPORT_CHANNELS,
  IMPORT_KINDS,
  IMPORT_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_REFERENCE_KINDS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
  INSTRUMENT_VERSION_STATUSES,
  ITEM_KINDS,
  LEARNING_ACTIVITY_KINDS,
  LEGAL_BASES,
  ORGANISATION_DOMAINS,
  REPORTING_FREQUENCIES,
  ROUND_STATUSES,
} from '@tks/shared/domain';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/*
 * Conventions: integer surrogate keys; timestamps as ISO-8601 UTC text (readable in the sqlite
 * shell and sortable); calendar dates as YYYY-MM-DD text; periods as their canonical key
 * (2025-Q3, 2025-H1, 2025) plus the first and last quarter index they cover, so that "latest value
 * at or before a quarter" is an integer comparison. Every entity row of coalition data carries its
 * coalition_id, also where a parent row already implies it, so that scoping a query never needs
 * a join; only link tables (parties, participants, version items) and answers go without, as they
 * are only ever reached through their scoped parent. Nothing is deleted: rows are archived.
 */

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

const id = () => integer('id').primaryKey({ autoIncrement: true });
const createdAt = () => text('created_at').notNull().default(now);
const updatedAt = () => text('updated_at').notNull().default(now);
const archivedAt = () => text('archived_at');
const coalitionId = () =>
  integer('coalition_id')
    .notNull()
    .references(() => coalitions.id);
const createdBy = () => integer('created_by').references(() => users.id);

/** A SQL list of quoted codes for CHECK constraints. */
function oneOf(values: readonly string[]) {
  return sql.raw(values.map((v) => `'${v}'`).join(', '));
}

// ---------------------------------------------------------------------------------------------
// Coalitions, organisations, people
// ---------------------------------------------------------------------------------------------

export const coalitions = sqliteTable(
  'coalitions',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    municipality: text('municipality').notNull(),
    /** Minimum number of respondents before any questionnaire result is shown (never below 3). */
    minGroupSize: integer('min_group_size').notNull().default(5),
    /** Score bands of the thermometer as JSON ({ from, to, code }[]); null means the defaults. */
    scoreBands: text('score_bands', { mode: 'json' }).$type<ColourBand[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [check('coalitions_min_group_size', sql`${t.minGroupSize} >= 3`)],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: id(),
    coalitionId: coalitionId(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    domain: text('domain', { enum: ORGANISATION_DOMAINS }).notNull(),
    /** Free description of the kind of organisation: hospital, midwifery practice, JGZ, ... */
    kind: text('kind'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    uniqueIndex('organisations_coalition_name').on(t.coalitionId, t.name),
    check('organisations_domain', sql`${t.domain} in (${oneOf(ORGANISATION_DOMAINS)})`),
  ],
);

export const users = sqliteTable('users', {
  id: id(),
  /** Stored lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** Null until the person has set a password through an invitation link. */
  passwordHash: text('password_hash'),
  isPlatformAdmin: integer('is_platform_admin', { mode: 'boolean' }).notNull().default(false),
  locale: text('locale', { enum: ['nl', 'en'] })
    .notNull()
    .default('nl'),
  lastLoginAt: text('last_login_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  disabledAt: text('disabled_at'),
});

export const memberships = sqliteTable(
  'memberships',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    coalitionId: coalitionId(),
    role: text('role', { enum: COALITION_ROLES }).notNull(),
    /** The organisation a partner speaks for; partners maintain the entries of this organisation. */
    organisationId: integer('organisation_id').references(() => organisations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('memberships_user_coalition').on(t.userId, t.coalitionId),
    index('memberships_coalition').on(t.coalitionId),
    check('memberships_role', sql`${t.role} in (${oneOf(COALITION_ROLES)})`),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the value itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    currentCoalitionId: integer('current_coalition_id').references(() => coalitions.id),
    createdAt: createdAt(),
    lastSeenAt: text('last_seen_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
);

/** Single-use links mailed to people: password reset, account invitation. */
export const authTokens = sqliteTable(
  'auth_tokens',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose', { enum: AUTH_TOKEN_PURPOSES }).notNull(),
    email: text('email').notNull(),
    userId: integer('user_id').references(() => users.id),
    coalitionId: integer('coalition_id').references(() => coalitions.id),
    role: text('role', { enum: COALITION_ROLES }),
    organisationId: integer('organisation_id').references(() => organisations.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('auth_tokens_email').on(t.email)],
);

/** Read-only links to one quarterly report, for the municipality or an insurer. */
export const shareLinks = sqliteTable(
  'share_links',
  {
    id: id(),
    coalitionId: coalitionId(),
    tokenHash: text('token_hash').notNull().unique(),
    quarter: text('quarter').notNull(),
    label: text('label'),
    createdBy: createdBy(),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('share_links_coalition').on(t.coalitionId)],
);

/** Keys for automated indicator feeds, one coalition each. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: id(),
    coalitionId: coalitionId(),
    name: text('name').notNull(),
    /** First characters of the key, shown so people can tell keys apart. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdBy: createdBy(),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_keys_coalition').on(t.coalitionId)],
);

/** Every e-mail the app sends; without SMTP this is the outbox the coordinator reads. */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    id: id(),
    coalitionId: integer('coalition_id').references(() => coalitions.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    createdAt: createdAt(),
    sentAt: text('sent_at'),
    transport: text('transport', { enum: ['smtp', 'outbox'] }).notNull(),
    error: text('error'),
  },
  (t) => [index('outbox_messages_coalition').on(t.coalitionId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Questionnaires
// ---------------------------------------------------------------------------------------------

export const instruments = sqliteTable(
  'instruments',
  {
    id: id(),
    coalitionId: coalitionId(),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    createdAt: createdAt(),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('instruments_coalition_code').on(t.coalitionId, t.code)],
);

export const instrumentVersions = sqliteTable(
  'instrument_versions',
  {
    id: id(),
    coalitionId: coalitionId(),
    instrumentId: integer('instrument_id')
      .notNull()
      .references(() => instruments.id),
    version: integer('version').notNull(),
    status: text('status', { enum: INSTRUMENT_VERSION_STATUSES }).notNull().default('draft'),
    notes: text('notes'),
    /** The version this one was copied from. */
    basedOnId: integer('based_on_id'),
    createdBy: createdBy(),
    createdAt: createdAt(),
    publishedAt: text('published_at'),
  },
  (t) => [uniqueIndex('instrument_versions_instrument_version').on(t.instrumentId, t.version)],
);

/** Dimensions are per version; the code (A … G) joins them across versions for trends. */
export const dimensions = sqliteTable(
  'dimensions',
  {
    id: id(),
    coalitionId: coalitionId(),
    instrumentVersionId: integer('instrument_version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    component: text('component', { enum: COMPONENT_CODES }).notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    uniqueIndex('dimensions_version_code').on(t.instrumentVersionId, t.code),
    check('dimensions_component', sql`${t.component} in (${oneOf(COMPONENT_CODES)})`),
  ],
);

/**
 * An item is one wording. Its texts never change once used: a reworded statement is a new item,
 * so that trends are never silently joined across different wordings.
 */
export const items = sqliteTable(
  'items',
  {
    id: id(),
    coalitionId: coalitionId(),
    instrumentId: integer('instrument_id')
      .notNull()
      .references(() => instruments.id),
    /** Stable, human-readable key such as A1; unique per instrument across all wordings. */
    code: text('code').notNull(),
    kind: text('kind', { enum: ITEM_KINDS }).notNull(),
    textNl: text('text_nl').notNull(),
    textEn: text('text_en').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('items_instrument_code').on(t.instrumentId, t.code)],
);

export const instrumentVersionItems = sqliteTable(
  'instrument_version_items',
  {
    instrumentVersionId: integer('instrument_version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id),
    /** Null for open questions, which belong to no dimension. */
    dimensionId: integer('dimension_id').references(() => dimensions.id),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.instrumentVersionId, t.itemId] })],
);

export const rounds = sqliteTable(
  'rounds',
  {
    id: id(),
    coalitionId: coalitionId(),
    instrumentVersionId: integer('instrument_version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    title: text('title').notNull(),
    /** The quarter the round measures, e.g. 2025-Q2. */
    quarter: text('quarter').notNull(),
    quarterIndex: integer('quarter_index').notNull(),
    opensOn: text('opens_on').notNull(),
    closesOn: text('closes_on').notNull(),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('draft'),
    maxReminders: integer('max_reminders').notNull().default(2),
    reminderIntervalDays: integer('reminder_interval_days').notNull().default(7),
    createdBy: createdBy(),
    createdAt: createdAt(),
    openedAt: text('opened_at'),
    closedAt: text('closed_at'),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('rounds_coalition_quarter').on(t.coalitionId, t.quarterIndex),
    check('rounds_status', sql`${t.status} in (${oneOf(ROUND_STATUSES)})`),
  ],
);

/**
 * A personal link. After submission nothing connects it to the response: the response row
 * carries no invitation id, and the draft is cleared.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: id(),
    coalitionId: coalitionId(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    name: text('name'),
    email: text('email').notNull(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    respondentRole: text('respondent_role'),
    tokenHash: text('token_hash').notNull().unique(),
    /** Answers saved so far, so the same link resumes; cleared on submission. */
    draft: text('draft', { mode: 'json' }).$type<Record<string, unknown>>(),
    sentAt: text('sent_at'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedAt: text('last_reminded_at'),
    respondedAt: text('responded_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_round_email').on(t.roundId, t.email),
    index('invitations_round_org').on(t.roundId, t.organisationId),
  ],
);

export const responses = sqliteTable(
  'responses',
  {
    id: id(),
    coalitionId: coalitionId(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    respondentRole: text('respondent_role'),
    /** The day only: a precise time could be matched to an invitation's responded_at. */
    submittedOn: text('submitted_on').notNull(),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
  },
  (t) => [index('responses_round').on(t.roundId, t.organisationId)],
);

export const answers = sqliteTable(
  'answers',
  {
    responseId: integer('response_id')
      .notNull()
      .references(() => responses.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id),
    /** 1 … 5 on the agree scale; null with dontKnow, or for open questions. */
    value: integer('value'),
    dontKnow: integer('dont_know', { mode: 'boolean' }).notNull().default(false),
    text: text('text'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.itemId] }),
    index('answers_item').on(t.itemId),
    check('answers_value', sql`${t.value} is null or ${t.value} between 1 and 5`),
  ],
);

/** What the coalition meeting concluded about a round, per dimension (or overall when null). */
export const roundConclusions = sqliteTable(
  'round_conclusions',
  {
    id: id(),
    coalitionId: coalitionId(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    dimensionCode: text('dimension_code'),
    conclusion: text('conclusion').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('round_conclusions_round_dimension').on(t.roundId, t.dimensionCode)],
);

// ---------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------

export interface ColourBand {
  /** Inclusive lower edge; the upper edge belongs to the next band. */
  from: number;
  to: number;
  code: 'attention' | 'developing' | 'strong';
}

export const indicatorDefinitions = sqliteTable(
  'indicator_definitions',
  {
    id: id(),
    coalitionId: coalitionId(),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionNl: text('description_nl').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    source: text('source', { enum: INDICATOR_SOURCES }).notNull(),
    component: text('component', { enum: COMPONENT_CODES }).notNull(),
    unit: text('unit', { enum: INDICATOR_UNITS }).notNull(),
    numeratorText: text('numerator_text'),
    denominatorText: text('denominator_text'),
    /** value = numerator / denominator × factor (100 for %, 1000 for ‰). */
    factor: real('factor').notNull().default(1),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
    frequency: text('frequency', { enum: REPORTING_FREQUENCIES }).notNull(),
    /** Values outside this range are flagged on import as implausible. */
    plausibleMin: real('plausible_min'),
    plausibleMax: real('plausible_max'),
    colourBands: text('colour_bands', { mode: 'json' }).$type<ColourBand[]>(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    uniqueIndex('indicator_definitions_coalition_code').on(t.coalitionId, t.code),
    check('indicator_definitions_direction', sql`${t.direction} in (${oneOf(INDICATOR_DIRECTIONS)})`),
    check('indicator_definitions_component', sql`${t.component} in (${oneOf(COMPONENT_CODES)})`),
  ],
);

/** Target, baseline and national reference, each valid from a quarter until the next one. */
export const indicatorReferences = sqliteTable(
  'indicator_references',
  {
    id: id(),
    coalitionId: coalitionId(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicatorDefinitions.id),
    kind: text('kind', { enum: INDICATOR_REFERENCE_KINDS }).notNull(),
    validFromQuarter: text('valid_from_quarter').notNull(),
    validFromIndex: integer('valid_from_index').notNull(),
    value: real('value').notNull(),
    note: text('note'),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('indicator_references_kind_from').on(t.indicatorId, t.kind, t.validFromIndex)],
);

export const importBatches = sqliteTable(
  'import_batches',
  {
    id: id(),
    coalitionId: coalitionId(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    channel: text('channel', { enum: IMPORT_CHANNELS }).notNull(),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file's bytes. */
    fileHash: text('file_hash').notNull(),
    userId: integer('user_id').references(() => users.id),
    apiKeyId: integer('api_key_id').references(() => apiKeys.id),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('committed'),
    createdAt: createdAt(),
    undoneAt: text('undone_at'),
    undoneBy: integer('undone_by').references(() => users.id),
  },
  (t) => [index('import_batches_coalition').on(t.coalitionId, t.createdAt)],
);

/**
 * Values are never overwritten: a correction inserts a new row and marks the earlier one
 * superseded, so history stays visible and a batch can be undone.
 */
export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    id: id(),
    coalitionId: coalitionId(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicatorDefinitions.id),
    period: text('period').notNull(),
    periodFirstIndex: integer('period_first_index').notNull(),
    periodLastIndex: integer('period_last_index').notNull(),
    value: real('value').notNull(),
    numerator: real('numerator'),
    denominator: real('denominator'),
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    supersededAt: text('superseded_at'),
    supersededById: integer('superseded_by_id'),
  },
  (t) => [
    uniqueIndex('indicator_values_current').on(t.indicatorId, t.period).where(sql`superseded_at is null`),
    index('indicator_values_series').on(t.coalitionId, t.indicatorId, t.periodLastIndex),
    index('indicator_values_batch').on(t.importBatchId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Registers of components 2 to 5
// ---------------------------------------------------------------------------------------------

export const sharingAgreements = sqliteTable(
  'sharing_agreements',
  {
    id: id(),
    coalitionId: coalitionId(),
    title: text('title').notNull(),
    dataCategory: text('data_category').notNull(),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis', { enum: LEGAL_BASES }).notNull(),
    legalBasisNote: text('legal_basis_note'),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('draft'),
    agreedOn: text('agreed_on'),
    reviewOn: text('review_on'),
    documentLinks: text('document_links', { mode: 'json' }).$type<Array<{ label: string; url: string }>>(),
    /** The organisation that maintains the entry. */
    ownerOrganisationId: integer('owner_organisation_id').references(() => organisations.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('sharing_agreements_coalition').on(t.coalitionId),
    check('sharing_agreements_status', sql`${t.status} in (${oneOf(AGREEMENT_STATUSES)})`),
  ],
);

export const sharingAgreementParties = sqliteTable(
  'sharing_agreement_parties',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => sharingAgreements.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.organisationId] })],
);

export const mirrorConversations = sqliteTable(
  'mirror_conversations',
  {
    id: id(),
    coalitionId: coalitionId(),
    heldOn: text('held_on').notNull(),
    theme: text('theme').notNull(),
    parentsCount: integer('parents_count').notNull(),
    professionalsCount: integer('professionals_count').notNull(),
    facilitator: text('facilitator'),
    whatWorks: text('what_works').notNull().default(''),
    whatDoesNot: text('what_does_not').notNull().default(''),
    summary: text('summary').notNull().default(''),
    ownerOrganisationId: integer('owner_organisation_id').references(() => organisations.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('mirror_conversations_coalition').on(t.coalitionId, t.heldOn)],
);

export const learningActivities = sqliteTable(
  'learning_activities',
  {
    id: id(),
    coalitionId: coalitionId(),
    heldOn: text('held_on').notNull(),
    kind: text('kind', { enum: LEARNING_ACTIVITY_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerOrganisationId: integer('owner_organisation_id').references(() => organisations.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('learning_activities_coalition').on(t.coalitionId, t.heldOn)],
);

export const learningActivityParticipants = sqliteTable(
  'learning_activity_participants',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => learningActivities.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.organisationId] })],
);

/** Aggregate counts only: never family-level data. */
export const carePlanCounts = sqliteTable(
  'care_plan_counts',
  {
    id: id(),
    coalitionId: coalitionId(),
    quarter: text('quarter').notNull(),
    quarterIndex: integer('quarter_index').notNull(),
    familiesDiscussed: integer('families_discussed').notNull(),
    withSharedPlan: integer('with_shared_plan').notNull(),
    planEvaluated: integer('plan_evaluated').notNull(),
    note: text('note'),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    uniqueIndex('care_plan_counts_coalition_quarter').on(t.coalitionId, t.quarterIndex).where(sql`archived_at is null`),
    check(
      'care_plan_counts_consistent',
      sql`${t.withSharedPlan} <= ${t.familiesDiscussed} and ${t.planEvaluated} <= ${t.withSharedPlan}`,
    ),
  ],
);

/** An intermediate result of the improvement plan: the grouped answer to a set of obstacles. */
export const improvementActions = sqliteTable(
  'improvement_actions',
  {
    id: id(),
    coalitionId: coalitionId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    component: text('component', { enum: COMPONENT_CODES }).notNull(),
    ownerOrganisationId: integer('owner_organisation_id').references(() => organisations.id),
    ownerName: text('owner_name'),
    dueOn: text('due_on'),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    completedOn: text('completed_on'),
    sourceKind: text('source_kind', { enum: ACTION_SOURCES }).notNull().default('other'),
    sourceRoundId: integer('source_round_id').references(() => rounds.id),
    sourceDimensionCode: text('source_dimension_code'),
    sourceMirrorConversationId: integer('source_mirror_conversation_id').references(() => mirrorConversations.id),
    sourceLearningActivityId: integer('source_learning_activity_id').references(() => learningActivities.id),
    sourceIndicatorId: integer('source_indicator_id').references(() => indicatorDefinitions.id),
    /** Where an action came from when no row says so: a meeting without a register entry, "other". */
    sourceNote: text('source_note'),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('improvement_actions_coalition').on(t.coalitionId, t.status),
    check('improvement_actions_status', sql`${t.status} in (${oneOf(ACTION_STATUSES)})`),
  ],
);

/** "Bears on the road": every obstacle any role reports, later grouped into an action. */
export const obstacles = sqliteTable(
  'obstacles',
  {
    id: id(),
    coalitionId: coalitionId(),
    description: text('description').notNull(),
    reportedRole: text('reported_role'),
    organisationId: integer('organisation_id').references(() => organisations.id),
    improvementActionId: integer('improvement_action_id').references(() => improvementActions.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('obstacles_coalition').on(t.coalitionId)],
);

/** Targets of register measures (for example mirror conversations a year), valid from a quarter. */
export const measureTargets = sqliteTable(
  'measure_targets',
  {
    id: id(),
    coalitionId: coalitionId(),
    measureCode: text('measure_code').notNull(),
    validFromQuarter: text('valid_from_quarter').notNull(),
    validFromIndex: integer('valid_from_index').notNull(),
    target: real('target').notNull(),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('measure_targets_code_from').on(t.coalitionId, t.measureCode, t.validFromIndex)],
);

/** Notes on the timeline ("new referral route from Q2"), shown on every chart they concern. */
export const annotations = sqliteTable(
  'annotations',
  {
    id: id(),
    coalitionId: coalitionId(),
    quarter: text('quarter').notNull(),
    quarterIndex: integer('quarter_index').notNull(),
    text: text('text').notNull(),
    /** Null for both means the annotation concerns the whole coalition. */
    component: text('component', { enum: COMPONENT_CODES }),
    indicatorId: integer('indicator_id').references(() => indicatorDefinitions.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('annotations_coalition').on(t.coalitionId, t.quarterIndex)],
);

/**
 * A counter per coalition that triggers (migration 0004) raise on every write to the coalition's
 * data, in the writing transaction itself: computed views such as the thermometer are cached under
 * it and can never outlive the data they were computed from, whichever route or script wrote.
 */
export const coalitionDataVersions = sqliteTable('coalition_data_versions', {
  coalitionId: integer('coalition_id')
    .primaryKey()
    .references(() => coalitions.id),
  version: integer('version').notNull().default(0),
});

/**
 * One counter (a single row, id 1) that triggers (migration 0006) raise on every write to sessions,
 * users, memberships and coalitions: who may do what. Signed-in requests keep their session and
 * memberships in memory under it, so a sign-out, a revoked membership or a disabled account is
 * seen by the very next request, whichever process wrote it.
 */
export const accessVersion = sqliteTable(
  'access_version',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull().default(0),
  },
  (t) => [check('access_version_single_row', sql`${t.id} = 1`)],
);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    coalitionId: integer('coalition_id').references(() => coalitions.id),
    userId: integer('user_id').references(() => users.id),
    /** Who acted when no user did: "system", "api-key:3", "seed". */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_coalition').on(t.coalitionId, t.createdAt),
    index('audit_log_entity').on(t.entityType, t.entityId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Relations (for the relational query API)
// ---------------------------------------------------------------------------------------------

export const coalitionsRelations = relations(coalitions, ({ many }) => ({
  organisations: many(organisations),
  memberships: many(memberships),
  indicatorDefinitions: many(indicatorDefinitions),
  rounds: many(rounds),
}));

export const organisationsRelations = relations(organisations, ({ one }) => ({
  coalition: one(coalitions, { fields: [organisations.coalitionId], references: [coalitions.id] }),
}));

export const usersRelations = relations(users, ({ many }) => ({ memberships: many(memberships) }));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  coalition: one(coalitions, { fields: [memberships.coalitionId], references: [coalitions.id] }),
  organisation: one(organisations, { fields: [memberships.organisationId], references: [organisations.id] }),
}));

export const indicatorDefinitionsRelations = relations(indicatorDefinitions, ({ one, many }) => ({
  coalition: one(coalitions, { fields: [indicatorDefinitions.coalitionId], references: [coalitions.id] }),
  values: many(indicatorValues),
  references: many(indicatorReferences),
}));

export const indicatorValuesRelations = relations(indicatorValues, ({ one }) => ({
  indicator: one(indicatorDefinitions, {
    fields: [indicatorValues.indicatorId],
    references: [indicatorDefinitions.id],
  }),
  importBatch: one(importBatches, { fields: [indicatorValues.importBatchId], references: [importBatches.id] }),
}));

export const indicatorReferencesRelations = relations(indicatorReferences, ({ one }) => ({
  indicator: one(indicatorDefinitions, {
    fields: [indicatorReferences.indicatorId],
    references: [indicatorDefinitions.id],
  }),
}));

export const roundsRelations = relations(rounds, ({ one, many }) => ({
  coalition: one(coalitions, { fields: [rounds.coalitionId], references: [coalitions.id] }),
  instrumentVersion: one(instrumentVersions, {
    fields: [rounds.instrumentVersionId],
    references: [instrumentVersions.id],
  }),
  invitations: many(invitations),
  responses: many(responses),
}));

export const responsesRelations = relations(responses, ({ one, many }) => ({
  round: one(rounds, { fields: [responses.roundId], references: [rounds.id] }),
  answers: many(answers),
}));

export const answersRelations = relations(answers, ({ one }) => ({
  response: one(responses, { fields: [answers.responseId], references: [responses.id] }),
  item: one(items, { fields: [answers.itemId], references: [items.id] }),
}));
