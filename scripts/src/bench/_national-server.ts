import { openDatabase } from '@tks/db/client';
import { buildApp } from '@tks/server/app';

/*
 * The server the national benchmark measures, in a process of its own: the real app on the
 * national database, plus one bare JSON route beside it so both are measured on the same server in
 * the same run. Prints its address as one JSON line once it listens.
 */

const path = process.argv[2];
if (!path) throw new Error('usage: _national-server.ts <database file>');
const handle = openDatabase(path);
const app = await buildApp({ db: handle.db, logger: false });
app.get('/bench/bare', async () => ({ ok: true }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));

const stop = async () => {
  await app.close();
  handle.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
