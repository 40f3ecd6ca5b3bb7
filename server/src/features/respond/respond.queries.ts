import type { Db } from '@tks/db/client';
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
import { and, asc, eq, isNull } from 'drizzle-orm';

/** The invitation behind a personal link, with what the respondent is shown about it. */
export function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
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
    .where(eq(invitations.tokenHash, tokenHash))
    .get();
}
export type InvitationRow = NonNullable<ReturnType<typeof findInvitationByTokenHash>>;

export function instrumentNameOfVersion(db: Db, instrumentVersionId: number) {
  return db
    .select({ nl: instruments.nameNl, en: instruments.nameEn })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(eq(instrumentVersions.id, instrumentVersionId))
    .get();
}

/** Every item of a version in questionnaire order: statements by dimension, then open questions. */
export function itemsOfVersion(db: Db, instrumentVersionId: number) {
  return db
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
    .where(eq(instrumentVersionItems.instrumentVersionId, instrumentVersionId))
    .orderBy(asc(dimensions.sortOrder), asc(instrumentVersionItems.sortOrder))
    .all();
}
export type VersionItem = ReturnType<typeof itemsOfVersion>[number];

export function saveInvitationDraft(db: Db, invitationId: number, draft: Record<string, unknown>) {
  return db
    .update(invitations)
    .set({ draft })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.respondedAt)))
    .run().changes;
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
