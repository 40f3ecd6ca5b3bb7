import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, openDatabase } from '@tks/db/client';
import { rawConnection } from '@tks/db/raw';
import { hashPassword } from '@tks/server/features/auth/password';
import { sql } from 'drizzle-orm';
import { generateDemoCoalition } from '../demo/generate';
import { writeDemo } from '../demo/load';
import type { DemoCoalitionData } from '../demo/types';

/*
 * A national-scale database: every coalition is the demo coalition's generator run with a seed of
 * its own over five years (twenty quarters: ten questionnaire rounds, indicators, registers), under
 * its own slug and accounts. Deterministic, so the file is cached in the temp directory under a
 * key of the generator version, the migrations and the size; a changed schema or generator builds
 * a new file.
 */

/** Bump when the generated data changes in a way the key below cannot see. */
export const GENERATOR_VERSION = 3;
export const NATIONAL_QUARTERS = 20;
export const BENCH_PASSWORD = 'bench-wachtwoord-2026';

export const coalitionSlug = (i: number) => `coalitie-${String(i + 1).padStart(3, '0')}`;
export const coordinatorEmail = (i: number) => `coordinator@${coalitionSlug(i)}.example`;

function migrationsDigest(): string {
  const folder = fileURLToPath(new URL('../../../db/migrations', import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(folder, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The demo data, made one of many: its own slug, name, municipality and e-mail addresses. */
function nationalCoalition(i: number): DemoCoalitionData {
  const data = generateDemoCoalition({ seed: 1000 + i, quarterCount: NATIONAL_QUARTERS });
  const slug = coalitionSlug(i);
  const municipality = `Gemeente ${String(i + 1).padStart(3, '0')}`;
  return {
    ...data,
    coalition: { ...data.coalition, slug, name: `Coalitie Kansrijke Start ${municipality}`, municipality },
    // The demo's 32-bit generator repeats across seeds: make every invitation token unique nationally.
    rounds: data.rounds.map((round) => ({
      ...round,
      invitations: round.invitations.map((invitation) => ({
        ...invitation,
        tokenHash: createHash('sha256').update(`${slug}:${invitation.tokenHash}`).digest('hex'),
      })),
    })),
    // The platform administrator exists once, in the first coalition.
    users: data.users
      .filter((user) => i === 0 || user.role !== 'platform_admin')
      .map((user) => ({ ...user, email: user.email.replace('@voorbeeldstad.example', `@${slug}.example`) })),
  };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function prepareAnswerInsert(db: Db) {
  return rawConnection(db).prepare(
    'insert into answers (response_id, item_id, value, dont_know, text) values (?, ?, ?, ?, ?)',
  );
}
type AnswerInsert = ReturnType<typeof prepareAnswerInsert>;

/**
 * Responses were inserted round by round in the order of the data, so ordering the coalition's
 * responses by (round quarter, id) lines them up with the generated ones.
 */
function insertAnswers(tx: Tx, insert: AnswerInsert, data: DemoCoalitionData) {
  const coalition = tx.get<{ id: number }>(sql`select id from coalitions where slug = ${data.coalition.slug}`);
  if (!coalition) throw new Error(`coalition ${data.coalition.slug} missing`);
  const responseIds = tx
    .all<{ id: number }>(
      sql`select r.id from responses r join rounds o on o.id = r.round_id
          where r.coalition_id = ${coalition.id} order by o.quarter_index, r.id`,
    )
    .map((r) => r.id);
  const itemIds = new Map(
    tx
      .all<{ id: number; code: string }>(sql`select id, code from items where coalition_id = ${coalition.id}`)
      .map((i) => [i.code, i.id]),
  );
  let i = 0;
  for (const round of data.rounds) {
    for (const response of round.responses) {
      const responseId = responseIds[i++];
      if (responseId === undefined) throw new Error('more generated responses than stored ones');
      for (const answer of response.answers) {
        insert.run(responseId, itemIds.get(answer.itemCode), answer.value, answer.dontKnow ? 1 : 0, answer.text);
      }
    }
  }
  if (i !== responseIds.length) throw new Error('fewer generated responses than stored ones');
}

export interface NationalDatabase {
  path: string;
  coalitions: number;
  /** How long generating took, or null when the cached file was used. */
  generatedMs: number | null;
}

export async function nationalDatabase(coalitions: number, log: (line: string) => void): Promise<NationalDatabase> {
  const path = join(tmpdir(), `tks-bench-national-v${GENERATOR_VERSION}-${migrationsDigest()}-${coalitions}.db`);
  if (existsSync(path)) return { path, coalitions, generatedMs: null };

  const started = performance.now();
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const handle = openDatabase(partial);
  // A file nobody else reads until it is renamed: durability can wait for the final checkpoint.
  handle.db.run(sql`pragma synchronous = OFF`);
  // Deliberately slow (scrypt); one hash serves every account.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const PER_TRANSACTION = 10;
  const insertAnswer = prepareAnswerInsert(handle.db);
  for (let first = 0; first < coalitions; first += PER_TRANSACTION) {
    const batch = Array.from({ length: Math.min(PER_TRANSACTION, coalitions - first) }, (_, k) =>
      nationalCoalition(first + k),
    );
    handle.db.transaction((tx) => {
      for (const data of batch) {
        // The loader's generic multi-row inserts are fine for one coalition; for 340 the answers
        // (nine in ten rows) go through one prepared statement instead.
        const withoutAnswers = {
          ...data,
          rounds: data.rounds.map((round) => ({
            ...round,
            responses: round.responses.map((response) => ({ ...response, answers: [] })),
          })),
        };
        writeDemo(
          tx,
          withoutAnswers,
          data.users.map(() => passwordHash),
        );
        insertAnswers(tx, insertAnswer, data);
      }
    });
    const done = first + batch.length;
    if (done % 50 === 0 || done === coalitions) {
      log(`  ${done}/${coalitions} coalitions written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  // No ANALYZE, as in a real installation: with its STAT4 samples SQLite prepares a statement again
  // on every new value bound to an indexed column, which made each session and membership lookup
  // four to six times slower (19 µs instead of 5).
  handle.db.run(sql`pragma wal_checkpoint(TRUNCATE)`);
  handle.close();
  renameSync(partial, path);
  return { path, coalitions, generatedMs: performance.now() - started };
}
