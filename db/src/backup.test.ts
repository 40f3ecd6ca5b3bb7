import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase, restoreDatabase } from './backup';
import { openDatabase } from './client';
import { auditLog, coalitions } from './schema';

const WORKSPACE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITER = fileURLToPath(new URL('./test-fixtures/audit-writer.ts', import.meta.url));

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tks-backup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated database file holding the given coalitions, closed again unless kept open. */
function createDatabaseFile(path: string, coalitionNames: string[], options: { keepOpen?: boolean } = {}) {
  const handle = openDatabase(path);
  for (const [index, name] of coalitionNames.entries()) {
    handle.db
      .insert(coalitions)
      .values({ slug: `c${index}`, name, municipality: name })
      .run();
  }
  if (options.keepOpen) cleanups.push(handle.close);
  else handle.close();
  return handle;
}

function coalitionNamesIn(path: string): string[] {
  const handle = openDatabase(path, { migrate: false });
  try {
    return handle.db
      .select({ name: coalitions.name })
      .from(coalitions)
      .orderBy(coalitions.id)
      .all()
      .map((row) => row.name);
  } finally {
    handle.close();
  }
}

/** Straight through better-sqlite3, so the check does not rely on the code under test. */
function integrityOf(path: string): string {
  const connection = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return String(connection.pragma('integrity_check', { simple: true }));
  } finally {
    connection.close();
  }
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

// ---------------------------------------------------------------------------------------------
// A writer in a separate process, as the server would be
// ---------------------------------------------------------------------------------------------

