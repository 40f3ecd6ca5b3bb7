import type { Db } from '@tks/db/client';
import { dimensions, instruments, instrumentVersionItems, instrumentVersions, items } from '@tks/db/schema';
import { DEFAULT_INSTRUMENT } from '@tks/shared/instrument-default';
import type {
  EditedItem,
  InstrumentVersionDetail,
  InstrumentVersionEdit,
  InstrumentVersionList,
  InstrumentVersionSummary,
} from '@tks/shared/schemas/questionnaires';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { HttpError } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';

const SYSTEM: Actor = { userId: null, label: 'system', ip: null };

/**
 * Every coalition starts with the default instrument (version 1, published). Called when a
 * coalition is created, and lazily for coalitions that existed before the questionnaire did.
 */
export function seedDefaultInstrument(tx: Db, coalitionId: number, actor: Actor = SYSTEM): number {
  const definition = DEFAULT_INSTRUMENT;
  const [instrument] = tx
    .insert(instruments)
    .values({ coalitionId, code: definition.code, nameNl: definition.name.nl, nameEn: definition.name.en })
    .returning({ id: instruments.id })
    .all();
  if (!instrument) throw new Error('instrument not inserted');
  const [version] = tx
    .insert(instrumentVersions)
    .values({
      coalitionId,
      instrumentId: instrument.id,
      version: definition.version,
      status: 'published',
      notes: 'Standaardvragenlijst van de Thermometer Kansrijke Start',
      createdBy: actor.userId,
      publishedAt: new Date().toISOString(),
    })
    .returning({ id: instrumentVersions.id })
    .all();
  if (!version) throw new Error('instrument version not inserted');
  let sortOrder = 0;
  definition.dimensions.forEach((d, i) => {
    const [dimension] = tx
      .insert(dimensions)
      .values({
        coalitionId,
        instrumentVersionId: version.id,
        code: d.code,
        nameNl: d.name.nl,
        nameEn: d.name.en,
        component: d.component,
        sortOrder: i + 1,
      })
      .returning({ id: dimensions.id })
      .all();
    for (const item of d.items) {
      const itemId = insertItem(tx, coalitionId, instrument.id, item.code, 'likert', item.text.nl, item.text.en);
      sortOrder += 1;
      tx.insert(instrumentVersionItems)
        .values({ instrumentVersionId: version.id, itemId, dimensionId: dimension?.id ?? null, sortOrder })
        .run();
    }
  });
  for (const item of definition.openQuestions) {
    const itemId = insertItem(tx, coalitionId, instrument.id, item.code, 'open', item.text.nl, item.text.en);
    sortOrder += 1;
    tx.insert(instrumentVersionItems)
      .values({ instrumentVersionId: version.id, itemId, dimensionId: null, sortOrder })
      .run();
  }
  recordAudit(tx, actor, {
    coalitionId,
    action: 'create',
    entityType: 'instrument_version',
    entityId: version.id,
    after: { code: definition.code, version: definition.version, seeded: true },
  });
  return version.id;
}

function insertItem(
  tx: Db,
  coalitionId: number,
  instrumentId: number,
  code: string,
  kind: 'likert' | 'open',
  textNl: string,
  textEn: string,
): number {
  const [row] = tx
    .insert(items)
    .values({ coalitionId, instrumentId, code, kind, textNl, textEn })
    .returning({ id: items.id })
    .all();
  if (!row) throw new Error('item not inserted');
  return row.id;
}

/** The coalition's instrument (the first one), seeded on first use when it has none. */
export function ensureInstrument(db: Db, coalitionId: number) {
  const existing = db
    .select({ id: instruments.id, code: instruments.code, nameNl: instruments.nameNl, nameEn: instruments.nameEn })
    .from(instruments)
    .where(and(eq(instruments.coalitionId, coalitionId), isNull(instruments.archivedAt)))
    .orderBy(asc(instruments.id))
    .get();
  if (existing) return existing;
  db.transaction((tx) => {
    seedDefaultInstrument(tx, coalitionId);
  });
  return ensureInstrument(db, coalitionId);
}

function versionSummaries(db: Db, coalitionId: number, instrumentId: number): InstrumentVersionSummary[] {
  const rows = db
    .select({
      id: instrumentVersions.id,
      version: instrumentVersions.version,
      status: instrumentVersions.status,
      notes: instrumentVersions.notes,
      basedOnId: instrumentVersions.basedOnId,
      createdAt: instrumentVersions.createdAt,
      publishedAt: instrumentVersions.publishedAt,
      // Written out: in a one-table select drizzle leaves column names unqualified, which the
      // correlated subqueries would read as their own.
      rounds: sql<number>`(select count(*) from rounds r where r.instrument_version_id = instrument_versions.id)`,
      openedRounds: sql<number>`(select count(*) from rounds r where r.instrument_version_id = instrument_versions.id and r.status <> 'draft')`,
      responses: sql<number>`(select count(*) from responses s join rounds r on r.id = s.round_id where r.instrument_version_id = instrument_versions.id)`,
      items: sql<number>`(select count(*) from instrument_version_items v where v.instrument_version_id = instrument_versions.id)`,
    })
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.coalitionId, coalitionId), eq(instrumentVersions.instrumentId, instrumentId)))
    .orderBy(asc(instrumentVersions.version))
    .all();
  return rows.map(({ openedRounds, ...row }) => ({ ...row, locked: openedRounds > 0 || row.responses > 0 }));
}

