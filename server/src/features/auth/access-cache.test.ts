import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openDatabase } from '@tks/db/client';
import { rawConnection } from '@tks/db/raw';
import type { ColourBand } from '@tks/db/schema';
import { coalitions } from '@tks/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { browserFor, insertCoalition, insertMembership, insertUser } from '../../../test/helper';
import { buildApp } from '../../app';
import { readRequestVersions, rememberedVersions, VersionedCache } from './access-cache';

/*
 * Sessions and memberships are kept in memory under the access version that triggers raise on
 * every write to sessions, users, memberships and coalitions. These tests run the real app on a
 * database file and write through a second connection to it, as another process (the CLI, a
 * restore, an administrator's sqlite3) would: the next request must see every such write.
 */

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appOnFile() {
  const folder = mkdtempSync(join(tmpdir(), 'tks-access-cache-'));
  const path = join(folder, 'tks.db');
  const handle = openDatabase(path);
  const app = await buildApp({ db: handle.db });
  // Another process's view of the same file.
  const other: DatabaseHandle = openDatabase(path, { migrate: false });
  cleanups.push(async () => {
    await app.close();
    other.close();
    handle.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const coalition = insertCoalition(handle.db);
  const user = insertUser(handle.db, { email: 'coordinator@test.example', name: 'Coco Ordinator' });
  insertMembership(handle.db, user.id, coalition.id, 'coordinator');
  const browser = await browserFor(app, user.id);
  const get = (url: string) => app.inject({ method: 'GET', url, cookies: browser.cookies });
  return { app, db: handle.db, other: other.db, coalition, user, get };
}

const THERMOMETER = '/api/coalitions/teststad/thermometer';

describe('sessions and memberships kept under the access version', () => {
  it('refuse a session ended by another process on the next request', async () => {
    const s = await appOnFile();
    expect((await s.get(THERMOMETER)).statusCode).toBe(200);
    s.other.run(sql`delete from sessions`);
    expect((await s.get(THERMOMETER)).statusCode).toBe(401);
    expect((await s.get('/api/auth/session')).json()).toBeNull();
  });

  it('refuse a membership revoked by another process on the next request', async () => {
    const s = await appOnFile();
    expect((await s.get(THERMOMETER)).statusCode).toBe(200);
    s.other.run(sql`update memberships set revoked_at = '2026-11-23T10:00:00.000Z'`);
    expect((await s.get(THERMOMETER)).statusCode).toBe(403);
  });

  it('refuse a disabled account and an archived coalition on the next request', async () => {
    const s = await appOnFile();
    expect((await s.get(THERMOMETER)).statusCode).toBe(200);
    s.other.run(sql`update coalitions set archived_at = '2026-11-23T10:00:00.000Z'`);
    expect((await s.get(THERMOMETER)).statusCode).toBe(403);
    s.other.run(sql`update coalitions set archived_at = null`);
    expect((await s.get(THERMOMETER)).statusCode).toBe(200);
    s.other.run(sql`update users set disabled_at = '2026-11-23T10:00:00.000Z'`);
    expect((await s.get(THERMOMETER)).statusCode).toBe(401);
  });

  it('answer from memory while the version stands, and read again once it moves', async () => {
    const s = await appOnFile();
    const name = async () => (await s.get('/api/auth/session')).json().user.name;
    expect(await name()).toBe('Coco Ordinator');
    // Without its trigger a rename leaves the version where it was: the remembered session stays.
    rawConnection(s.other).exec('drop trigger users_access_version_update');
    s.other.run(sql`update users set name = 'Renamed Behind Its Back'`);
    expect(await name()).toBe('Coco Ordinator');
    s.other.run(sql`update access_version set version = version + 1`);
    expect(await name()).toBe('Renamed Behind Its Back');
  });

  it('give the thermometer the data version as the request found it, so another process’s write shows', async () => {
    const s = await appOnFile();
    const before = (await s.get(THERMOMETER)).json();
    const bands: ColourBand[] = [
      { from: 0, to: 40, code: 'attention' },
      { from: 40, to: 80, code: 'developing' },
      { from: 80, to: 100, code: 'strong' },
    ];
    s.other.update(coalitions).set({ scoreBands: bands }).where(eq(coalitions.id, s.coalition.id)).run();
    const after = (await s.get(THERMOMETER)).json();
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    expect(after.bands.map((band: { to: number }) => band.to)).toEqual([40, 80, 100]);
  });
});

describe('readRequestVersions', () => {
  it('reads the access version, and the data version of the coalition a route names', async () => {
    const s = await appOnFile();
    const first = readRequestVersions(s.db, 'teststad');
    expect(first.data).toEqual(expect.any(Number));
    s.other.run(sql`update memberships set role = 'director'`);
    const second = readRequestVersions(s.db, 'teststad');
    expect(second.access).toBeGreaterThan(first.access);
    expect(second.data).toBe(first.data);
    expect(readRequestVersions(s.db, 'unknown-coalition').data).toBeNull();
    expect(readRequestVersions(s.db, null)).toEqual({ access: second.access, data: null });
  });

  it('remembers versions of coalitions that exist, not of made-up slugs', async () => {
    const s = await appOnFile();
    for (let i = 0; i < 50; i++) {
      expect((await s.app.inject({ method: 'GET', url: `/api/coalitions/made-up-${i}/thermometer` })).statusCode).toBe(
        401,
      );
    }
    expect(rememberedVersions(s.db)).toBe(0);
    expect((await s.get(THERMOMETER)).statusCode).toBe(200);
    expect(rememberedVersions(s.db)).toBe(1);
  });

  it('is raised by inserts, updates and deletes of sessions, users, memberships and coalitions', async () => {
    const s = await appOnFile();
    const triggers = new Set(
      s.db.all<{ name: string }>(sql`select name from sqlite_master where type = 'trigger'`).map((t) => t.name),
    );
    const missing = ['sessions', 'users', 'memberships', 'coalitions']
      .flatMap((table) => ['insert', 'update', 'delete'].map((op) => `${table}_access_version_${op}`))
      .filter((trigger) => !triggers.has(trigger));
    expect(missing).toEqual([]);
  });
});

describe('VersionedCache', () => {
  it('loads once per version and keeps at most its size, dropping the least recently stored', () => {
    const cache = new VersionedCache<string>(2);
    let loads = 0;
    const load = (value: string) => () => {
      loads += 1;
      return value;
    };
    expect(cache.get('a', 1, load('a1'))).toBe('a1');
    expect(cache.get('a', 1, load('ignored'))).toBe('a1');
    expect(loads).toBe(1);
    expect(cache.get('a', 2, load('a2'))).toBe('a2');
    expect(loads).toBe(2);
    cache.get('b', 2, load('b2'));
    cache.get('c', 2, load('c2'));
    expect(cache.size).toBe(2);
    // 'a' was stored first, so it went: asking again loads it.
    expect(cache.get('a', 2, load('a2 again'))).toBe('a2 again');
    expect(cache.get('c', 2, load('ignored'))).toBe('c2');
  });
});
