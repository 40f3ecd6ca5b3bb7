import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@tks/db/client';
import { memberships, users } from '@tks/db/schema';
import { buildApp } from '@tks/server/app';
import { createApiKey } from '@tks/server/features/api-keys/api-keys.service';
import { createSession } from '@tks/server/features/auth/sessions.service';
import type { ImportResult } from '@tks/shared/schemas/imports';
import { afterEach, describe, expect, it } from 'vitest';
// The same coalition and indicators the server's import corpus is written against.
import { seedImportCoalition } from '../../../server/test/import-fixtures';

/*
 * The three ways in: `pnpm cli import` (a separate node process against a database file), the web
 * upload (session and CSRF token) and the API (an API key) must give the same result and the same
 * messages for the same file.
 */

const SCRIPTS_DIR = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../server/test/import-corpus/', import.meta.url));
const TIMEOUT = 60_000;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'tks-import-cli-'));
  dirs.push(dir);
  const databasePath = join(dir, 'data', 'thermometer.db');
  const handle = openDatabase(databasePath);
  const coalition = seedImportCoalition(handle.db);
  const [user] = handle.db.insert(users).values({ email: 'coordinator@test.example', name: 'Cora' }).returning().all();
  handle.db
    .insert(memberships)
    .values({ userId: user?.id ?? 0, coalitionId: coalition.id, role: 'coordinator' })
    .run();
  handle.close();
  return { dir, databasePath, userId: user?.id ?? 0 };
}

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], databasePath: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli-main.ts', ...args], {
      cwd: SCRIPTS_DIR,
      env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'silent', INIT_CWD: CORPUS },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const PARITY_FILES = [
  'long-semicolon-decimal-comma.csv',
  'windows-1252.csv',
  'wide-two-sheets.xlsx',
  'unknown-codes.csv',
  'duplicate-conflicting.csv',
  'binary.png',
];

/** Two at a time: each is a node process of its own, and test machines are small. */
async function inPairs<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 2) results.push(...(await Promise.all(items.slice(i, i + 2).map(run))));
  return results;
}

describe('pnpm cli import', () => {
  it('gives the same result and messages as the web upload and the API', { timeout: TIMEOUT * 3 }, async () => {
    const { databasePath, userId } = setUp();
    const viaCli = await inPairs(PARITY_FILES, (file) =>
      cli(['import', '--coalition', 'teststad', '--dry-run', '--json', file], databasePath),
    );

    const handle = openDatabase(databasePath);
    const app = await buildApp({ db: handle.db });
    try {
      const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
      const cookies: Record<string, string> = { tks_session: createSession(handle.db, userId, 12, 'test').token };
      for (const cookie of csrf.cookies) cookies[cookie.name] = cookie.value;
      const { key } = createApiKey(handle.db, 1, 'feed', { userId, label: 'test', ip: null });

      for (const [index, file] of PARITY_FILES.entries()) {
        const payload = readFileSync(join(CORPUS, file));
        const web = await app.inject({
          method: 'POST',
          url: `/api/coalitions/teststad/imports/preview?fileName=${encodeURIComponent(file)}`,
          cookies,
          headers: { 'x-csrf-token': csrf.json().csrfToken, 'content-type': 'application/octet-stream' },
          payload,
        });
        const api = await app.inject({
          method: 'POST',
          url: `/api/coalitions/teststad/imports?dryRun=true&fileName=${encodeURIComponent(file)}`,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
          payload,
        });
        const fromCli = viaCli[index];
        expect(fromCli?.stderr, file).toBe('');
        const cliResult = JSON.parse(fromCli?.stdout ?? '') as ImportResult;
        expect(web.json(), file).toEqual(cliResult);
        expect(api.json(), file).toEqual(cliResult);
        const rejected = cliResult.outcome === 'rejected';
        expect(fromCli?.code, file).toBe(rejected ? 1 : 0);
        // The web preview reports (200 either way); the API's dry run of the import itself refuses (422).
        expect(web.statusCode, file).toBe(200);
        expect(api.statusCode, file).toBe(rejected ? 422 : 200);
      }
    } finally {
      await app.close();
      handle.close();
    }
  });

  it('imports with exit 0, reports the same file again as unchanged, rejects with exit 1 and leaves the file as it was', {
    timeout: TIMEOUT * 2,
  }, async () => {
    const { databasePath } = setUp();
    const first = await cli(['import', '--coalition', 'teststad', 'long-semicolon-decimal-comma.csv'], databasePath);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Waarden: 6 (nieuw 6, gewijzigd 0, ongewijzigd 0)');
    expect(first.stdout).toMatch(/Ingelezen als import 1\./);

    const again = await cli(['import', '--coalition', 'teststad', 'long-semicolon-decimal-comma.csv'], databasePath);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Niets te doen: alle waarden stonden al zo in de database.');
    expect(again.stdout).toContain('Dit bestand is eerder ingelezen (import 1).');

    const before = readFileSync(databasePath);
    const rejected = await cli(['import', '--coalition', 'teststad', 'impossible-periods.csv'], databasePath);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain(
      "Regel 2, kolom 2 (periode): De periode '2025-Q5' klopt niet: Een kwartaal loopt van 1 tot en met 4.",
    );
    expect(rejected.stdout).toContain('Afgewezen: het bestand bevat fouten, er is niets opgeslagen.');
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });

  it('exits with 2 on wrong usage', { timeout: TIMEOUT * 2 }, async () => {
    const { databasePath } = setUp();
    const results = await inPairs(
      [
        ['import', 'long-semicolon-decimal-comma.csv'],
        ['import', '--coalition', 'nergens', 'long-semicolon-decimal-comma.csv'],
        ['import', '--coalition', 'teststad', 'bestaat-niet.csv'],
        ['import', '--coalition', 'teststad', '--onbekend', 'x.csv'],
        ['exporteer'],
      ],
      (args) => cli(args, databasePath),
    );
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(results[0]?.stderr).toContain('--coalition');
    expect(results[1]?.stderr).toContain('Unknown coalition: nergens');
    expect(results[2]?.stderr).toContain('File not found');
  });
});
