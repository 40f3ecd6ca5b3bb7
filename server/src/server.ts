import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openDatabase } from '@tks/db/client';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { requestForLog } from './plugins/request-log';

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), builds the app and listens. SIGINT/SIGTERM close the server
 * first (in-flight requests finish) and the database last.
 */
export async function startServer(config: Config, database?: DatabaseHandle): Promise<RunningServer> {
  const handle = database ?? openDatabase(config.DATABASE_PATH);
  const logger = { level: config.LOG_LEVEL, serializers: { req: requestForLog } };
  const app = await buildApp({
    db: handle.db,
    clientDist: config.CLIENT_DIST ?? DEFAULT_CLIENT_DIST,
    logger,
    mail: { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM },
    sessionIdleHours: config.SESSION_IDLE_HOURS,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
  });

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    handle.close();
  };

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await close();
  });

  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { url: `http://localhost:${port}`, close };
}

/** Reads the configuration, or prints what is wrong with it and exits. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

// Started directly (`node --import tsx server/src/server.ts`): the API without demo data.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startServer(loadConfigOrExit());
  console.log(`Thermometer Kansrijke Start listens on ${server.url}`);
}
