import type { Db } from '@tks/db/client';
import { sharingAgreementParties, sharingAgreements } from '@tks/db/schema';
import type { Agreement, zAgreementInput } from '@tks/shared/schemas/registers';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import type { CoalitionContext } from '../auth/sessions.service';
import { assertMayChange, assertOrganisations, organisationNames, refOf, resolveOwner, today } from './ownership';

type Input = z.output<typeof zAgreementInput>;
type Row = typeof sharingAgreements.$inferSelect;

function toDto(row: Row, partyIds: number[], names: Map<number, string>, day: string): Agreement {
  return {
    id: row.id,
    title: row.title,
    dataCategory: row.dataCategory,
    purpose: row.purpose,
    legalBasis: row.legalBasis,
    legalBasisNote: row.legalBasisNote,
    status: row.status,
    agreedOn: row.agreedOn,
    reviewOn: row.reviewOn,
    reviewOverdue: row.status !== 'draft' && row.reviewOn !== null && row.reviewOn < day,
    documentLinks: row.documentLinks ?? [],
    parties: partyIds
      .map((id) => refOf(names, id))
      .filter((p) => p !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    ownerOrganisation: refOf(names, row.ownerOrganisationId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

function partiesOf(db: Db, agreementIds: number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  if (agreementIds.length === 0) return map;
  const rows = db
    .select()
    .from(sharingAgreementParties)
    .where(inArray(sharingAgreementParties.agreementId, agreementIds))
    .all();
  for (const row of rows) map.set(row.agreementId, [...(map.get(row.agreementId) ?? []), row.organisationId]);
  return map;
}

export function listAgreements(db: Db, coalitionId: number, options: { archived: boolean }, now = new Date()) {
  const rows = db
    .select()
    .from(sharingAgreements)
    .where(
      and(
        eq(sharingAgreements.coalitionId, coalitionId),
        options.archived ? undefined : isNull(sharingAgreements.archivedAt),
      ),
    )
    .orderBy(asc(sharingAgreements.title), asc(sharingAgreements.id))
    .all();
  const parties = partiesOf(
    db,
    rows.map((r) => r.id),
  );
  const names = organisationNames(db, coalitionId);
  const day = today(now);
  return rows.map((row) => toDto(row, parties.get(row.id) ?? [], names, day));
}

function findAgreement(db: Db, coalitionId: number, id: number): Row {
  const row = db
    .select()
    .from(sharingAgreements)
    .where(and(eq(sharingAgreements.id, id), eq(sharingAgreements.coalitionId, coalitionId)))
    .get();
  if (!row) throw notFound();
  return row;
}

function getAgreement(db: Db, coalitionId: number, id: number): Agreement {
  const row = findAgreement(db, coalitionId, id);
  return toDto(row, partiesOf(db, [id]).get(id) ?? [], organisationNames(db, coalitionId), today());
}

function columnsOf(input: Input) {
  return {
    title: input.title,
    dataCategory: input.dataCategory,
    purpose: input.purpose,
    legalBasis: input.legalBasis,
    legalBasisNote: input.legalBasisNote || null,
    status: input.status,
    agreedOn: input.agreedOn,
    reviewOn: input.reviewOn,
    documentLinks: input.documentLinks,
  };
}

export function createAgreement(db: Db, coalition: CoalitionContext, input: Input, actor: Actor): Agreement {
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId);
  assertOrganisations(db, coalition.id, input.partyIds);
  return db.transaction((tx) => {
    const [row] = tx
      .insert(sharingAgreements)
      .values({ coalitionId: coalition.id, ...columnsOf(input), ownerOrganisationId: owner, createdBy: actor.userId })
      .returning()
      .all();
    if (!row) throw new Error('agreement not inserted');
    tx.insert(sharingAgreementParties)
      .values(input.partyIds.map((organisationId) => ({ agreementId: row.id, organisationId })))
      .run();
    const after = getAgreement(tx, coalition.id, row.id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'create',
      entityType: 'sharing_agreement',
      entityId: row.id,
      after,
    });
    return after;
  });
}

export function updateAgreement(
  db: Db,
  coalition: CoalitionContext,
  id: number,
  input: Input,
  actor: Actor,
): Agreement {
  const existing = findAgreement(db, coalition.id, id);
  if (existing.archivedAt) throw new HttpError(409, 'entry_archived');
  const owner = resolveOwner(db, coalition, input.ownerOrganisationId, existing);
  assertOrganisations(db, coalition.id, input.partyIds);
  return db.transaction((tx) => {
    const before = getAgreement(tx, coalition.id, id);
    tx.update(sharingAgreements)
      .set({ ...columnsOf(input), ownerOrganisationId: owner, updatedAt: new Date().toISOString() })
      .where(eq(sharingAgreements.id, id))
      .run();
    // The parties are a link table: replaced as a whole; the audit entry keeps the earlier set.
    tx.delete(sharingAgreementParties).where(eq(sharingAgreementParties.agreementId, id)).run();
    tx.insert(sharingAgreementParties)
      .values(input.partyIds.map((organisationId) => ({ agreementId: id, organisationId })))
      .run();
    const after = getAgreement(tx, coalition.id, id);
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'sharing_agreement',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export function setAgreementArchived(db: Db, coalition: CoalitionContext, id: number, archived: boolean, actor: Actor) {
  const existing = findAgreement(db, coalition.id, id);
  assertMayChange(coalition, existing);
  if ((existing.archivedAt !== null) === archived) return getAgreement(db, coalition.id, id);
  return db.transaction((tx) => {
    const stamp = new Date().toISOString();
    tx.update(sharingAgreements)
      .set({ archivedAt: archived ? stamp : null, updatedAt: stamp })
      .where(eq(sharingAgreements.id, id))
      .run();
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: archived ? 'archive' : 'restore',
      entityType: 'sharing_agreement',
      entityId: id,
    });
    return getAgreement(tx, coalition.id, id);
  });
}
