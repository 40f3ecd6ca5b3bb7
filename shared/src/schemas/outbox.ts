import { z } from 'zod';

export const zOutboxMessage = z
  .object({
    id: z.number().int(),
    toAddress: z.string(),
    subject: z.string(),
    bodyText: z.string(),
    createdAt: z.string(),
    transport: z.enum(['smtp', 'outbox']),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof zOutboxMessage>;

export const zOutbox = z.object({ messages: z.array(zOutboxMessage) }).meta({ id: 'Outbox' });
