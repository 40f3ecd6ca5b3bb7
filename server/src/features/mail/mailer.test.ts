import { createTestDb, type Db } from '@tks/db/client';
import { outboxMessages } from '@tks/db/schema';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { insertCoalition } from '../../../test/helper';
import { createMailer, type MailLogger } from './mailer';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function testDb(): Db {
  const handle = createTestDb();
  cleanups.push(handle.close);
  return handle.db;
}

interface ReceivedMail {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
async function startSmtpServer(options: { rejectRecipients?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipients) {
        callback(Object.assign(new Error(`Mailbox ${address.address} does not exist`), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('the SMTP server has no TCP port');
  const { port } = address;
  let stopped = false;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      stopped = true;
      server.close(() => resolve());
    });
  cleanups.push(stop);
  return { url: `smtp://127.0.0.1:${port}`, received, stop };
}

function collectingLogger() {
  const entries: Array<{ level: 'info' | 'error'; obj: object; msg: string }> = [];
  const logger: MailLogger = {
    info: (obj, msg) => entries.push({ level: 'info', obj, msg }),
    error: (obj, msg) => entries.push({ level: 'error', obj, msg }),
  };
  return { logger, entries };
}

function outboxRow(db: Db, id: number) {
  const row = db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).get();
  if (!row) throw new Error(`outbox message ${id} not found`);
  return row;
}

// A body that exercises the encodings nodemailer picks: non-ASCII text and a link with `=` in it.
const LINK = 'https://thermometer.example/uitnodiging?token=abc=def&lang=nl';
const MAIL = {
  to: 'partner@example.org',
  subject: 'Uitnodiging Thermometer Kansrijke Start',
  text: `Je bent uitgenodigd als coördinator.\n\n${LINK}\n`,
  html: `<p>Je bent uitgenodigd als coördinator.</p><p><a href="${LINK.replaceAll('&', '&amp;')}">Accepteren</a></p>`,
};

describe('createMailer with SMTP', () => {
  it('delivers the mail to the SMTP server and marks the outbox row sent', async () => {
    const db = testDb();
    const coalition = insertCoalition(db);
    const smtp = await startSmtpServer();
    const { logger, entries } = collectingLogger();
    const mailer = createMailer(db, { smtpUrl: smtp.url, from: 'thermometer@example.nl', logger });
    cleanups.push(mailer.close);

    const result = await mailer.send({ coalitionId: coalition.id, ...MAIL });

    expect(result).toEqual({ id: expect.any(Number), transport: 'smtp', delivered: true });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.mailFrom).toBe('thermometer@example.nl');
    expect(mail?.rcptTo).toEqual(['partner@example.org']);
    const message = parseMessage(mail?.raw ?? '');
    expect(message.headers.get('to')).toBe('partner@example.org');
    expect(message.headers.get('subject')).toBe(MAIL.subject);
    expect(message.text).toBe(MAIL.text);
    expect(message.html).toBe(MAIL.html);

    const row = outboxRow(db, result.id);
    expect(row).toMatchObject({
      coalitionId: coalition.id,
      toAddress: 'partner@example.org',
      subject: MAIL.subject,
      bodyText: MAIL.text,
      bodyHtml: MAIL.html,
      transport: 'smtp',
      error: null,
    });
    expect(row.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    expect(entries).toEqual([
      { level: 'info', obj: expect.objectContaining({ to: MAIL.to, subject: MAIL.subject }), msg: 'mail sent' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('token=');
  });

  it('records the error and resolves when the SMTP server cannot be reached', async () => {
    const db = testDb();
    const smtp = await startSmtpServer();
    await smtp.stop();
    const { logger, entries } = collectingLogger();
    const mailer = createMailer(db, { smtpUrl: smtp.url, from: 'thermometer@example.nl', logger });
    cleanups.push(mailer.close);

    const result = await mailer.send({ coalitionId: null, ...MAIL });

    expect(result).toEqual({ id: expect.any(Number), transport: 'smtp', delivered: false });
    const row = outboxRow(db, result.id);
    expect(row.sentAt).toBeNull();
    expect(row.transport).toBe('smtp');
    expect(row.error).toMatch(/ECONNREFUSED/);
    expect(row.error).not.toMatch(/\n|\s+at /);
    expect(row.bodyText).toBe(MAIL.text);
    expect(entries.map((e) => [e.level, e.msg])).toEqual([['error', 'mail could not be sent']]);
  });

  it("records the server's answer when it refuses the recipient", async () => {
    const db = testDb();
    const smtp = await startSmtpServer({ rejectRecipients: true });
    const mailer = createMailer(db, { smtpUrl: smtp.url, from: 'thermometer@example.nl' });
    cleanups.push(mailer.close);

    const result = await mailer.send({ coalitionId: null, ...MAIL });

    expect(result.delivered).toBe(false);
    expect(smtp.received).toHaveLength(0);
    expect(outboxRow(db, result.id).error).toMatch(/550.*does not exist/);
  });

  it('refuses a URL that is not smtp:// or smtps:// without repeating its password', () => {
    const db = testDb();
    const attempt = () => createMailer(db, { smtpUrl: 'https://user:geheim@mail.example', from: 'a@example.nl' });
    expect(attempt).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(attempt).not.toThrow(/geheim/);
    expect(() => createMailer(db, { smtpUrl: 'niet een url', from: 'a@example.nl' })).toThrow(/not a valid URL/);
  });
});

describe('createMailer without SMTP', () => {
  it('stores the mail in the outbox with transport outbox', async () => {
    const db = testDb();
    const coalition = insertCoalition(db);
    const { logger, entries } = collectingLogger();
    const mailer = createMailer(db, { from: 'thermometer@example.nl', logger });

    const result = await mailer.send({ coalitionId: coalition.id, ...MAIL });

    expect(mailer.transport).toBe('outbox');
    expect(result).toEqual({ id: expect.any(Number), transport: 'outbox', delivered: false });
    expect(outboxRow(db, result.id)).toMatchObject({
      coalitionId: coalition.id,
      toAddress: MAIL.to,
      bodyText: MAIL.text,
      bodyHtml: MAIL.html,
      transport: 'outbox',
      sentAt: null,
      error: null,
    });
    expect(entries.map((e) => e.msg)).toEqual(['mail stored in the outbox']);
    expect(JSON.stringify(entries)).not.toContain('token=');
  });
});

// ---------------------------------------------------------------------------------------------
// Just enough MIME to read back what nodemailer wrote: headers, and the text and HTML parts.
// ---------------------------------------------------------------------------------------------

interface ParsedMessage {
  headers: Map<string, string>;
  text: string | undefined;
  html: string | undefined;
}

function parseMessage(raw: string): ParsedMessage {
  const { headers, body } = splitEntity(raw);
  const parts = new Map<string, string>();
  for (const part of mimeParts(headers, body)) {
    const type = (part.headers.get('content-type') ?? 'text/plain').split(';', 1)[0] ?? '';
    parts.set(type.trim().toLowerCase(), decodeBody(part.body, part.headers.get('content-transfer-encoding')));
  }
  return { headers, text: parts.get('text/plain'), html: parts.get('text/html') };
}

function splitEntity(raw: string) {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(end + 4) };
}

function mimeParts(headers: Map<string, string>, body: string): Array<{ headers: Map<string, string>; body: string }> {
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) return [{ headers, body }];
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => splitEntity(part.replace(/^\r\n/, '')))
    .flatMap((part) => mimeParts(part.headers, part.body.replace(/\r\n$/, '')));
}

function decodeBody(body: string, encoding = '7bit'): string {
  const normalised = encoding.toLowerCase();
  if (normalised === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (normalised === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
  }
  return body.replace(/\r\n/g, '\n');
}