interface Writer {
  /** Ids the writer has reported as committed, in order. */
  committed: number[];
  waitForCommits(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

function startWriter(databasePath: string): Writer {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WRITER, databasePath], {
    cwd: WORKSPACE_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const committed: number[] = [];
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => committed.push(Number(line)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    child.stdin?.end();
    const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timeout);
  };
  cleanups.push(stop);

  return {
    committed,
    stop,
    async waitForCommits(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (committed.length < count) {
        if (child.exitCode !== null) throw new Error(`the writer exited early: ${errors}`);
        if (Date.now() > deadline) throw new Error(`the writer committed only ${committed.length} rows: ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------

describe('backupDatabase', () => {
  it('takes a consistent backup while another process keeps writing', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    createDatabaseFile(live, ['Coalitie Noord']);
    const writer = startWriter(live);
    await writer.waitForCommits(500);

    // Every id seen here was printed after its commit, so before the backup started.
    const committedBefore = [...writer.committed];
    const backup = await backupDatabase(live, join(dir, 'backups', 'live-backup.db'));
    // Proof that the writer was still going around the backup, not finished or stuck.
    await writer.waitForCommits(committedBefore.length + 200);
    await writer.stop();

    expect(backup).toEqual({
      targetPath: join(dir, 'backups', 'live-backup.db'),
      bytes: expect.any(Number),
      integrity: 'ok',
    });
    const restoredPath = join(dir, 'restored', 'thermometer.db');
    await restoreDatabase(backup.targetPath, restoredPath);
    expect(integrityOf(restoredPath)).toBe('ok');

    const restored = openDatabase(restoredPath);
    cleanups.push(restored.close);
    const ids = restored.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .orderBy(auditLog.id)
      .all()
      .map((row) => row.id);
    expect(ids.length).toBeGreaterThanOrEqual(committedBefore.length);
    const present = new Set(ids);
    expect(committedBefore.filter((id) => !present.has(id))).toEqual([]);
    // One snapshot: the rows are exactly the first n commits, without a gap.
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, index) => index + 1));
    expect(ids.length).toBeLessThanOrEqual(writer.committed.length);
  });

  it('copies an open database into one self-contained file', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    createDatabaseFile(live, ['Coalitie Noord', 'Coalitie Zuid'], { keepOpen: true });

    const result = await backupDatabase(live, join(dir, 'backup.db'));

    expect(result.integrity).toBe('ok');
    expect(result.bytes).toBe(readFileSync(result.targetPath).length);
    expect(existsSync(`${result.targetPath}-wal`)).toBe(false);
    expect(existsSync(`${result.targetPath}.partial`)).toBe(false);
    const connection = new Database(result.targetPath, { readonly: true });
    expect(connection.pragma('journal_mode', { simple: true })).toBe('delete');
    connection.close();
    expect(coalitionNamesIn(result.targetPath)).toEqual(['Coalitie Noord', 'Coalitie Zuid']);
  });

  it('never overwrites an existing file', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    createDatabaseFile(live, ['Coalitie Noord']);
    const target = join(dir, 'backup.db');
    writeFileSync(target, 'an earlier backup');

    const error = await refusal(backupDatabase(live, target));

    expect(error.code).toBe('target_exists');
    expect(readFileSync(target, 'utf8')).toBe('an earlier backup');
  });

  it('refuses a source that does not exist and leaves no file behind', async () => {
    const dir = tempDir();
    const error = await refusal(backupDatabase(join(dir, 'missing.db'), join(dir, 'backup.db')));
    expect(error.code).toBe('source_missing');
    expect(existsSync(join(dir, 'backup.db'))).toBe(false);
  });
});

describe('restoreDatabase', () => {
  async function backupOf(dir: string, names: string[]) {
    const source = join(dir, `source-${names.length}.db`);
    createDatabaseFile(source, names);
    return (await backupDatabase(source, join(dir, `backup-${names.length}.db`))).targetPath;
  }

  it('refuses an existing target without force and leaves it unchanged', async () => {
    const dir = tempDir();
    const backup = await backupOf(dir, ['Coalitie Uit Backup']);
    const target = join(dir, 'thermometer.db');
    createDatabaseFile(target, ['Coalitie Huidig']);
    const before = readFileSync(target);

    const error = await refusal(restoreDatabase(backup, target));

    expect(error.code).toBe('target_exists');
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it('replaces an existing target with force, also when it left its WAL behind', async () => {
    const dir = tempDir();
    const backup = await backupOf(dir, ['Coalitie Uit Backup']);
    const target = join(dir, 'thermometer.db');
    // A crash leaves -wal and -shm beside the file; keep copies from while it was open.
    const old = createDatabaseFile(target, ['Coalitie Huidig'], { keepOpen: true });
    copyFileSync(`${target}-wal`, join(dir, 'stale-wal'));
    copyFileSync(`${target}-shm`, join(dir, 'stale-shm'));
    old.close();
    copyFileSync(join(dir, 'stale-wal'), `${target}-wal`);
    copyFileSync(join(dir, 'stale-shm'), `${target}-shm`);

    const result = await restoreDatabase(backup, target, { force: true });

    expect(result).toMatchObject({ targetPath: target, integrity: 'ok', replaced: true });
    expect(readFileSync(target).equals(readFileSync(backup))).toBe(true);
    for (const suffix of ['-wal', '-shm', '-journal']) expect(existsSync(`${target}${suffix}`)).toBe(false);
    expect(coalitionNamesIn(target)).toEqual(['Coalitie Uit Backup']);
  });

  it('refuses a target that another connection still has open', async () => {
    const dir = tempDir();
    const backup = await backupOf(dir, ['Coalitie Uit Backup']);
    const target = join(dir, 'thermometer.db');
    createDatabaseFile(target, ['Coalitie Huidig'], { keepOpen: true });

    const error = await refusal(restoreDatabase(backup, target, { force: true }));

    expect(error.code).toBe('target_in_use');
    expect(coalitionNamesIn(target)).toEqual(['Coalitie Huidig']);
  });

  it('refuses a file that is not SQLite and leaves the target byte for byte unchanged', async () => {
    const dir = tempDir();
    const target = join(dir, 'thermometer.db');
    createDatabaseFile(target, ['Coalitie Huidig']);
    const before = readFileSync(target);
    const notABackup = join(dir, 'notes.db');
    writeFileSync(notABackup, 'Dit is geen database, maar een boodschappenlijstje.\n'.repeat(200));

    const error = await refusal(restoreDatabase(notABackup, target, { force: true }));

    expect(error.code).toBe('not_a_database');
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it('refuses a corrupted backup and leaves the target byte for byte unchanged', async () => {
    const dir = tempDir();
    const backup = await backupOf(
      dir,
      Array.from({ length: 300 }, (_, i) => `Coalitie ${i} ${'x'.repeat(200)}`),
    );
    // Scribble over the middle of the file, past the header, as a failing disk would.
    const fd = openSync(backup, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 4, 0xa5), 0, 4096 * 4, 4096 * 3);
    closeSync(fd);
    const target = join(dir, 'thermometer.db');
    createDatabaseFile(target, ['Coalitie Huidig']);
    const before = readFileSync(target);

    const error = await refusal(restoreDatabase(backup, target, { force: true }));

    expect(error.code).toBe('integrity_failed');
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it('refuses an SQLite file that is not a database of this application', async () => {
    const dir = tempDir();
    const other = join(dir, 'other.db');
    const connection = new Database(other);
    connection.exec('create table notes (text text)');
    connection.close();

    const error = await refusal(restoreDatabase(other, join(dir, 'thermometer.db')));

    expect(error.code).toBe('not_a_database');
    expect(existsSync(join(dir, 'thermometer.db'))).toBe(false);
  });

  it('refuses a copied database whose WAL still holds commits', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    createDatabaseFile(live, ['Coalitie Noord'], { keepOpen: true });

    const error = await refusal(restoreDatabase(live, join(dir, 'thermometer.db')));

    expect(error.code).toBe('unfinished_wal');
  });
});
