import type { Db } from '@tks/db/client';
import nodemailer from 'nodemailer';
import { insertOutboxMessage, markOutboxMessageFailed, markOutboxMessageSent } from './mail.queries';

export interface OutgoingMail {
  /** The coalition the mail belongs to; null for platform mail such as a password reset. */
  coalitionId: number | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type MailTransport = 'smtp' | 'outbox';

export interface SendResult {
  /** The outbox row that records the message. */
  id: number;
  transport: MailTransport;
  /** True only when the SMTP server accepted the message. */
  delivered: boolean;
}

export interface Mailer {
  readonly transport: MailTransport;
  /** Never rejects because of SMTP trouble: a failed delivery is recorded on the outbox row. */
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}

export interface MailLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface MailerOptions {
  /** smtp://user:pass@host:port or smtps://…; without it mail only lands in the outbox. */
  smtpUrl?: string;
  from: string;
  logger?: MailLogger;
}

// nodemailer waits up to 2 minutes for a connection and 10 for a stalled socket; mail is sent
// while a request waits, so a dead relay must fail within seconds, not minutes.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

// The outbox shows the error to a coordinator: one line is enough and a stack would be noise.
const MAX_ERROR_LENGTH = 300;

type SmtpTransport = ReturnType<typeof createSmtpTransport>;

/**
 * Every message is written to the outbox first, so nothing is lost when SMTP is missing or down
 * and the coordinator can read what was sent (or what failed) in the app.
 */
export function createMailer(db: Db, options: MailerOptions): Mailer {
  const smtp = options.smtpUrl ? createSmtpTransport(options.smtpUrl) : null;
  const transport: MailTransport = smtp ? 'smtp' : 'outbox';

  return {
    transport,
    async send(mail) {
      const id = insertOutboxMessage(db, {
        coalitionId: mail.coalitionId,
        toAddress: mail.to,
        subject: mail.subject,
        bodyText: mail.text,
        bodyHtml: mail.html ?? null,
        transport,
      });
      // The body is left out on purpose: it carries single-use links.
      const context = { outboxId: id, to: mail.to, subject: mail.subject, transport };
      if (!smtp) {
        options.logger?.info(context, 'mail stored in the outbox');
        return { id, transport, delivered: false };
      }
      const failure = await deliver(smtp, options.from, mail);
      if (failure === null) {
        markOutboxMessageSent(db, id, new Date().toISOString());
        options.logger?.info(context, 'mail sent');
        return { id, transport, delivered: true };
      }
      markOutboxMessageFailed(db, id, failure);
      options.logger?.error({ ...context, error: failure }, 'mail could not be sent');
      return { id, transport, delivered: false };
    },
    close() {
      smtp?.close();
    },
  };
}

function createSmtpTransport(smtpUrl: string) {
  assertSmtpUrl(smtpUrl);
  return nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
}

/** Fails at start-up rather than on the first invitation; never echoes the URL, which may hold a password. */
function assertSmtpUrl(smtpUrl: string) {
  let protocol: string;
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    throw new Error('The SMTP URL is not a valid URL (expected smtp://user:pass@host:port or smtps://…)');
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new Error(`The SMTP URL must start with smtp:// or smtps://, not ${protocol}//`);
  }
}

/** Returns null when the server accepted the message, otherwise a short reason. */
async function deliver(smtp: SmtpTransport, from: string, mail: OutgoingMail): Promise<string | null> {
  try {
    await smtp.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    return null;
  } catch (error) {
    return shortErrorMessage(error);
  }
}

function shortErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? `${error.code}: ` : '';
  const firstLine = `${code}${message}`.split('\n', 1)[0] ?? '';
  return firstLine.length > MAX_ERROR_LENGTH ? `${firstLine.slice(0, MAX_ERROR_LENGTH - 1)}…` : firstLine;
}
