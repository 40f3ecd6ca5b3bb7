import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@tks/db/client';
import { coalitions } from '@tks/db/schema';
import { afterEach, describe, expect, it } from 'vitest';

/*
 * The operator scripts as an operator runs them: a separate node process with DATABASE_PATH set,
 * judged by exit code and output. The backup and restore themselves are tested in db/.
 */

const SCRIPTS_DIR = fileURLToPath(new URL('..', import.meta.url));
const CLI_TIMEOUT = 20_000;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace-like folder with a migrated database at data/thermometer.db holding one coalition. */
function setUp(coalitionName = 'Coalitie Noord') {
  const dir = mkdtempSync(join(tmpdir(), 'tks-cli-'));
  dirs.push(dir);
  const databasePath = join(dir, 'data', 'thermometer.db');
  const handle = openDatabase(databasePath);
  handle.db.insert(coalitions).values({ slug: 'noord', name: coalitionName, municipality: 'Noord' }).run();
  handle.close();
  return { dir, databasePath };
}

function coalitionNamesIn(path: string) {
  const handle = openDatabase(path, { migrate: false });
  try {
    return handle.db
      .select({ name: coalitions.name })
      .from(coalitions)
      .all()
      .map((row) => row.name);
  } finally {
    handle.close();
  }
}

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScript(script: 'backup' | 'restore', args: string[], databasePath: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/${script}.ts`, ...args], {
      cwd: SCRIPTS_DIR,
      env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CLI_TIMEOUT,
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

describe('scripts/src/backup.ts', () => {
  it('writes a dated backup beside the data folder and reports path, size and integrity', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const { dir, databasePath } = setUp();

    const result = await runScript('backup', [], databasePath);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const path = /written to (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(path).toMatch(new RegExp(`^${join(dir, 'backups')}/thermometer-\\d{8}-\\d{6}\\.db$`));
    expect(result.stdout).toContain(`(${statSync(path).size} bytes)`);
    expect(result.stdout).toMatch(/integrity\s+ok/);
    expect(coalitionNamesIn(path)).toEqual(['Coalitie Noord']);
  });

  it('exits with 1 when the backup fails and with 2 on wrong usage', { timeout: CLI_TIMEOUT }, async () => {
    const { dir, databasePath } = setUp();

    const [missing, unknownOption] = await Promise.all([
      runScript('backup', ['--out', join(dir, 'b.db')], join(dir, 'elders', 'thermometer.db')),
      runScript('backup', ['--outt', join(dir, 'b.db')], databasePath),
    ]);

    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Backup failed: .*does not exist/);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain('Usage:');
    expect(existsSync(join(dir, 'b.db'))).toBe(false);
  });
});

describe('scripts/src/restore.ts', () => {
  it('replaces the database only with --force, and reminds to stop the server', { timeout: CLI_TIMEOUT }, async () => {
    const { dir, databasePath } = setUp('Coalitie Uit Backup');
    const backupPath = join(dir, 'backup.db');
    expect((await runScript('backup', ['--out', backupPath], databasePath)).code).toBe(0);
    rmSync(databasePath);
    openDatabase(databasePath).close();
    const before = readFileSync(databasePath);

    const refused = await runScript('restore', [backupPath], databasePath);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(databasePath).equals(before)).toBe(true);

    const forced = await runScript('restore', [backupPath, '--force'], databasePath);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('server is stopped');
    expect(forced.stdout).toContain(`into ${databasePath}, replacing`);
    expect(coalitionNamesIn(databasePath)).toEqual(['Coalitie Uit Backup']);
  });

  it('exits with 2 without a backup file or with an unknown option', { timeout: CLI_TIMEOUT }, async () => {
    const { databasePath } = setUp();
    const results = await Promise.all([
      runScript('restore', [], databasePath),
      runScript('restore', ['a.db', 'b.db'], databasePath),
      runScript('restore', ['a.db', '--fource'], databasePath),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    for (const result of results) expect(result.stderr).toContain('Usage:');
  });
});
