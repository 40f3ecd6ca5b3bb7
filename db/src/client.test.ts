import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, databaseStatus, openDatabase } from './client';
import { auditLog, coalitions, indicatorDefinitions, indicatorValues, organisations } from './schema';

/** Every migration in the folder: the count grows with each schema change. */
const MIGRATION_COUNT = readdirSync(new URL('../migrations', import.meta.url)).filter((f) => f.endsWith('.sql')).length;

const handles: Array<{ close(): void }> = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.close();
});

function testDb() {
  const handle = createTestDb();
  handles.push(handle);
  return handle.db;
}

/** drizzle wraps driver errors; the constraint that fired is named in the cause. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` ${error.cause.message}` : '';
    return `${error instanceof Error ? error.message : String(error)}${cause}`;
  }
  return 'no error';
}

function insertCoalition(db: ReturnType<typeof testDb>) {
  const [row] = db
    .insert(coalitions)
    .values({ slug: 'test', name: 'Coalitie Test', municipality: 'Teststad' })
    .returning()
    .all();
  if (!row) throw new Error('no coalition');
  return row;
}

describe('createTestDb', () => {
  it('applies every migration and enforces foreign keys', () => {
    const db = testDb();
    const status = databaseStatus(db);
    expect(status.appliedMigrations).toBe(MIGRATION_COUNT);
    expect(status.foreignKeys).toBe(true);
    expect(() =>
      db.insert(organisations).values({ coalitionId: 999, name: 'Nergens', domain: 'medical' }).run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('gives every test its own empty database', () => {
    const a = testDb();
    const b = testDb();
    insertCoalition(a);
    expect(a.select().from(coalitions).all()).toHaveLength(1);
    expect(b.select().from(coalitions).all()).toHaveLength(0);
  });
});

describe('constraints', () => {
  it('rejects an organisation domain outside the vocabulary', () => {
    const db = testDb();
    const c = insertCoalition(db);
    expect(
      failure(() =>
        db.run(sql`insert into organisations (coalition_id, name, domain) values (${c.id}, 'X', 'commercial')`),
      ),
    ).toMatch(/CHECK constraint failed: organisations_domain/);
  });

  it('keeps one current value per indicator and period, while superseded history stays', () => {
    const db = testDb();
    const c = insertCoalition(db);
    const [def] = db
      .insert(indicatorDefinitions)
      .values({
        coalitionId: c.id,
        code: 'JGZ-04',
        nameNl: 'Uitsluitend borstvoeding 3 mnd',
        nameEn: 'Exclusively breastfed at 3 months',
        source: 'jgz',
        component: 'meten_weten',
        unit: 'percent',
        direction: 'higher_better',
        frequency: 'quarterly',
      })
      .returning()
      .all();
    if (!def) throw new Error('no definition');
    const value = {
      coalitionId: c.id,
      indicatorId: def.id,
      period: '2025-Q1',
      periodFirstIndex: 8100,
      periodLastIndex: 8100,
    };
    const [first] = db
      .insert(indicatorValues)
      .values({ ...value, value: 30 })
      .returning()
      .all();
    expect(() =>
      db
        .insert(indicatorValues)
        .values({ ...value, value: 31 })
        .run(),
    ).toThrow(/UNIQUE/);
    db.update(indicatorValues)
      .set({ supersededAt: new Date().toISOString() })
      .where(eq(indicatorValues.id, first?.id ?? 0))
      .run();
    db.insert(indicatorValues)
      .values({ ...value, value: 31 })
      .run();
    expect(db.select().from(indicatorValues).all()).toHaveLength(2);
  });

  it('refuses to update or delete audit log entries', () => {
    const db = testDb();
    db.insert(auditLog).values({ actor: 'test', action: 'create', entityType: 'coalition', entityId: '1' }).run();
    expect(() => db.update(auditLog).set({ actor: 'someone else' }).run()).toThrow(/append-only/);
    expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });
});

describe('openDatabase on a file', () => {
  it('creates the folder, uses WAL and keeps data across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tks-db-'));
    try {
      const path = join(dir, 'nested', 'thermometer.db');
      const first = openDatabase(path);
      expect(databaseStatus(first.db).journalMode).toBe('wal');
      insertCoalition(first.db);
      first.close();
      const second = openDatabase(path);
      expect(second.db.select().from(coalitions).all()).toHaveLength(1);
      expect(databaseStatus(second.db).appliedMigrations).toBe(MIGRATION_COUNT);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
