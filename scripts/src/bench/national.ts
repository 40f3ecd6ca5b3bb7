import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase } from '@tks/db/client';
import { users } from '@tks/db/schema';
import { createSession } from '@tks/server/features/auth/sessions.service';
import { addQuarters, quarterKey } from '@tks/shared/periods';
import { inArray } from 'drizzle-orm';
import { buildServer, START_NODE_FLAGS } from '../build-server';
import { DEFAULT_CURRENT_QUARTER } from '../demo/generate';
import { coalitionSlug, coordinatorEmail, nationalDatabase } from './_national-db';
import { percentile } from './_timing';
import { ensureWrk, runWrk, type Target } from './_wrk';

/*
 * The thermometer at national scale: 340 coalitions with five years of data each, served by the
 * real server in a process of its own over real HTTP. Its throughput and p99 latency across many
 * coalitions and quarters are measured next to a bare JSON route on the same server in the same
 * run, with the server's peak memory. The load comes from wrk on one thread (see _wrk.ts). `BENCH_COALITIONS` and `BENCH_SECONDS` make a smaller run.
 */

const COALITIONS = Number(process.env.BENCH_COALITIONS ?? 340);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** The measured seconds per route are split over rounds that alternate the two routes. */
const ROUNDS = 5;
const ROUND_SECONDS = Math.max(1, Math.round(SECONDS / ROUNDS));
const CONNECTIONS = 16;
/** Per coalition: the default (latest) quarter and the three before it. */
const QUARTERS_BACK = 3;
/** More flags for the server process, for profiling (`BENCH_SERVER_FLAGS="--cpu-prof"`). */
const SERVER_NODE_FLAGS: string[] = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
const GOALS = { throughputShare: 0.5, p99Ms: 20, rssMb: 200 };
/** Linux's USER_HZ, the unit of /proc/<pid>/stat times: 100 on every common platform. */
const CLOCK_TICKS_PER_SECOND = 100;

const log = (line: string) => console.log(line);

ensureWrk();
log(`National database: ${COALITIONS} coalitions, five years of quarterly data each`);
const database = await nationalDatabase(COALITIONS, log);
log(
  database.generatedMs === null
    ? `  cached: ${database.path}`
    : `  generated in ${(database.generatedMs / 1000).toFixed(1)} s: ${database.path}`,
);

// One signed-in coordinator per coalition, each asking for their own coalition.
const handle = openDatabase(database.path);
const slugs = Array.from({ length: COALITIONS }, (_, i) => coalitionSlug(i));
const emails = Array.from({ length: COALITIONS }, (_, i) => coordinatorEmail(i));
const found = handle.db
  .select({ id: users.id, email: users.email })
  .from(users)
  .where(inArray(users.email, emails))
  .all();
const idByEmail = new Map(found.map((u) => [u.email, u.id]));
const current = DEFAULT_CURRENT_QUARTER;
const targets = slugs.flatMap((slug, i) => {
  const userId = idByEmail.get(emails[i] ?? '');
  if (userId === undefined) throw new Error(`no coordinator for ${slug}`);
  const cookie = `tks_session=${createSession(handle.db, userId, 12, 'bench').token}`;
  const base = `/api/coalitions/${slug}/thermometer`;
  return [
    { path: base, cookie },
    ...Array.from({ length: QUARTERS_BACK }, (_, back) => ({
      path: `${base}?quarter=${quarterKey(addQuarters(current, -(back + 1)))}`,
      cookie,
    })),
  ];
});
handle.close();

