import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '@tks/db/client';
import { perDb } from '@tks/db/per-db';
import { coalitionDataVersions } from '@tks/db/schema';
import { eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/*
 * Computed coalition views (the thermometer of a quarter, the trends) cached as gzipped JSON under
 * the coalition's data version. Database triggers raise that version inside every transaction that
 * writes any of the coalition's data (migration 0004), so a cached body can never outlive the data
 * it was computed from, whichever route, import or script wrote it. The version is read before the
 * data: a write landing in between leaves a body that is newer than its version, which only costs
 * one extra computation, never a stale answer.
 *
 * Bodies are kept gzipped (a thermometer is ~16 KB of JSON and ~2.5 KB gzipped), so a whole
 * country's quarters fit in a few tens of megabytes, and most browsers get them as they are.
 */

const MAX_BYTES = 48 * 1024 * 1024;

interface Entry {
  version: number;
  gzip: Buffer;
}

/**
 * Keeps bodies up to a byte budget, dropping those not asked for longest (approximately: a body
 * asked for since it was stored or last passed gets a second chance, the "clock" scheme). Asking is
 * a lookup and a flag, without reordering the map on every hit.
 */
export class ByteLru {
  private readonly entries = new Map<string, Entry & { asked: boolean }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) entry.asked = true;
    return entry;
  }

  set(key: string, entry: Entry) {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.gzip.length;
      this.entries.delete(key);
    }
    this.entries.set(key, { ...entry, asked: false });
    this.bytes += entry.gzip.length;
    // Map keeps insertion order: the first entries are the oldest. An entry asked for since it was
    // stored or last passed goes to the back instead, once; with no second chances left, the oldest go.
    let secondChances = this.entries.size;
    for (const [oldest, candidate] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      if (candidate.asked && oldest !== key && secondChances-- > 0) {
        candidate.asked = false;
        this.entries.set(oldest, candidate);
      } else {
        this.bytes -= candidate.gzip.length;
      }
    }
  }

  get size() {
    return this.entries.size;
  }

  get byteSize() {
    return this.bytes;
  }
}

interface CoalitionCache {
  lru: ByteLru;
  selectVersion: { get: (values: { coalitionId: number }) => { version: number } | undefined };
  misses: number;
}

/** One cache per database: tests build many apps on many databases in one process. */
const cacheFor = perDb(
  (db): CoalitionCache => ({
    lru: new ByteLru(MAX_BYTES),
    selectVersion: db
      .select({ version: coalitionDataVersions.version })
      .from(coalitionDataVersions)
      .where(eq(coalitionDataVersions.coalitionId, sql.placeholder('coalitionId')))
      .prepare(),
    misses: 0,
  }),
);

/** The coalition's data version; 0 before anything of it was ever written. */
export function coalitionDataVersion(db: Db, coalitionId: number): number {
  return cacheFor(db).selectVersion.get({ coalitionId })?.version ?? 0;
}

/** How often a body had to be computed: for tests that prove the cache is used, and invalidated. */
export function cacheMisses(db: Db): number {
  return cacheFor(db).misses;
}

/**
 * The body for `key` of a coalition: from the cache when the coalition's data has not changed since
 * it was computed, otherwise computed, checked against its response schema (as Fastify's serializer
 * would) and stored.
 */
export function cachedBody<S extends z.ZodType>(
  db: Db,
  coalitionId: number,
  key: string,
  schema: S,
  /** Computes the body; gets the data version read before it, for caches of its own inputs. */
  compute: (dataVersion: number) => z.input<S>,
  /** The coalition's data version if the request has already read it (request.dataVersion); read here otherwise. */
  knownVersion?: number | null,
): Buffer {
  const cache = cacheFor(db);
  const version = knownVersion ?? coalitionDataVersion(db, coalitionId);
  const fullKey = `${coalitionId}:${key}`;
  const hit = cache.lru.get(fullKey);
  if (hit && hit.version === version) return hit.gzip;
  cache.misses += 1;
  const json = JSON.stringify(z.encode(schema, compute(version) as z.output<S>));
  // gzipSync answers with a view on its 16 KB output chunk: copied to its own size, a ~2.5 KB body
  // keeps ~2.5 KB alive instead of 16 KB, and the cache's byte budget counts what it really holds.
  const gzip = Buffer.from(gzipSync(json));
  cache.lru.set(fullKey, { version, gzip });
  return gzip;
}

/** Sends a gzipped JSON body as it is to clients that accept gzip, and unpacked to the others. */
export function sendGzippedJson(request: FastifyRequest, reply: FastifyReply, gzip: Buffer) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (/\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/.test(accepts)) return reply.header('content-encoding', 'gzip').send(gzip);
  return reply.send(gunzipSync(gzip));
}
