import { openDatabase } from '@tks/db/client';
import { loadConfigOrExit, startServer } from '@tks/server/server';
import { demoLoginsIfPresent, isDatabaseEmpty, loadDemoCoalition } from './demo/load';

/*
 * `pnpm start`: open (and migrate) the database, load the demo coalition into an empty one unless
 * DEMO_DATA=false, serve, and tell the person at the terminal where to go and how to sign in.
 */
const config = loadConfigOrExit();
const handle = openDatabase(config.DATABASE_PATH);

if (config.DEMO_DATA && isDatabaseEmpty(handle.db)) {
  const started = Date.now();
  const { coalition } = await loadDemoCoalition(handle.db);
  console.log(`Loaded the demo coalition "${coalition.name}" into ${handle.path} in ${Date.now() - started} ms.`);
}

const server = await startServer(config, handle);
const logins = demoLoginsIfPresent(handle.db);

console.log('');
console.log(`Thermometer Kansrijke Start is running on ${server.url}`);
console.log(`API documentation: ${server.url}/api/docs`);
if (logins.length > 0) {
  console.log('');
  console.log('Demo logins (e-mail and password):');
  for (const login of logins) console.log(`  ${login.role.padEnd(14)} ${login.email.padEnd(40)} ${login.password}`);
}
console.log('');
console.log('Stop with Ctrl+C.');
