import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { constants, copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/*
 * Backups copy the database with SQLite's online backup API over a connection of their own, so a
 * copy can be taken while the server keeps running and writing: in WAL mode a reader sees one
 * committed snapshot and writers never wait for it. The copy is checked with
 * `PRAGMA integrity_check` before it gets its final name, so a file called a backup is a good one.
 *
 * A restore replaces the database file itself. THE SERVER MUST BE STOPPED during a restore: a
 * running server keeps its connection, WAL and shared memory on the old file and would go on
 * writing into a database that no longer exists, or mix its WAL into the restored one.
 * restoreDatabase refuses a target that another process still has open.
 */

export interface BackupResult {
  targetPath: string;
  bytes: number;
  integrity: 'ok';
}

export interface RestoreResult extends BackupResult {
  /** True when an existing database was replaced (only with `force`). */
  replaced: boolean;
}

export interface RestoreOptions {
  /** Replace an existing database. */
  force?: boolean;
}

export type BackupErrorCode =
  | 'source_missing'
  | 'target_exists'
  | 'target_in_use'
  | 'not_a_database'
  | 'integrity_failed'
  | 'unfinished_wal';

/** An expected refusal, with a code callers can act on (the CLI suggests --force on target_exists). */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

// The progress callback answers how many pages to copy in the next step. All of them at once
// makes the copy a single read transaction: a copy in small steps restarts from the first page
// whenever another connection writes in between, and under steady writes it might never finish.
const ALL_PAGES = 0x7fffffff;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Copies a (possibly running) database into a new file and verifies the copy. Never overwrites. */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<BackupResult> {
  const source = resolve(sourcePath);
  const target = resolve(targetPath);
  if (!existsSync(source)) throw new BackupError('source_missing', `${source} does not exist.`);
  await mkdir(dirname(target), { recursive: true });
  await reserveNewFile(target);

  // Written beside the target and renamed at the end, so an interrupted backup never leaves a
  // half-written file under a backup's name.
  const partial = `${target}.partial`;
  try {
    await removeDatabaseFiles(partial);
    await copyOnline(source, partial);
    makeSelfContained(partial);
    verifyDatabaseFile(partial);
    await fsyncFile(partial);
    await rename(partial, target);
  } catch (error) {
    await removeDatabaseFiles(partial);
    await rm(target, { force: true });
    throw error;
  }
  await fsyncDirectory(dirname(target));
  return { targetPath: target, bytes: (await stat(target)).size, integrity: 'ok' };
}

/**
 * Puts a verified backup in place of the database at targetPath. The server must be stopped (see
 * above). The swap is atomic: the backup is copied beside the target, flushed, and renamed over it.
 */
export async function restoreDatabase(
  backupPath: string,
  targetPath: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const backup = resolve(backupPath);
  const target = resolve(targetPath);
  if (!existsSync(backup)) throw new BackupError('source_missing', `${backup} does not exist.`);
  assertNoUnfinishedWal(backup);
  verifyDatabaseFile(backup);

  const replaced = existsSync(target);
  if (replaced && !options.force) {
    throw new BackupError('target_exists', `${target} already exists; a restore only replaces it when forced.`);
  }
  if (replaced) assertNotInUse(target);

  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.restore-${process.pid}.tmp`;
  try {
    await rm(temporary, { force: true }); // left behind by an earlier, interrupted restore
    await copyFile(backup, temporary, constants.COPYFILE_EXCL);
    await fsyncFile(temporary);
    // Stale -wal/-journal files of the old database would be replayed into the restored one.
    // They go first: should the rename then fail, the old file is still whole, as checkpointed.
    await removeSidecarFiles(target);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await fsyncDirectory(dirname(target));
  return { targetPath: target, bytes: (await stat(target)).size, integrity: 'ok', replaced };
}

// ---------------------------------------------------------------------------------------------

async function copyOnline(source: string, destination: string) {
  // Read-only: the backup must never be the connection that changes the live database.
  const connection = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // Note that the one big step runs synchronously, so a backup blocks its own event loop while
    // it copies; run it from a script, not inside a request.
    await connection.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    connection.close();
  }
}

/**
 * The copy inherits WAL mode from the live database; switching it to a rollback journal makes the
 * backup one file that can be copied, mailed or archived on its own.
 */
function makeSelfContained(path: string) {
  const connection = new Database(path, { fileMustExist: true });
  try {
    connection.pragma('journal_mode = DELETE');
  } finally {
    connection.close();
  }
}

function verifyDatabaseFile(path: string) {
  if (!hasSqliteHeader(path)) throw new BackupError('not_a_database', `${path} is not a SQLite database.`);
  const connection = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const problems = integrityProblems(connection, path);
    if (problems.length > 0) {
      throw new BackupError('integrity_failed', `${path} failed the integrity check: ${problems.join('; ')}`);
    }
    if (!hasMigrationsTable(connection)) {
      throw new BackupError('not_a_database', `${path} is a SQLite database, but not one of this application.`);
    }
  } finally {
    connection.close();
  }
}

/** An empty list means 'ok'. A badly damaged file makes SQLite throw instead of report; both count. */
function integrityProblems(connection: Database.Database, path: string): string[] {
  let rows: unknown[];
  try {
    rows = connection.prepare('pragma integrity_check(20)').pluck().all();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError('integrity_failed', `${path} failed the integrity check: ${reason}`);
  }
  const messages = rows.map(String);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** Every database of this application has drizzle's migration journal; an empty SQLite file does not. */
function hasMigrationsTable(connection: Database.Database): boolean {
  const found = connection
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .pluck()
    .get();
  return found === 1;
}

function hasSqliteHeader(path: string): boolean {
  if (statSync(path).size < SQLITE_HEADER.length) return false;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(SQLITE_HEADER);
}

/** A copied file whose WAL still holds commits would be restored without them. */
function assertNoUnfinishedWal(path: string) {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new BackupError(
      'unfinished_wal',
      `${path} has an unfinished write-ahead log beside it (${wal}); use a file made by the backup command.`,
    );
  }
}

/**
 * SQLite removes the -wal file when the last connection to a database closes. So: fold the WAL
 * into the file, close, and if the -wal is still there another process (the server) has it open.
 */
function assertNotInUse(path: string) {
  let connection: Database.Database | undefined;
  try {
    connection = new Database(path, { fileMustExist: true });
    connection.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A target SQLite cannot read has nothing to checkpoint; it is about to be replaced anyway.
  } finally {
    connection?.close();
  }
  if (existsSync(`${path}-wal`)) {
    throw new BackupError(
      'target_in_use',
      `${path} is still open in another process (its -wal file stays after closing); stop the server before restoring.`,
    );
  }
}

/** Creates the file exclusively, so two backups never race for one name and nothing is overwritten. */
async function reserveNewFile(path: string) {
  try {
    await (await open(path, 'wx')).close();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new BackupError('target_exists', `${path} already exists; a backup never overwrites a file.`);
    }
    throw error;
  }
}

const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'];

async function removeSidecarFiles(path: string) {
  for (const suffix of SIDECAR_SUFFIXES) await rm(`${path}${suffix}`, { force: true });
}

async function removeDatabaseFiles(path: string) {
  await rm(path, { force: true });
  await removeSidecarFiles(path);
}

async function fsyncFile(path: string) {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open a directory; the rename is still atomic there. */
async function fsyncDirectory(path: string) {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort by design, see above.
  }
}
