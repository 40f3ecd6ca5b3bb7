import { openDatabase } from '../client';
import { auditLog } from '../schema';

/*
 * Test fixture: a second process that writes to a database file as the server does, one audit row
 * per transaction, and prints the id of each row only after its commit. A test that reads these
 * lines knows exactly which rows were committed before a given moment.
 *
 * It stops when its stdin closes (the test is done with it, or the test process died) and after
 * MAX_RUNTIME_MS at the latest, so it can never outlive a test run for long.
 */
const MAX_RUNTIME_MS = 20_000;
// Rows of realistic size, so the database spans many pages and a backup has real work to do.
const PAYLOAD = 'x'.repeat(400);

const path = process.argv[2];
if (!path) {
  console.error('Usage: audit-writer.ts <database-file>');
  process.exit(2);
}

const handle = openDatabase(path, { migrate: false });
let running = true;
const stop = () => {
  running = false;
};
process.stdin.on('end', stop).on('close', stop).resume();
setTimeout(stop, MAX_RUNTIME_MS).unref();

function insertRow(): number {
  return handle.db
    .insert(auditLog)
    .values({ actor: 'audit-writer', action: 'tick', entityType: 'backup-test', after: { payload: PAYLOAD } })
    .returning({ id: auditLog.id })
    .get().id;
}

/** Writes for a few milliseconds at a time, then yields so the end of stdin is noticed. */
function writeForAWhile() {
  const until = Date.now() + 5;
  while (running && Date.now() < until) process.stdout.write(`${insertRow()}\n`);
  if (running) {
    setImmediate(writeForAWhile);
    return;
  }
  handle.close();
  process.stdin.destroy();
}

writeForAWhile();
