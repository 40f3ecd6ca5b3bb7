import type { Db } from '@tks/db/client';
import { outboxMessages } from '@tks/db/schema';
import type { OutboxMessage } from '@tks/shared/schemas/outbox';
import { desc, eq, isNull } from 'drizzle-orm';

export interface NewOutboxMessage {
  coalitionId: number | null;
  toAddress: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  transport: 'smtp' | 'outbox';
}

export function insertOutboxMessage(db: Db, message: NewOutboxMessage): number {
  const row = db.insert(outboxMessages).values(message).returning({ id: outboxMessages.id }).get();
  return row.id;
}

export function markOutboxMessageSent(db: Db, id: number, sentAt: string) {
  db.update(outboxMessages).set({ sentAt, error: null }).where(eq(outboxMessages.id, id)).run();
}

export function markOutboxMessageFailed(db: Db, id: number, error: string) {
  db.update(outboxMessages).set({ error }).where(eq(outboxMessages.id, id)).run();
}

/**
 * The newest messages of one coalition, or of the platform itself with `coalitionId: null` (password
 * resets and other mail that belongs to no coalition), so one coalition never sees another's mail.
 */
export function selectOutbox(db: Db, query: { coalitionId: number | null; limit: number }): OutboxMessage[] {
  const scope =
    query.coalitionId === null ? isNull(outboxMessages.coalitionId) : eq(outboxMessages.coalitionId, query.coalitionId);
  return (
    db
      .select({
        id: outboxMessages.id,
        toAddress: outboxMessages.toAddress,
        subject: outboxMessages.subject,
        bodyText: outboxMessages.bodyText,
        createdAt: outboxMessages.createdAt,
        transport: outboxMessages.transport,
        sentAt: outboxMessages.sentAt,
        error: outboxMessages.error,
      })
      .from(outboxMessages)
      .where(scope)
      // created_at has millisecond precision; the id breaks ties between mails of one request.
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(query.limit)
      .all()
  );
}
