import type { Db } from './client';

/**
 * `build(db)` once per database, then the same value: for prepared statements and in-memory
 * caches that belong to one database (tests open many, each with its own). Kept in a WeakMap, so
 * a closed and forgotten database takes its values with it.
 */
export function perDb<T>(build: (db: Db) => T): (db: Db) => T {
  const values = new WeakMap<Db, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) {
      value = build(db);
      values.set(db, value);
    }
    return value;
  };
}
