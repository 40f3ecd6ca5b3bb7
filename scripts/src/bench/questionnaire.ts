import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@tks/db/client';
import { answers, coalitions, invitations, organisations, responses } from '@tks/db/schema';
import {
  insertDefaultInstrumentVersion,
  insertRespondentInvitation,
  insertRound,
} from '@tks/server/features/respond/fixtures';
import type { RespondAnswers, RespondQuestionnaire } from '@tks/shared/schemas/respond';
import { count, eq, isNotNull } from 'drizzle-orm';
import { percentile } from './_timing';

/*
 * 200 partners fill in the questionnaire at the same moment, against the real server (its own
 * node process, real HTTP, a real SQLite file). Each opens their personal link, saves a draft and
 * submits; one in four taps "send" twice at once, and everyone tries once more afterwards. Prints
 * submissions per second, latencies, and checks in the database that every accepted response is
 * stored exactly once and every duplicate was refused.
 */

const RESPONDENTS = 200;
/** Links used before the measured run: the server's first requests compile schemas and warm the JIT. */
const WARM_UP = 20;
const DOUBLE_TAP_EVERY = 4;
const SCRIPTS_DIR = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A coalition with six organisations, the default instrument, an open round and 200 personal links. */
function prepare(databasePath: string) {
  const handle = openDatabase(databasePath);
  try {
    const db = handle.db;
    const [coalition] = db
      .insert(coalitions)
      .values({ slug: 'bench', name: 'Coalitie Kansrijke Start Benchstad', municipality: 'Benchstad' })
      .returning()
      .all();
    if (!coalition) throw new Error('coalition not inserted');
    const orgs = ['Ziekenhuis', 'Verloskundigen', 'Kraamzorg', 'JGZ', 'Sociaal team', 'Gemeente'].map((name) => {
      const [row] = db
        .insert(organisations)
        .values({ coalitionId: coalition.id, name, domain: 'medical' })
        .returning()
        .all();
      if (!row) throw new Error('organisation not inserted');
      return row.id;
    });
    const versionId = insertDefaultInstrumentVersion(db, coalition.id);
    const round = insertRound(db, { coalitionId: coalition.id, instrumentVersionId: versionId, quarter: '2026-Q4' });
    const tokens = Array.from(
      { length: RESPONDENTS + WARM_UP },
      (_, i) =>
        insertRespondentInvitation(db, {
          coalitionId: coalition.id,
          roundId: round.id,
          organisationId: orgs[i % orgs.length] ?? 0,
          email: `respondent${i}@bench.example`,
          respondentRole: i % 3 === 0 ? 'coördinator' : 'uitvoerend professional',
        }).token,
    );
    return { roundId: round.id, tokens };
  } finally {
    handle.close();
  }
}

