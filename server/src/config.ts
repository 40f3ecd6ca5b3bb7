import { z } from 'zod';

const zBooleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const zEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_PATH: z.string().min(1).default('./data/thermometer.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo coalition into an empty database at start-up. */
  DEMO_DATA: zBooleanFlag.default(true),
  /** How long a session lasts without use; every request extends it. */
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Base URL for links in e-mails, e.g. https://thermometer.example.nl; derived from the request when unset. */
  PUBLIC_URL: z.url().optional(),
  /** e.g. smtp://user:password@smtp.example.nl:587; without it every e-mail lands in the in-app outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'Expected smtp://… or smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Thermometer Kansrijke Start <noreply@thermometer.localhost>'),
  /** Folder with the built client; served from the same port when it exists. */
  CLIENT_DIST: z.string().min(1).optional(),
});

export type Config = z.infer<typeof zEnv>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from environment variables; throws one readable error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = zEnv.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
