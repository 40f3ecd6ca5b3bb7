import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '@tks/db/backup';
import { loadConfigOrExit } from '@tks/server/server';
import { describeSize, errorMessage, parseCommandLineOrExit } from './cli';

// Copies DATABASE_PATH into a verified backup file while the server may keep running.
const USAGE = 'Usage: node --import tsx scripts/src/backup.ts [--out <file>]';

const { values } = parseCommandLineOrExit(USAGE, () =>
  parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }),
);
const config = loadConfigOrExit();
const target = values.out ? resolve(values.out) : defaultBackupPath(config.DATABASE_PATH, new Date());

try {
  const result = await backupDatabase(config.DATABASE_PATH, target);
  console.log(`Backup of ${resolve(config.DATABASE_PATH)} written to ${result.targetPath}`);
  console.log(`  size       ${describeSize(result.bytes)}`);
  console.log(`  integrity  ${result.integrity}`);
} catch (error) {
  console.error(`Backup failed: ${errorMessage(error)}`);
  process.exitCode = 1;
}

/**
 * ./data/thermometer.db → ./backups/thermometer-20261122-214800.db: beside the data folder rather
 * than in it, so cleaning or mounting the data folder leaves the backups alone. The time is UTC,
 * so the names sort in time order across daylight saving changes.
 */
function defaultBackupPath(databasePath: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return join(dirname(dirname(resolve(databasePath))), 'backups', `thermometer-${stamp}.db`);
}
