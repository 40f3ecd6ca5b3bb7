import type { Db } from '@tks/db/client';
import {
  annotations,
  answers,
  auditLog,
  carePlanCounts,
  coalitions,
  dimensions,
  importBatches,
  improvementActions,
  indicatorDefinitions,
  indicatorReferences,
  indicatorValues,
  instruments,
  instrumentVersionItems,
  instrumentVersions,
  invitations,
  items,
  learningActivities,
  learningActivityParticipants,
  measureTargets,
  memberships,
  mirrorConversations,
  obstacles,
  organisations,
  responses,
  roundConclusions,
  rounds,
  sharingAgreementParties,
  sharingAgreements,
  users,
} from '@tks/db/schema';
import { hashPassword } from '@tks/server/features/auth/password';
import { quarterKey } from '@tks/shared/periods';
import { DEMO_COALITION, type GenerateDemoOptions, generateDemoCoalition } from './generate';
import { DEMO_USERS } from './organisations';
import type {
  DemoActionSource,
  DemoCoalitionData,
  DemoLoginRole,
  DemoObstacle,
  DemoRound,
  DemoUser,
  OrganisationKey,
} from './types';

/*
 * Writes the demo coalition in one synchronous transaction: either the whole coalition is there or
 * none of it. Rows go in as multi-row inserts in batches, which keeps loading to a fraction of a
 * second; password hashing (deliberately slow) happens before the transaction opens.
 *
 * Loading is refused, not repeated, when the demo coalition or one of its accounts already exists:
 * people may have changed the demo's data or passwords since, and a loader that returned logins
 * that no longer work would mislead whoever reads them at start-up.
 */

export interface LoadDemoOptions extends GenerateDemoOptions {
  /** Load this data instead of generating it (tests pass a generated value to compare). */
  data?: DemoCoalitionData;
}

export interface DemoLogin {
  role: DemoLoginRole;
  email: string;
  password: string;
}

export interface LoadDemoResult {
  coalition: { slug: string; name: string };
  logins: DemoLogin[];
}

