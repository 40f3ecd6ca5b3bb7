import type { Db } from '@tks/db/client';
import { type RawStatement, rawConnection } from '@tks/db/raw';

/*
 * Who a session belongs to and which coalitions its person may open change rarely, but every
 * request asks. Database triggers (migration 0006) raise one access version in the same
 * transaction as every write to sessions, users, memberships and coalitions, so what was read
 * under a version stays true for as long as the version does — whichever route, script or other
 * process wrote. A request reads the version first (with its coalition's data version, in one
 * statement) and looks up sessions and memberships again only when it has moved.
 *
 * The version is read before the rows: a write landing in between leaves rows newer than their
 * version, which only costs one more lookup, never a stale answer. Time limits (idle and absolute
 * session expiry) are checked on every request against the row itself.
 */

export interface RequestVersions {
  /** The access version: sessions, users, memberships and coalitions as they are now. */
  access: number;
  /** The data version of the coalition the route names (0 before any of its data was written); null without one. */
  data: number | null;
}

interface VersionStatements {
  access: RawStatement;
  accessAndData: RawStatement;
}

const statements = new WeakMap<Db, VersionStatements>();

function statementsFor(db: Db): VersionStatements {
  let prepared = statements.get(db);
  if (!prepared) {
    const raw = rawConnection(db);
    prepared = {
      access: raw.prepare('select coalesce((select version from access_version where id = 1), 0) as access'),
      // One statement (one read transaction) for both: the thermometer answers from memory after it.
      accessAndData: raw.prepare(
        `select coalesce((select version from access_version where id = 1), 0) as access,
                (select coalesce(v.version, 0) from coalitions c
                   left join coalition_data_versions v on v.coalition_id = c.id
                  where c.slug = ?) as data`,
      ),
    };
    statements.set(db, prepared);
  }
  return prepared;
}

/** The versions a request works under, read before anything else of it. */
export function readRequestVersions(db: Db, coalitionSlug: string | null): RequestVersions {
  const prepared = statementsFor(db);
  if (coalitionSlug === null) {
    const row = prepared.access.get() as { access: number };
    return { access: row.access, data: null };
  }
  const row = prepared.accessAndData.get(coalitionSlug) as { access: number; data: number | null };
  return { access: row.access, data: row.data };
}

/**
 * Values read under a version, each kept until the version moves; at most `maxEntries`, the
 * least recently stored going first.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, { version: number; value: V }>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, version: number, load: () => V): V {
    const entry = this.entries.get(key);
    if (entry && entry.version === version) return entry.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }

  get size() {
    return this.entries.size;
  }
}