async function startServer(databasePath: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/start.ts'], {
    cwd: SCRIPTS_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      DATABASE_PATH: databasePath,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not start in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Timed {
  status: number;
  ms: number;
}

async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'tks-bench-questionnaire-'));
  const databasePath = join(dir, 'thermometer.db');
  const { roundId, tokens: allTokens } = prepare(databasePath);
  const warmUpTokens = allTokens.slice(RESPONDENTS);
  const tokens = allTokens.slice(0, RESPONDENTS);
  const { url, child } = await startServer(databasePath);

  const timings: Record<'open' | 'draft' | 'submit', number[]> = { open: [], draft: [], submit: [] };
  const submitStatuses: number[] = [];
  const lateStatuses: number[] = [];

  const timed = async (
    kind: keyof typeof timings | null,
    method: string,
    path: string,
    ip: string,
    body?: unknown,
  ): Promise<Timed & { json: unknown }> => {
    const t0 = performance.now();
    const response = await fetch(`${url}${path}`, {
      method,
      // Every respondent is a phone of its own: the server trusts X-Forwarded-For from its proxy.
      headers: { 'x-forwarded-for': ip, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await response.json();
    const ms = performance.now() - t0;
    if (kind) timings[kind].push(ms);
    return { status: response.status, ms, json };
  };

  const respondent = async (token: string, index: number) => {
    const ip = `10.${(index >> 8) & 255}.${index & 255}.${(index % 200) + 1}`;
    const opened = await timed('open', 'GET', `/api/respond/${token}`, ip);
    if (opened.status !== 200) throw new Error(`open: ${opened.status}`);
    const questionnaire = opened.json as RespondQuestionnaire;
    const all: RespondAnswers = { likert: {}, open: {} };
    questionnaire.instrument.dimensions.forEach((dimension, d) => {
      for (const [i, item] of dimension.items.entries()) {
        all.likert[item.id] = (d + i + index) % 6 === 0 ? 'dont_know' : ((d + i + index) % 5) + 1;
      }
    });
    const firstOpen = questionnaire.instrument.openQuestions[0];
    if (firstOpen) all.open[firstOpen.id] = `Antwoord van respondent ${index}`;
    const half = { likert: Object.fromEntries(Object.entries(all.likert).slice(0, 17)), open: {} };
    const saved = await timed('draft', 'PUT', `/api/respond/${token}/draft`, ip, half);
    if (saved.status !== 200) throw new Error(`draft: ${saved.status}`);

    const taps = index % DOUBLE_TAP_EVERY === 0 ? 2 : 1;
    const submitted = await Promise.all(
      Array.from({ length: taps }, () => timed('submit', 'POST', `/api/respond/${token}/submit`, ip, all)),
    );
    submitStatuses.push(...submitted.map((s) => s.status));
    // Later, from another tab: the link is used.
    lateStatuses.push((await timed(null, 'POST', `/api/respond/${token}/submit`, ip, all)).status);
  };

  // Warm-up, one respondent at a time; its submissions are counted in the database checks below.
  for (const [i, token] of warmUpTokens.entries()) await respondent(token, RESPONDENTS + i);
  const sequential = { ...timings, submit: [...timings.submit] };
  for (const key of Object.keys(timings) as (keyof typeof timings)[]) timings[key] = [];
  submitStatuses.length = 0;
  lateStatuses.length = 0;

  const started = performance.now();
  await Promise.all(tokens.map((token, i) => respondent(token, i)));
  const elapsedSeconds = (performance.now() - started) / 1000;

  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));

  const handle = openDatabase(databasePath);
  const db = handle.db;
  const stored = db.select({ n: count() }).from(responses).where(eq(responses.roundId, roundId)).get()?.n ?? 0;
  const storedAnswers = db.select({ n: count() }).from(answers).get()?.n ?? 0;
  const used = db.select({ n: count() }).from(invitations).where(isNotNull(invitations.respondedAt)).get()?.n ?? 0;
  const drafts = db.select({ n: count() }).from(invitations).where(isNotNull(invitations.draft)).get()?.n ?? 0;
  handle.close();
  rmSync(dir, { recursive: true, force: true });

  const accepted = submitStatuses.filter((s) => s === 200).length;
  const duplicatesRefused =
    submitStatuses.filter((s) => s === 410).length + lateStatuses.filter((s) => s === 410).length;
  const duplicatesSent = submitStatuses.length - RESPONDENTS + lateStatuses.length;
  const other = [...submitStatuses, ...lateStatuses].filter((s) => s !== 200 && s !== 410);
  const answersPerResponse = 36; // 35 statements and one open answer

  const all = [...timings.open, ...timings.draft, ...timings.submit].sort((a, b) => a - b);
  const submits = [...timings.submit].sort((a, b) => a - b);
  const row = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      requests: name,
      count: sorted.length,
      'p50 ms': percentile(sorted, 50).toFixed(1),
      'p99 ms': percentile(sorted, 99).toFixed(1),
      'max ms': (sorted.at(-1) ?? Number.NaN).toFixed(1),
    };
  };

  const seqSubmit = [...sequential.submit].sort((a, b) => a - b);
  console.log(
    `One respondent at a time (warm-up, ${WARM_UP}): open p50 ${percentile(
      [...sequential.open].sort((a, b) => a - b),
      50,
    ).toFixed(1)} ms, ` +
      `draft p50 ${percentile(
        [...sequential.draft].sort((a, b) => a - b),
        50,
      ).toFixed(1)} ms, submit p50 ${percentile(seqSubmit, 50).toFixed(1)} ms`,
  );
  console.log(
    `${RESPONDENTS} respondents at once against the real server (HTTP, SQLite file); one in ${DOUBLE_TAP_EVERY} taps "send" twice.`,
  );
  console.table([
    row('GET  /api/respond/:token', timings.open),
    row('PUT  /api/respond/:token/draft', timings.draft),
    row('POST /api/respond/:token/submit', timings.submit),
    row('all of the above', all),
  ]);
  console.log(
    `Whole run: ${elapsedSeconds.toFixed(2)} s, ${(accepted / elapsedSeconds).toFixed(0)} accepted submissions/s`,
  );
  console.log(
    `Submit latency: p50 ${percentile(submits, 50).toFixed(1)} ms, p99 ${percentile(submits, 99).toFixed(1)} ms`,
  );
  const checks = [
    [`accepted submissions = respondents (${accepted} of ${RESPONDENTS})`, accepted === RESPONDENTS],
    [
      `responses stored once each (${stored} rows for ${accepted} accepted + ${WARM_UP} warm-up)`,
      stored === accepted + WARM_UP,
    ],
    [
      `answers stored once each (${storedAnswers} = ${accepted + WARM_UP} × ${answersPerResponse})`,
      storedAnswers === (accepted + WARM_UP) * answersPerResponse,
    ],
    [`duplicate submissions refused (${duplicatesRefused} of ${duplicatesSent})`, duplicatesRefused === duplicatesSent],
    [
      `links marked used (${used} of ${RESPONDENTS + WARM_UP}), drafts left (${drafts})`,
      used === RESPONDENTS + WARM_UP && drafts === 0,
    ],
    [`no other answers (${other.length ? other.join(', ') : 'none'})`, other.length === 0],
  ] as const;
  for (const [text, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
  // The machine is shared: the load says how much of the latency is waiting for a CPU.
  console.log(`Load average during the run (1 min): ${loadavg()[0]?.toFixed(1)}`);
  if (checks.some(([, ok]) => !ok)) process.exit(1);
}

await run();
