import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restoreDatabase } from '@tks/db/backup';
import { loadConfigOrExit } from '@tks/server/server';
import { describeSize, errorMessage, parseCommandLineOrExit } from './cli';

// Puts a backup in place of DATABASE_PATH. The server must be stopped first: it would keep
// writing into the file that is being replaced.
const USAGE = 'Usage: node --import tsx scripts/src/restore.ts <backup-file> [--force]';

const { values, positionals } = parseCommandLineOrExit(USAGE, () =>
  parseArgs({
    options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  }),
);
const [backupFile, ...extra] = positionals;
if (!backupFile || extra.length > 0) {
  console.error(backupFile ? `Unexpected argument: ${extra.join(' ')}` : 'Name the backup file to restore.');
  console.error(USAGE);
  process.exit(2);
}
const config = loadConfigOrExit();

console.log('Make sure the server is stopped: a restore replaces its database file.');
try {
  const result = await restoreDatabase(backupFile, config.DATABASE_PATH, { force: values.force ?? false });
  console.log(
    `Restored ${resolve(backupFile)} into ${result.targetPath}` +
      (result.replaced ? ', replacing the database that was there.' : '.'),
  );
  console.log(`  size       ${describeSize(result.bytes)}`);
  console.log(`  integrity  ${result.integrity}`);
  console.log('Start the server again; it applies any newer migrations at start-up.');
} catch (error) {
  console.error(`Restore failed: ${errorMessage(error)}`);
  if (error instanceof BackupError && error.code === 'target_exists') {
    console.error('Run again with --force to replace it; take a backup of it first if it may still be needed.');
  }
  process.exitCode = 1;
}