export class DemoAlreadyLoadedError extends Error {
  constructor(reason: string) {
    super(`The demo coalition was not loaded: ${reason}`);
    this.name = 'DemoAlreadyLoadedError';
  }
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** True when the database holds no coalition at all: the moment to offer the demo. */
export function isDatabaseEmpty(db: Db): boolean {
  return db.select({ id: coalitions.id }).from(coalitions).limit(1).get() === undefined;
}

export async function loadDemoCoalition(db: Db, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const data = options.data ?? generateDemoCoalition(options);
  // Checked before hashing to fail fast, and again inside the transaction, since another writer
  // may have loaded the demo while the hashes were computed.
  assertNotLoaded(db, data);
  const passwordHashes = await Promise.all(data.users.map((user) => hashPassword(user.password)));
  db.transaction((tx) => {
    assertNotLoaded(tx, data);
    writeDemo(tx, data, passwordHashes);
  });
  return {
    coalition: { slug: data.coalition.slug, name: data.coalition.name },
    logins: data.users.map(toLogin),
  };
}

/**
 * The demo's logins when the demo coalition is in this database, for the start-up banner. Only
 * accounts that still exist and are enabled are listed; a password changed since loading cannot be
 * detected here without verifying it, which is deliberately slow.
 */
export function demoLoginsIfPresent(db: Db): DemoLogin[] {
  const coalition = db.query.coalitions
    .findFirst({ columns: { id: true }, where: (c, { eq }) => eq(c.slug, DEMO_COALITION.slug) })
    .sync();
  if (!coalition) return [];
  const demoEmails = DEMO_USERS.map((user) => user.email);
  const present = db.query.users
    .findMany({
      columns: { email: true },
      where: (u, { and, inArray, isNull }) => and(inArray(u.email, demoEmails), isNull(u.disabledAt)),
    })
    .sync();
  const emails = new Set(present.map((user) => user.email));
  return DEMO_USERS.filter((user) => emails.has(user.email)).map(toLogin);
}

function toLogin({ role, email, password }: DemoUser): DemoLogin {
  return { role, email, password };
}

function assertNotLoaded(db: Db | Tx, data: DemoCoalitionData): void {
  const existing = db.query.coalitions
    .findFirst({ columns: { id: true }, where: (c, { eq }) => eq(c.slug, data.coalition.slug) })
    .sync();
  if (existing) throw new DemoAlreadyLoadedError(`a coalition with slug "${data.coalition.slug}" already exists`);
  const emails = data.users.map((user) => user.email.toLowerCase());
  const taken = db.query.users
    .findFirst({ columns: { email: true }, where: (u, { inArray }) => inArray(u.email, emails) })
    .sync();
  if (taken) throw new DemoAlreadyLoadedError(`an account with e-mail ${taken.email} already exists`);
}

// ---------------------------------------------------------------------------------------------
// Batched inserts
// ---------------------------------------------------------------------------------------------

/** Well below SQLite's limit of bound parameters, even for the widest table. */
const ROWS_PER_INSERT = 500;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

function insertRows<T>(rows: readonly T[], insert: (batch: T[]) => unknown): void {
  for (const batch of batches(rows)) insert(batch);
}

/**
 * Inserts rows and returns their new ids in the order of `rows`. SQLite does not promise an order
 * for RETURNING, but one multi-row INSERT assigns ascending ids in VALUES order, so sorting the
 * returned ids restores it.
 */
function insertIds<T>(rows: readonly T[], insert: (batch: T[]) => Array<{ id: number }>): number[] {
  const ids: number[] = [];
  for (const batch of batches(rows)) {
    const returned = insert(batch)
      .map((row) => row.id)
      .sort((a, b) => a - b);
    if (returned.length !== batch.length) throw new Error(`Expected ${batch.length} ids, got ${returned.length}`);
    ids.push(...returned);
  }
  return ids;
}

/** The id inserted for the row at `index`; insertIds guarantees one id per row. */
function at(ids: readonly number[], index: number): number {
  const id = ids[index];
  if (id === undefined) throw new Error(`No id for row ${index}`);
  return id;
}

function byKey<K>(keys: readonly K[], ids: readonly number[]): Map<K, number> {
  return new Map(keys.map((key, i) => [key, at(ids, i)]));
}

function idOf<K>(map: ReadonlyMap<K, number>, key: K, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo data refers to unknown ${what} "${String(key)}"`);
  return id;
}

function only<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`Inserting the ${what} returned nothing`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// The coalition, its organisations and people
// ---------------------------------------------------------------------------------------------

interface Scope {
  tx: Tx;
  data: DemoCoalitionData;
  coalitionId: number;
  coordinatorId: number | null;
  organisationIds: Map<OrganisationKey, number>;
}

function organisationId(scope: Pick<Scope, 'organisationIds'>, key: OrganisationKey): number {
  return idOf(scope.organisationIds, key, 'organisation');
}

/** Writes generated data inside the caller's transaction (the national benchmark writes hundreds). */
export function writeDemo(tx: Tx, data: DemoCoalitionData, passwordHashes: readonly string[]): void {
  const coalitionId = only(
    tx.insert(coalitions).values(data.coalition).returning({ id: coalitions.id }).all(),
    'coalition',
  ).id;
  const organisationIds = insertOrganisations(tx, coalitionId, data);
  const withoutUsers = { tx, data, coalitionId, organisationIds };
  const scope: Scope = { ...withoutUsers, coordinatorId: insertUsers(withoutUsers, passwordHashes) };

  const instrument = insertInstrument(scope);
  const indicatorIds = insertIndicators(scope);
  const roundIds = insertRounds(scope, instrument);
  insertSharingAgreements(scope);
  const mirrorIds = insertMirrorConversations(scope);
  const activityIds = insertLearningActivities(scope);
  insertCarePlanCounts(scope);
  insertImprovementActions(scope, { roundIds, mirrorIds, activityIds, indicatorIds });
  insertAnnotationsAndTargets(scope, indicatorIds);
  insertAuditEntry(scope);
}

function insertOrganisations(tx: Tx, coalitionId: number, data: DemoCoalitionData): Map<OrganisationKey, number> {
  const rows = data.organisations.map(({ name, shortName, domain, kind }) => ({
    coalitionId,
    name,
    shortName,
    domain,
    kind,
  }));
  const ids = insertIds(rows, (batch) =>
    tx.insert(organisations).values(batch).returning({ id: organisations.id }).all(),
  );
  return byKey(
    data.organisations.map((o) => o.key),
    ids,
  );
}

/** Returns the coordinator's id: the registers are kept, and the rounds run, by the coordinator. */
function insertUsers(scope: Omit<Scope, 'coordinatorId'>, passwordHashes: readonly string[]): number | null {
  const { tx, data } = scope;
  const userRows = data.users.map((user, i) => {
    const passwordHash = passwordHashes[i];
    if (passwordHash === undefined) throw new Error(`No password hash for ${user.email}`);
    return {
      email: user.email.toLowerCase(),
      name: user.name,
      passwordHash,
      isPlatformAdmin: user.role === 'platform_admin',
      locale: 'nl' as const,
    };
  });
  const userIds = insertIds(userRows, (batch) => tx.insert(users).values(batch).returning({ id: users.id }).all());
  const membershipRows = data.users.flatMap((user, i) =>
    user.role === 'platform_admin'
      ? []
      : [
          {
            userId: at(userIds, i),
            coalitionId: scope.coalitionId,
            role: user.role,
            organisationId: user.organisationKey ? organisationId(scope, user.organisationKey) : null,
          },
        ],
  );
  insertRows(membershipRows, (batch) => tx.insert(memberships).values(batch).run());
  const coordinatorIndex = data.users.findIndex((user) => user.role === 'coordinator');
  return userIds[coordinatorIndex] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Questionnaire
// ---------------------------------------------------------------------------------------------

interface InstrumentIds {
  versionId: number;
  itemIds: Map<string, number>;
}

function insertInstrument(scope: Scope): InstrumentIds {
  const { tx, coalitionId, data } = scope;
  const { definition, publishedAt } = data.instrument;
  const instrument = only(
    tx
      .insert(instruments)
      .values({ coalitionId, code: definition.code, nameNl: definition.name.nl, nameEn: definition.name.en })
      .returning({ id: instruments.id })
      .all(),
    'instrument',
  );
  const version = only(
    tx
      .insert(instrumentVersions)
      .values({
        coalitionId,
        instrumentId: instrument.id,
        version: definition.version,
        status: 'published',
        notes: 'Standaardvragenlijst van de Thermometer Kansrijke Start',
        createdBy: scope.coordinatorId,
        publishedAt,
      })
      .returning({ id: instrumentVersions.id })
      .all(),
    'instrument version',
  );
  const dimensionRows = definition.dimensions.map((d, i) => ({
    coalitionId,
    instrumentVersionId: version.id,
    code: d.code,
    nameNl: d.name.nl,
    nameEn: d.name.en,
    component: d.component,
    sortOrder: i + 1,
  }));
  const dimensionIds = insertIds(dimensionRows, (batch) =>
    tx.insert(dimensions).values(batch).returning({ id: dimensions.id }).all(),
  );
  const placed = [
    ...definition.dimensions.flatMap((d, i) => d.items.map((item) => ({ item, dimensionId: at(dimensionIds, i) }))),
    ...definition.openQuestions.map((item) => ({ item, dimensionId: null })),
  ];
  const itemIds = insertIds(placed, (batch) =>
    tx
      .insert(items)
      .values(
        batch.map(({ item }) => ({
          coalitionId,
          instrumentId: instrument.id,
          code: item.code,
          kind: item.kind,
          textNl: item.text.nl,
          textEn: item.text.en,
        })),
      )
      .returning({ id: items.id })
      .all(),
  );
  insertRows(
    placed.map(({ dimensionId }, i) => ({
      instrumentVersionId: version.id,
      itemId: at(itemIds, i),
      dimensionId,
      sortOrder: i + 1,
    })),
    (batch) => tx.insert(instrumentVersionItems).values(batch).run(),
  );
  return {
    versionId: version.id,
    itemIds: byKey(
      placed.map(({ item }) => item.code),
      itemIds,
    ),
  };
}

function insertRounds(scope: Scope, instrument: InstrumentIds): Map<string, number> {
  const { tx, coalitionId, data } = scope;
  const roundIds = insertIds(data.rounds, (batch) =>
    tx
      .insert(rounds)
      .values(
        batch.map((round) => ({
          coalitionId,
          instrumentVersionId: instrument.versionId,
          title: round.title,
          quarter: round.quarter,
          quarterIndex: round.quarterIndex,
          opensOn: round.opensOn,
          closesOn: round.closesOn,
          status: round.status,
          createdBy: scope.coordinatorId,
          openedAt: round.openedAt,
          closedAt: round.closedAt,
        })),
      )
      .returning({ id: rounds.id })
      .all(),
  );
  data.rounds.forEach((round, i) => {
    insertRoundContents(scope, instrument, round, at(roundIds, i));
  });
  return byKey(
    data.rounds.map((round) => round.key),
    roundIds,
  );
}

function insertRoundContents(scope: Scope, instrument: InstrumentIds, round: DemoRound, roundId: number): void {
  const { tx, coalitionId } = scope;
  insertRows(
    round.invitations.map((invitation) => ({
      coalitionId,
      roundId,
      email: invitation.email,
      organisationId: organisationId(scope, invitation.organisationKey),
      respondentRole: invitation.respondentRole,
      tokenHash: invitation.tokenHash,
      sentAt: invitation.sentAt,
      remindersSent: invitation.remindersSent,
      lastRemindedAt: invitation.lastRemindedAt,
      respondedAt: invitation.respondedAt,
    })),
    (batch) => tx.insert(invitations).values(batch).run(),
  );
  const responseIds = insertIds(round.responses, (batch) =>
    tx
      .insert(responses)
      .values(
        batch.map((response) => ({
          coalitionId,
          roundId,
          organisationId: organisationId(scope, response.organisationKey),
          respondentRole: response.respondentRole,
          submittedOn: response.submittedOn,
        })),
      )
      .returning({ id: responses.id })
      .all(),
  );
  const answerRows = round.responses.flatMap((response, i) =>
    response.answers.map((answer) => ({
      responseId: at(responseIds, i),
      itemId: idOf(instrument.itemIds, answer.itemCode, 'item'),
      value: answer.value,
      dontKnow: answer.dontKnow,
      text: answer.text,
    })),
  );
  insertRows(answerRows, (batch) => tx.insert(answers).values(batch).run());
  insertRows(
    round.conclusions.map((c) => ({
      coalitionId,
      roundId,
      dimensionCode: c.dimensionCode,
      conclusion: c.conclusion,
      updatedBy: scope.coordinatorId,
    })),
    (batch) => tx.insert(roundConclusions).values(batch).run(),
  );
}

// ---------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------

function insertIndicators(scope: Scope): Map<string, number> {
  const { tx, coalitionId, data } = scope;
  const definitionRows = data.indicators.map(({ definition: d }, i) => ({
    coalitionId,
    code: d.code,
    nameNl: d.nameNl,
    nameEn: d.nameEn,
    descriptionNl: d.descriptionNl,
    descriptionEn: d.descriptionEn,
    source: d.source,
    component: d.component,
    unit: d.unit,
    numeratorText: d.numeratorText,
    denominatorText: d.denominatorText,
    factor: d.factor,
    direction: d.direction,
    frequency: d.frequency,
    plausibleMin: d.plausibleMin,
    plausibleMax: d.plausibleMax,
    sortOrder: i + 1,
  }));
  const ids = insertIds(definitionRows, (batch) =>
    tx.insert(indicatorDefinitions).values(batch).returning({ id: indicatorDefinitions.id }).all(),
  );
  const indicatorIds = byKey(
    data.indicators.map((i) => i.definition.code),
    ids,
  );
  const referenceRows = data.indicators.flatMap((indicator, i) =>
    indicator.references.map((reference) => ({ coalitionId, indicatorId: at(ids, i), ...reference })),
  );
  insertRows(referenceRows, (batch) => tx.insert(indicatorReferences).values(batch).run());

  const valueRows = data.indicators.flatMap((indicator, i) =>
    indicator.values.map((value) => ({ coalitionId, indicatorId: at(ids, i), ...value })),
  );
  const batch = only(
    tx
      .insert(importBatches)
      .values({
        coalitionId,
        kind: 'indicator_values',
        channel: 'seed',
        fileName: data.indicatorImport.fileName,
        fileHash: data.indicatorImport.fileHash,
        inserted: valueRows.length,
      })
      .returning({ id: importBatches.id })
      .all(),
    'import batch',
  );
  insertRows(
    valueRows.map((row) => ({ ...row, importBatchId: batch.id })),
    (rows) => tx.insert(indicatorValues).values(rows).run(),
  );
  return indicatorIds;
}

// ---------------------------------------------------------------------------------------------
// Registers
// ---------------------------------------------------------------------------------------------

function insertSharingAgreements(scope: Scope): void {
  const { tx, coalitionId, data, coordinatorId } = scope;
  const ids = insertIds(data.sharingAgreements, (batch) =>
    tx
      .insert(sharingAgreements)
      .values(
        batch.map(({ ownerOrganisationKey, partyKeys: _parties, ...agreement }) => ({
          coalitionId,
          ...agreement,
          ownerOrganisationId: organisationId(scope, ownerOrganisationKey),
          createdBy: coordinatorId,
        })),
      )
      .returning({ id: sharingAgreements.id })
      .all(),
  );
  const parties = data.sharingAgreements.flatMap((agreement, i) =>
    agreement.partyKeys.map((key) => ({ agreementId: at(ids, i), organisationId: organisationId(scope, key) })),
  );
  insertRows(parties, (batch) => tx.insert(sharingAgreementParties).values(batch).run());
}

function insertMirrorConversations(scope: Scope): Map<string, number> {
  const { tx, coalitionId, data, coordinatorId } = scope;
  const ids = insertIds(data.mirrorConversations, (batch) =>
    tx
      .insert(mirrorConversations)
      .values(
        batch.map(({ key: _key, ownerOrganisationKey, ...conversation }) => ({
          coalitionId,
          ...conversation,
          ownerOrganisationId: organisationId(scope, ownerOrganisationKey),
          createdBy: coordinatorId,
        })),
      )
      .returning({ id: mirrorConversations.id })
      .all(),
  );
  return byKey(
    data.mirrorConversations.map((c) => c.key),
    ids,
  );
}

function insertLearningActivities(scope: Scope): Map<string, number> {
  const { tx, coalitionId, data, coordinatorId } = scope;
  const ids = insertIds(data.learningActivities, (batch) =>
    tx
      .insert(learningActivities)
      .values(
        batch.map(({ key: _key, ownerOrganisationKey, participantKeys: _participants, ...activity }) => ({
          coalitionId,
          ...activity,
          ownerOrganisationId: organisationId(scope, ownerOrganisationKey),
          createdBy: coordinatorId,
        })),
      )
      .returning({ id: learningActivities.id })
      .all(),
  );
  const participants = data.learningActivities.flatMap((activity, i) =>
    activity.participantKeys.map((key) => ({ activityId: at(ids, i), organisationId: organisationId(scope, key) })),
  );
  insertRows(participants, (batch) => tx.insert(learningActivityParticipants).values(batch).run());
  return byKey(
    data.learningActivities.map((a) => a.key),
    ids,
  );
}

function insertCarePlanCounts(scope: Scope): void {
  const { tx, coalitionId, data, coordinatorId } = scope;
  insertRows(
    data.carePlanCounts.map((count) => ({ coalitionId, ...count, createdBy: coordinatorId })),
    (batch) => tx.insert(carePlanCounts).values(batch).run(),
  );
}

interface SourceIds {
  roundIds: Map<string, number>;
  mirrorIds: Map<string, number>;
  activityIds: Map<string, number>;
  indicatorIds: Map<string, number>;
}

function sourceColumns(source: DemoActionSource, ids: SourceIds) {
  const none = {
    sourceRoundId: null,
    sourceDimensionCode: null,
    sourceMirrorConversationId: null,
    sourceLearningActivityId: null,
    sourceIndicatorId: null,
  };
  switch (source.kind) {
    case 'questionnaire':
      return {
        ...none,
        sourceKind: source.kind,
        sourceRoundId: idOf(ids.roundIds, source.roundKey, 'round'),
        sourceDimensionCode: source.dimensionCode,
      };
    case 'mirror_conversation':
      return {
        ...none,
        sourceKind: source.kind,
        sourceMirrorConversationId: idOf(ids.mirrorIds, source.mirrorConversationKey, 'mirror conversation'),
      };
    case 'meeting':
      return {
        ...none,
        sourceKind: source.kind,
        sourceLearningActivityId: idOf(ids.activityIds, source.learningActivityKey, 'learning activity'),
      };
    case 'indicator':
      return {
        ...none,
        sourceKind: source.kind,
        sourceIndicatorId: idOf(ids.indicatorIds, source.indicatorCode, 'indicator'),
      };
  }
}

function insertImprovementActions(scope: Scope, sourceIds: SourceIds): void {
  const { tx, coalitionId, data, coordinatorId } = scope;
  const ids = insertIds(data.improvementActions, (batch) =>
    tx
      .insert(improvementActions)
      .values(
        batch.map(({ source, ownerOrganisationKey, obstacles: _obstacles, ...action }) => ({
          coalitionId,
          ...action,
          ownerOrganisationId: organisationId(scope, ownerOrganisationKey),
          ...sourceColumns(source, sourceIds),
          createdBy: coordinatorId,
        })),
      )
      .returning({ id: improvementActions.id })
      .all(),
  );
  const obstacleRow = (obstacle: DemoObstacle, improvementActionId: number | null) => ({
    coalitionId,
    description: obstacle.description,
    reportedRole: obstacle.reportedRole,
    organisationId: obstacle.organisationKey ? organisationId(scope, obstacle.organisationKey) : null,
    improvementActionId,
    createdBy: coordinatorId,
  });
  const rows = [
    ...data.improvementActions.flatMap((action, i) => action.obstacles.map((o) => obstacleRow(o, at(ids, i)))),
    ...data.ungroupedObstacles.map((o) => obstacleRow(o, null)),
  ];
  insertRows(rows, (batch) => tx.insert(obstacles).values(batch).run());
}

function insertAnnotationsAndTargets(scope: Scope, indicatorIds: Map<string, number>): void {
  const { tx, coalitionId, data, coordinatorId } = scope;
  insertRows(
    data.annotations.map(({ indicatorCode, ...annotation }) => ({
      coalitionId,
      ...annotation,
      indicatorId: indicatorCode ? idOf(indicatorIds, indicatorCode, 'indicator') : null,
      createdBy: coordinatorId,
    })),
    (batch) => tx.insert(annotations).values(batch).run(),
  );
  insertRows(
    data.measureTargets.map((target) => ({ coalitionId, ...target, createdBy: coordinatorId })),
    (batch) => tx.insert(measureTargets).values(batch).run(),
  );
}

function insertAuditEntry(scope: Scope): void {
  const { data } = scope;
  scope.tx
    .insert(auditLog)
    .values({
      coalitionId: scope.coalitionId,
      actor: 'seed',
      action: 'create',
      entityType: 'coalition',
      entityId: String(scope.coalitionId),
      after: {
        demo: true,
        slug: data.coalition.slug,
        currentQuarter: quarterKey(data.timeline.current),
        organisations: data.organisations.length,
        rounds: data.rounds.length,
        responses: data.rounds.reduce((n, round) => n + round.responses.length, 0),
        indicatorValues: data.indicators.reduce((n, indicator) => n + indicator.values.length, 0),
      },
    })
    .run();
}
