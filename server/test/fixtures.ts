import type { Db } from '@tks/db/client';
import { authTokens } from '@tks/db/schema';
import { hashToken, randomToken } from '../src/features/auth/tokens';

/** A pending invitation with a known token, for tests that need one without going through the mail. */
export function createInvitationForTest(
  db: Db,
  coalitionId: number,
  values: Partial<typeof authTokens.$inferInsert> = {},
) {
  const token = randomToken();
  const [row] = db
    .insert(authTokens)
    .values({
      tokenHash: hashToken(token),
      purpose: 'invitation',
      email: 'nieuw@test.example',
      coalitionId,
      role: 'director',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      ...values,
    })
    .returning()
    .all();
  if (!row) throw new Error('invitation not inserted');
  return { ...row, token };
}