export function listInstrumentVersions(db: Db, coalitionId: number): InstrumentVersionList {
  const instrument = ensureInstrument(db, coalitionId);
  return { instrument, versions: versionSummaries(db, coalitionId, instrument.id) };
}

function requireVersion(
  db: Db,
  coalitionId: number,
  versionId: number,
): InstrumentVersionSummary & { instrumentId: number } {
  const row = db
    .select({ instrumentId: instrumentVersions.instrumentId })
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.id, versionId), eq(instrumentVersions.coalitionId, coalitionId)))
    .get();
  if (!row) throw new HttpError(404, 'instrument_version_not_found');
  const summary = versionSummaries(db, coalitionId, row.instrumentId).find((v) => v.id === versionId);
  if (!summary) throw new HttpError(404, 'instrument_version_not_found');
  return { ...summary, instrumentId: row.instrumentId };
}

export function getInstrumentVersion(db: Db, coalitionId: number, versionId: number): InstrumentVersionDetail {
  const { instrumentId: _, ...summary } = requireVersion(db, coalitionId, versionId);
  const dims = db
    .select({
      id: dimensions.id,
      code: dimensions.code,
      nameNl: dimensions.nameNl,
      nameEn: dimensions.nameEn,
      component: dimensions.component,
    })
    .from(dimensions)
    .where(eq(dimensions.instrumentVersionId, versionId))
    .orderBy(asc(dimensions.sortOrder))
    .all();
  const placed = db
    .select({
      id: items.id,
      code: items.code,
      kind: items.kind,
      textNl: items.textNl,
      textEn: items.textEn,
      dimensionId: instrumentVersionItems.dimensionId,
    })
    .from(instrumentVersionItems)
    .innerJoin(items, eq(items.id, instrumentVersionItems.itemId))
    .where(eq(instrumentVersionItems.instrumentVersionId, versionId))
    .orderBy(asc(instrumentVersionItems.sortOrder))
    .all();
  const strip = ({ id, code, textNl, textEn }: (typeof placed)[number]) => ({ id, code, textNl, textEn });
  return {
    ...summary,
    dimensions: dims.map(({ id, ...d }) => ({ ...d, items: placed.filter((p) => p.dimensionId === id).map(strip) })),
    openQuestions: placed.filter((p) => p.dimensionId === null).map(strip),
  };
}

/** A new draft version with the same dimensions and items (the same item identities). */
export function copyInstrumentVersion(db: Db, coalitionId: number, versionId: number, actor: Actor) {
  const source = getInstrumentVersion(db, coalitionId, versionId);
  const { instrumentId } = requireVersion(db, coalitionId, versionId);
  const newId = db.transaction((tx) => {
    const [{ next } = { next: 1 }] = tx
      .select({ next: sql<number>`coalesce(max(${instrumentVersions.version}), 0) + 1` })
      .from(instrumentVersions)
      .where(eq(instrumentVersions.instrumentId, instrumentId))
      .all();
    const [version] = tx
      .insert(instrumentVersions)
      .values({
        coalitionId,
        instrumentId,
        version: next,
        status: 'draft',
        notes: null,
        basedOnId: versionId,
        createdBy: actor.userId,
      })
      .returning({ id: instrumentVersions.id })
      .all();
    if (!version) throw new Error('version not inserted');
    writeVersionContents(
      tx,
      coalitionId,
      version.id,
      source.dimensions.map((d) => ({ ...d, itemIds: d.items.map((i) => i.id) })),
      source.openQuestions.map((i) => i.id),
    );
    recordAudit(tx, actor, {
      coalitionId,
      action: 'create',
      entityType: 'instrument_version',
      entityId: version.id,
      after: { version: next, basedOnId: versionId },
    });
    return version.id;
  });
  return getInstrumentVersion(db, coalitionId, newId);
}

function writeVersionContents(
  tx: Db,
  coalitionId: number,
  versionId: number,
  dims: ReadonlyArray<{
    code: string;
    nameNl: string;
    nameEn: string;
    component: InstrumentVersionEdit['dimensions'][number]['component'];
    itemIds: number[];
  }>,
  openItemIds: readonly number[],
) {
  let sortOrder = 0;
  dims.forEach((d, i) => {
    const [dimension] = tx
      .insert(dimensions)
      .values({
        coalitionId,
        instrumentVersionId: versionId,
        code: d.code,
        nameNl: d.nameNl,
        nameEn: d.nameEn,
        component: d.component,
        sortOrder: i + 1,
      })
      .returning({ id: dimensions.id })
      .all();
    for (const itemId of d.itemIds) {
      sortOrder += 1;
      tx.insert(instrumentVersionItems)
        .values({ instrumentVersionId: versionId, itemId, dimensionId: dimension?.id ?? null, sortOrder })
        .run();
    }
  });
  for (const itemId of openItemIds) {
    sortOrder += 1;
    tx.insert(instrumentVersionItems)
      .values({ instrumentVersionId: versionId, itemId, dimensionId: null, sortOrder })
      .run();
  }
}

