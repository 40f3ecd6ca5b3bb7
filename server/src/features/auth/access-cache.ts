import type { Db } from '@tks/db/client';
import { type CommitProbe, openCommitProbe } from '@tks/db/commit-probe';
import { perDb } from '@tks/db/per-db';
import { type RawStatement, rawConnection } from '@tks/db/raw';

/*
 * Who a session belongs to and which coalitions its person may open change rarely, but every
 * request asks. Database triggers (migration 0006) raise one access version in the same
 * transaction as every write to sessions, users, memberships and coalitions, so what was read
 * under a version stays true for as long as the version does — whichever route, script or other
 * process wrote. A request reads the version first (with its coalition's data version, in one
 * statement, skipped while nothing was committed at all) and looks up sessions and memberships
 * again only when it has moved.
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

const statementsFor = perDb((db): VersionStatements => {
  const raw = rawConnection(db);
  return {
    access: raw.prepare('select coalesce((select version from access_version where id = 1), 0) as access'),
    // One statement (one read transaction) for both: the thermometer answers from memory after it.
    accessAndData: raw.prepare(
      `select coalesce((select version from access_version where id = 1), 0) as access,
                (select coalesce(v.version, 0) from coalitions c
                   left join coalition_data_versions v on v.coalition_id = c.id
                  where c.slug = ?) as data`,
    ),
  };
});

interface LastRead {
  /** The wal-index header as it was just before the query. */
  header: Buffer;
  versions: RequestVersions;
}

interface Probe {
  probe: CommitProbe;
  /** Per coalition slug ('' for none): the versions last read and the header they were read under. */
  last: Map<string, LastRead>;
}

const probes = new WeakMap<Db, Probe | null>();

function probeFor(db: Db): Probe | null {
  let probe = probes.get(db);
  if (probe === undefined) {
    const opened = openCommitProbe(db);
    probe = opened ? { probe: opened, last: new Map() } : null;
    probes.set(db, probe);
  }
  return probe;
}

/**
 * The versions a request works under, read before anything else of it. While nothing at all has
 * been committed to the database since the last query for the same coalition (db/commit-probe.ts:
 * one system call instead of a read transaction), that query's answer is still the answer.
 */
export function readRequestVersions(db: Db, coalitionSlug: string | null): RequestVersions {
  const probe = probeFor(db);
  const header = probe?.probe.read() ?? null;
  const key = coalitionSlug ?? '';
  if (probe && header) {
    const last = probe.last.get(key);
    if (last?.header.equals(header)) return last.versions;
  }
  const versions = queryRequestVersions(db, coalitionSlug);
  // The header copied from before the query: a commit in between leaves it behind, so the next
  // request asks again. Only for coalitions that exist: made-up slugs must not grow the map.
  if (probe && header && (coalitionSlug === null || versions.data !== null)) {
    probe.last.set(key, { header: Buffer.from(header), versions });
  }
  return versions;
}

/** How many coalitions' versions are remembered: for tests that check made-up slugs are not. */
export function rememberedVersions(db: Db): number {
  return probes.get(db)?.last.size ?? 0;
}

/** Closes what readRequestVersions keeps open for `db` (the app does so when it closes). */
export function releaseRequestVersions(db: Db) {
  probes.get(db)?.probe.close();
  probes.delete(db);
}

function queryRequestVersions(db: Db, coalitionSlug: string | null): RequestVersions {
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
