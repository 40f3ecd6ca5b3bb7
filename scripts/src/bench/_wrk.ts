import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installDebianPackage } from '../apt-install';

/*
 * HTTP load from wrk (Debian's package), a load generator in C. The national benchmark used
 * autocannon first, but on a two-CPU machine autocannon, written in JavaScript, became the
 * bottleneck: it spent 92–109 µs of CPU on each thermometer answer (3.8 KB gzipped plus headers)
 * against 40–55 µs on each bare one, at 93–97 % of a CPU, so the ratio measured its own parsing
 * rather than the server. wrk runs on one thread here, leaving the other CPU to the server.
 */

const SCRIPT = fileURLToPath(new URL('./_wrk-targets.lua', import.meta.url));

export interface Target {
  path: string;
  cookie: string;
}

export interface WrkResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** wrk on this machine: found, or installed from Debian's packages when we run as root (as CI does). */
export function ensureWrk() {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  if (installDebianPackage('wrk', 'for the load')) return;
  throw new Error('This benchmark needs wrk: `sudo apt-get install -y wrk` (Debian/Ubuntu) or `brew install wrk`.');
}

/** `connections` connections from one wrk thread for `seconds`, cycling through the targets. */
export function runWrk(url: string, targets: readonly Target[], seconds: number, connections: number): WrkResult {
  const folder = mkdtempSync(join(tmpdir(), 'tks-wrk-'));
  try {
    const file = join(folder, 'targets.tsv');
    writeFileSync(file, `${targets.map((t) => `${t.path}\t${t.cookie}`).join('\n')}\n`);
    const result = spawnSync(
      'wrk',
      ['--threads', '1', '--connections', String(connections), '--duration', `${seconds}s`, '--script', SCRIPT, url],
      { env: { ...process.env, WRK_TARGETS: file }, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`wrk failed (exit ${result.status}): ${result.stderr}`);
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as {
      requests: number;
      durationMicros: number;
      p50Micros: number;
      p99Micros: number;
      errors: number;
      non2xx: number;
    };
    return {
      requests: summary.requests,
      requestsPerSecond: summary.requests / (summary.durationMicros / 1e6),
      p50Ms: summary.p50Micros / 1000,
      p99Ms: summary.p99Micros / 1000,
      errors: summary.errors,
      non2xx: summary.non2xx,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
