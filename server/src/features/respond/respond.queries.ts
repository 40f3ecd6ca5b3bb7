import type { Db } from '@tks/db/client';
import { perDb } from '@tks/db/per-db';
import {
  answers,
  coalitions,
  dimensions,
  instruments,
  instrumentVersionItems,
  instrumentVersions,
  invitations,
  items,
  organisations,
  responses,
  rounds,
} from '@tks/db/schema';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';

/*
 * Every request through a personal link runs the first queries below. They are prepared once per
 * database: building a four-table join with drizzle costs far more than SQLite takes to run it
 * (measured 2 ms against 0.05 ms), and 200 partners may submit in the same minute.
 */
const prepared = perDb((db) => prepare(db));

function prepare(db: Db) {
  const invitationByTokenHash = db
    .select({
      id: invitations.id,
      coalitionId: invitations.coalitionId,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      respondentRole: invitations.respondentRole,
      draft: invitations.draft,
      respondedAt: invitations.respondedAt,
      round: {
        id: rounds.id,
        title: rounds.title,
        quarter: rounds.quarter,
        opensOn: rounds.opensOn,
        closesOn: rounds.closesOn,
        status: rounds.status,
        archivedAt: rounds.archivedAt,
        instrumentVersionId: rounds.instrumentVersionId,
      },
      coalition: { name: coalitions.name, archivedAt: coalitions.archivedAt },
    })
    .from(invitations)
    .innerJoin(rounds, eq(rounds.id, invitations.roundId))
    .innerJoin(coalitions, eq(coalitions.id, invitations.coalitionId))
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, sql.placeholder('tokenHash')))
    .prepare();

  const instrumentName = db
    .select({ nl: instruments.nameNl, en: instruments.nameEn })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(eq(instrumentVersions.id, sql.placeholder('versionId')))
    .prepare();

  const versionItems = db
    .select({
      id: items.id,
      code: items.code,
      kind: items.kind,
      textNl: items.textNl,
      textEn: items.textEn,
      dimension: { code: dimensions.code, nameNl: dimensions.nameNl, nameEn: dimensions.nameEn },
    })
    .from(instrumentVersionItems)
    .innerJoin(items, eq(items.id, instrumentVersionItems.itemId))
    .leftJoin(dimensions, eq(dimensions.id, instrumentVersionItems.dimensionId))
    .where(eq(instrumentVersionItems.instrumentVersionId, sql.placeholder('versionId')))
    .orderBy(asc(dimensions.sortOrder), asc(instrumentVersionItems.sortOrder))
    .prepare();

  const saveDraft = db
    .update(invitations)
    .set({ draft: sql`${sql.placeholder('draft')}` })
    .where(and(eq(invitations.id, sql.placeholder('invitationId')), isNull(invitations.respondedAt)))
    .prepare();

  return { invitationByTokenHash, instrumentName, versionItems, saveDraft };
}

/** The invitation behind a personal link, with what the respondent is shown about it. */
export function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return prepared(db).invitationByTokenHash.get({ tokenHash });
}
export type InvitationRow = NonNullable<ReturnType<typeof findInvitationByTokenHash>>;

export function instrumentNameOfVersion(db: Db, instrumentVersionId: number) {
  return prepared(db).instrumentName.get({ versionId: instrumentVersionId });
}

/** Every item of a version in questionnaire order: statements by dimension, then open questions. */
export function itemsOfVersion(db: Db, instrumentVersionId: number) {
  return prepared(db).versionItems.all({ versionId: instrumentVersionId });
}
export type VersionItem = ReturnType<typeof itemsOfVersion>[number];

export function saveInvitationDraft(db: Db, invitationId: number, draft: Record<string, unknown>) {
  return prepared(db).saveDraft.run({ invitationId, draft: JSON.stringify(draft) }).changes;
}

/**
 * Marks the invitation as used and clears its draft, only if it was not used yet: the one guard
 * that makes a second submission (double tap, two tabs, two servers) change nothing.
 */
export function markInvitationResponded(db: Db, invitationId: number, respondedOn: string) {
  return db
    .update(invitations)
    .set({ respondedAt: respondedOn, draft: null })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.respondedAt)))
    .run().changes;
}

export function insertResponse(db: Db, values: typeof responses.$inferInsert) {
  const [row] = db.insert(responses).values(values).returning({ id: responses.id }).all();
  if (!row) throw new Error('response not inserted');
  return row.id;
}

export function insertAnswers(db: Db, rows: Array<typeof answers.$inferInsert>) {
  if (rows.length > 0) db.insert(answers).values(rows).run();
}
