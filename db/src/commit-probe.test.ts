import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, openDatabase } from './client';
import { openCommitProbe } from './commit-probe';
import { coalitions } from './schema';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** The app's connection and another process's, on one database file. */
function twoConnections() {
  const folder = mkdtempSync(join(tmpdir(), 'tks-commit-probe-'));
  const path = join(folder, 'tks.db');
  const mine = openDatabase(path);
  const other = openDatabase(path, { migrate: false });
  const probe = openCommitProbe(mine.db);
  if (!probe) throw new Error('no probe on a WAL database file');
  cleanups.push(() => {
    probe.close();
    other.close();
    mine.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const snapshot = () => Buffer.from(probe.read() ?? Buffer.alloc(0));
  return { mine: mine.db, other: other.db, snapshot };
}

let coalitionNumber = 0;
const insertCoalition = () => {
  coalitionNumber += 1;
  return sql`insert into coalitions (slug, name, municipality) values (${`c-${coalitionNumber}`}, 'C', 'M')`;
};

describe('openCommitProbe', () => {
  it('reads the same header while nothing is committed, reads included', () => {
    const { mine, other, snapshot } = twoConnections();
    const before = snapshot();
    expect(before).toHaveLength(48);
    mine.select().from(coalitions).all();
    other.select().from(coalitions).all();
    expect(snapshot().equals(before)).toBe(true);
  });

  it('sees every commit, from this connection and from another process', () => {
    const { mine, other, snapshot } = twoConnections();
    const first = snapshot();
    mine.run(insertCoalition());
    const second = snapshot();
    expect(second.equals(first)).toBe(false);
    other.run(insertCoalition());
    const third = snapshot();
    expect(third.equals(second)).toBe(false);
    other.run(insertCoalition());
    expect(snapshot().equals(third)).toBe(false);
  });

  it('sees commits after a checkpoint restarts the log', () => {
    const { mine, other, snapshot } = twoConnections();
    mine.run(insertCoalition());
    other.run(sql`pragma wal_checkpoint(TRUNCATE)`);
    const afterCheckpoint = snapshot();
    other.run(insertCoalition());
    expect(snapshot().equals(afterCheckpoint)).toBe(false);
  });

  it('is not there for an in-memory database', () => {
    const handle = createTestDb();
    cleanups.push(handle.close);
    expect(openCommitProbe(handle.db)).toBeNull();
  });
});
