import { openDatabase } from '@tks/db/client';
import { loadConfigOrExit } from '@tks/server/server';
import { isDatabaseEmpty, loadDemoCoalition } from './demo/load';

// Loads the demo coalition into DATABASE_PATH; refuses a database that already holds data.
const config = loadConfigOrExit();
const handle = openDatabase(config.DATABASE_PATH);
try {
  if (!isDatabaseEmpty(handle.db)) {
    console.error(`${handle.path} already holds data; the demo coalition is only loaded into an empty database.`);
    process.exitCode = 1;
  } else {
    const { coalition, logins } = await loadDemoCoalition(handle.db);
    console.log(`Loaded "${coalition.name}" into ${handle.path}.`);
    for (const login of logins) console.log(`  ${login.role.padEnd(14)} ${login.email.padEnd(40)} ${login.password}`);
  }
} finally {
  handle.close();
}
