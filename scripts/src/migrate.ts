import { databaseStatus, openDatabase } from '@tks/db/client';
import { loadConfigOrExit } from '@tks/server/server';

// The server migrates at start-up too; this is for operators who want to do it ahead of a deploy.
const config = loadConfigOrExit();
const handle = openDatabase(config.DATABASE_PATH);
const status = databaseStatus(handle.db);
console.log(`${handle.path}: ${status.appliedMigrations} migrations applied (SQLite ${status.sqliteVersion})`);
handle.close();
