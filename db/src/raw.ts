import type Database from 'better-sqlite3';
import type { Db } from './client';

/*
 * Prepared statements on the connection beneath a Db, for the few bulk paths (indicator imports)
 * where building a query per row through the query builder would dominate the run time. The
 * interface names only what those paths use, so better-sqlite3's own types stay inside db/.
 */

export interface RawStatement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface RawConnection {
  exec(source: string): void;
  prepare(source: string): RawStatement;
  /** A function that runs `fn` in a transaction (a savepoint when one is already open). */
  transaction<T>(fn: () => T): () => T;
  pragma(source: string): unknown;
}

export function rawConnection(db: Db): RawConnection {
  const client = (db as Db & { $client?: Database.Database }).$client;
  if (!client) throw new Error('rawConnection needs the root database, not a transaction');
  return client as unknown as RawConnection;
}