/**
 * Replace the contents of a draft version. An item keeps its identity only while its wording is
 * unchanged; a changed wording becomes a new item with a new code (A6, O3, …), so results are never
 * joined across different wordings. A version that was used (an opened round, or responses) is locked.
 */
export function editInstrumentVersion(
  db: Db,
  coalitionId: number,
  versionId: number,
  edit: InstrumentVersionEdit,
  actor: Actor,
) {
  const current = requireVersion(db, coalitionId, versionId);
  if (current.locked) throw new HttpError(409, 'instrument_version_locked');
  db.transaction((tx) => {
    const known = new Map(
      tx
        .select({ id: items.id, code: items.code, kind: items.kind, textNl: items.textNl, textEn: items.textEn })
        .from(items)
        .where(eq(items.instrumentId, current.instrumentId))
        .all()
        .map((i) => [i.id, i]),
    );
    const codes = new Set([...known.values()].map((i) => i.code));
    const nextCode = (prefix: string) => {
      for (let n = 1; ; n++) {
        const code = `${prefix}${n}`;
        if (!codes.has(code)) {
          codes.add(code);
          return code;
        }
      }
    };
    const resolve = (item: EditedItem, kind: 'likert' | 'open', prefix: string) => {
      const existing = item.itemId === undefined ? undefined : known.get(item.itemId);
      if (item.itemId !== undefined && !existing) throw new HttpError(400, 'item_unknown');
      if (existing && existing.kind === kind && existing.textNl === item.textNl && existing.textEn === item.textEn) {
        return existing.id;
      }
      return insertItem(tx, coalitionId, current.instrumentId, nextCode(prefix), kind, item.textNl, item.textEn);
    };
    const dims = edit.dimensions.map((d) => ({ ...d, itemIds: d.items.map((i) => resolve(i, 'likert', d.code)) }));
    const openIds = edit.openQuestions.map((i) => resolve(i, 'open', 'O'));
    const allIds = [...dims.flatMap((d) => d.itemIds), ...openIds];
    if (new Set(allIds).size !== allIds.length) throw new HttpError(400, 'item_twice');
    tx.delete(instrumentVersionItems).where(eq(instrumentVersionItems.instrumentVersionId, versionId)).run();
    tx.delete(dimensions).where(eq(dimensions.instrumentVersionId, versionId)).run();
    writeVersionContents(tx, coalitionId, versionId, dims, openIds);
    tx.update(instrumentVersions)
      .set({ notes: edit.notes ?? null })
      .where(eq(instrumentVersions.id, versionId))
      .run();
    recordAudit(tx, actor, {
      coalitionId,
      action: 'update',
      entityType: 'instrument_version',
      entityId: versionId,
      after: { dimensions: dims.map((d) => ({ code: d.code, itemIds: d.itemIds })), openItemIds: openIds },
    });
  });
  return getInstrumentVersion(db, coalitionId, versionId);
}

/** Opening a round publishes its version; from then on it is locked. */
export function publishVersion(tx: Db, versionId: number) {
  tx.update(instrumentVersions)
    .set({ status: 'published', publishedAt: new Date().toISOString() })
    .where(and(eq(instrumentVersions.id, versionId), ne(instrumentVersions.status, 'published')))
    .run();
}

/** Item codes of a version by kind, for results and the import. */
export function versionItems(db: Db, versionId: number) {
  return db
    .select({
      id: items.id,
      code: items.code,
      kind: items.kind,
      textNl: items.textNl,
      textEn: items.textEn,
      dimensionId: instrumentVersionItems.dimensionId,
      dimensionCode: dimensions.code,
    })
    .from(instrumentVersionItems)
    .innerJoin(items, eq(items.id, instrumentVersionItems.itemId))
    .leftJoin(dimensions, eq(dimensions.id, instrumentVersionItems.dimensionId))
    .where(eq(instrumentVersionItems.instrumentVersionId, versionId))
    .orderBy(asc(instrumentVersionItems.sortOrder))
    .all();
}

export function versionDimensions(db: Db, versionIds: readonly number[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({
      id: dimensions.id,
      versionId: dimensions.instrumentVersionId,
      code: dimensions.code,
      nameNl: dimensions.nameNl,
      nameEn: dimensions.nameEn,
      component: dimensions.component,
    })
    .from(dimensions)
    .where(inArray(dimensions.instrumentVersionId, [...versionIds]))
    .orderBy(asc(dimensions.sortOrder))
    .all();
}
