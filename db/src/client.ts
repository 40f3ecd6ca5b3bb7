import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  db: Db;
  /** The file path, or ':memory:'. */
  path: string;
  close(): void;
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/** Opens (and creates) a SQLite database with the pragmas this app relies on, migrated to the latest schema. */
export function openDatabase(path: string, options: OpenOptions = {}): DatabaseHandle {
  const inMemory = path === ':memory:';
  const fullPath = inMemory ? path : resolve(path);
  if (!inMemory) mkdirSync(dirname(fullPath), { recursive: true });

  const sqlite = new Database(fullPath);
  // WAL lets readers (dashboards) run while an import writes; it does not apply to :memory:.
  if (!inMemory) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');

  const db = drizzle(sqlite, { schema });
  if (options.migrate ?? true) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });

  return {
    db,
    path: fullPath,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/** A fresh, migrated in-memory database: one per test, never shared, never cleaned by hand. */
export function createTestDb(): DatabaseHandle {
  return openDatabase(':memory:');
}

export interface DatabaseStatus {
  ok: boolean;
  sqliteVersion: string;
  journalMode: string;
  foreignKeys: boolean;
  appliedMigrations: number;
}

export function databaseStatus(db: Db): DatabaseStatus {
  const version = db.get<{ v: string }>(sql`select sqlite_version() as v`);
  const journal = db.get<{ journal_mode: string }>(sql`pragma journal_mode`);
  const fk = db.get<{ foreign_keys: number }>(sql`pragma foreign_keys`);
  const migrations = db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`);
  return {
    ok: true,
    sqliteVersion: version?.v ?? 'unknown',
    journalMode: journal?.journal_mode ?? 'unknown',
    foreignKeys: fk?.foreign_keys === 1,
    appliedMigrations: migrations?.n ?? 0,
  };
}