const server = await startServer(database.path);
try {
  const rss: Array<[string, number]> = [['idle after start', currentRss(server.process)]];
  // Every thermometer once, as the first visitor of each quarter would see it: computed, not cached.
  const cold = await timeEach(server.url, targets, 4);
  rss.push(['after computing every thermometer', currentRss(server.process)]);
  // Bare and thermometer alternate over a few rounds and each round's pair is compared: a drift in
  // the machine's speed during the run (it is shared, and so are its two CPUs with the load
  // generator) then shows in both routes of a round instead of in the comparison.
  const rounds: Array<{ bare: RunResult; thermometer: RunResult }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bare = run(server.url, [{ path: '/bench/bare', cookie: '' }], server.process);
    const thermometer = run(server.url, targets, server.process);
    rounds.push({ bare, thermometer });
  }
  rss.push(['after the measured runs', currentRss(server.process)]);
  const peakRssMb = peakRss(server.process) / 1024;

  const shares = rounds.map((r) => r.thermometer.requestsPerSecond / r.bare.requestsPerSecond);
  const share = median(shares);
  const p99 = Math.max(...rounds.map((r) => r.thermometer.p99));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  log('');
  log(
    `Real server over HTTP, wrk with ${CONNECTIONS} connections on one thread, ${ROUNDS} rounds of ${ROUND_SECONDS} s per route, ${targets.length} thermometer URLs`,
  );
  console.table(
    rounds.flatMap(({ bare, thermometer }, round) =>
      [
        ['bare JSON route', bare],
        ['GET /api/coalitions/:slug/thermometer', thermometer],
      ].map(([route, result]) => {
        const r = result as RunResult;
        return {
          round: round + 1,
          route,
          'requests/s': Math.round(r.requestsPerSecond),
          'p50 ms': Number(r.p50.toFixed(2)),
          'p99 ms': Number(r.p99.toFixed(2)),
          'server CPU µs/request': r.cpuMicrosPerRequest,
          errors: r.errors + r.non2xx,
        };
      }),
    ),
  );
  log(
    `Thermometer throughput as a share of the bare route's, per round: ${shares.map((x) => `${(x * 100).toFixed(0)} %`).join(', ')}`,
  );
  log(
    `First request per coalition and quarter (computed, then cached): p50 ${cold.p50.toFixed(1)} ms, p99 ${cold.p99.toFixed(1)} ms`,
  );
  log(`Server memory (RSS): ${rss.map(([when, kb]) => `${when} ${(kb / 1024).toFixed(0)} MB`).join(', ')}`);
  log('');
  log('Figure                                 measured     goal        ');
  log(
    `Throughput vs bare (median of rounds)  ${(share * 100).toFixed(0).padStart(5)} %     ≥ ${GOALS.throughputShare * 100} %     ${verdict(share >= GOALS.throughputShare)}`,
  );
  log(
    `Thermometer p99 latency (worst round)  ${p99.toFixed(1).padStart(5)} ms    < ${GOALS.p99Ms} ms     ${verdict(p99 < GOALS.p99Ms)}`,
  );
  log(
    `Server memory (peak RSS)               ${peakRssMb.toFixed(0).padStart(5)} MB    < ${GOALS.rssMb} MB    ${verdict(peakRssMb < GOALS.rssMb)}`,
  );
  const failures = rounds.reduce((sum, r) => sum + r.thermometer.errors + r.thermometer.non2xx, 0);
  if (failures > 0) throw new Error(`${failures} errors or non-2xx answers from the thermometer`);
} finally {
  server.process.kill('SIGTERM');
}

async function startServer(path: string): Promise<{ url: string; process: ChildProcess }> {
  // Compiled and bundled as `pnpm start` runs the server (scripts/src/build-server.ts), so no
  // TypeScript loader runs in the measured process.
  const bundle = join(tmpdir(), 'tks-bench-national-server.mjs');
  await buildServer('scripts/src/bench/_national-server.ts', bundle);
  const child = spawn(process.execPath, [...START_NODE_FLAGS, ...SERVER_NODE_FLAGS, bundle, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return { url, process: child };
}

/** The process's peak resident set (VmHWM, in KiB), read from Linux's /proc. */
function peakRss(child: ChildProcess): number {
  return procStatus(child, 'VmHWM');
}

function currentRss(child: ChildProcess): number {
  return procStatus(child, 'VmRSS');
}

function procStatus(child: ChildProcess, field: string): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc status`);
  return Number(match[1]);
}

async function timeEach(url: string, list: readonly Target[], concurrency: number) {
  const durations: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const target = list[next++];
      if (!target) break;
      const started = performance.now();
      const response = await fetch(`${url}${target.path}`, { headers: { cookie: target.cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${target.path}: ${response.status}`);
      durations.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p99: percentile(durations, 99) };
}

/** CPU time (user + system) the process has used so far, in microseconds, from Linux's /proc. */
function cpuMicros(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th field, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks / CLOCK_TICKS_PER_SECOND) * 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

type RunResult = ReturnType<typeof run>;

function run(url: string, list: readonly Target[], server: ChildProcess) {
  const cpuBefore = cpuMicros(server);
  const result = runWrk(url, list, ROUND_SECONDS, CONNECTIONS);
  const cpu = cpuMicros(server) - cpuBefore;
  return {
    requestsPerSecond: result.requestsPerSecond,
    /** The server's own CPU time per answered request: what the route costs, whatever the load generator takes. */
    cpuMicrosPerRequest: Math.round(cpu / Math.max(1, result.requests)),
    p50: result.p50Ms,
    p99: result.p99Ms,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
