import type { Db } from '@tks/db/client';
import type { InvitationInfo, SessionInfo } from '@tks/shared/schemas/auth';
import { HttpError } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import type { Mailer } from '../mail/mailer';
import { passwordResetMail } from '../mail/templates';
import {
  insertAuthToken,
  insertUser,
  markAuthTokenUsed,
  selectAuthToken,
  selectUserByEmail,
  touchLastLogin,
  updatePassword,
  upsertMembership,
} from './auth.queries';
import { hashPassword, verifyPassword } from './password';
import { deleteSessionsOfUser, selectMembershipsOfUser } from './sessions.queries';
import type { AuthContext } from './sessions.service';
import { addHours, hashToken, randomToken } from './tokens';

const PASSWORD_RESET_HOURS = 1;

/** Someone who just proved who they are acts as that person from here on, also in the log. */
function asUser(actor: Actor, user: { id: number; email: string }): Actor {
  return { ...actor, userId: user.id, label: user.email };
}
export const INVITATION_HOURS = 7 * 24;

// Verifying against a real hash when the account does not exist keeps the response time the same,
// so timing does not reveal which e-mail addresses have accounts.
let dummyHash: Promise<string> | null = null;
function dummyPasswordHash() {
  dummyHash ??= hashPassword('no account has this password');
  return dummyHash;
}

export async function verifyCredentials(db: Db, email: string, password: string) {
  const user = selectUserByEmail(db, email);
  if (!user?.passwordHash || user.disabledAt) {
    await verifyPassword(password, await dummyPasswordHash());
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : null;
}

export function recordSignIn(db: Db, user: { id: number; email: string }, actor: Actor) {
  db.transaction((tx) => {
    touchLastLogin(tx, user.id, new Date().toISOString());
    recordAudit(tx, asUser(actor, user), { coalitionId: null, action: 'login', entityType: 'user', entityId: user.id });
  });
}

export function sessionInfo(db: Db, auth: AuthContext, csrfToken: string): SessionInfo {
  return {
    user: auth.user,
    memberships: selectMembershipsOfUser(db, auth.user.id),
    csrfToken,
    expiresAt: auth.expiresAt,
  };
}

export async function requestPasswordReset(db: Db, mailer: Mailer, email: string, baseUrl: string, actor: Actor) {
  const user = selectUserByEmail(db, email);
  if (!user || user.disabledAt) return;
  const token = randomToken();
  const expiresAt = addHours(new Date(), PASSWORD_RESET_HOURS).toISOString();
  db.transaction((tx) => {
    const row = insertAuthToken(tx, {
      tokenHash: hashToken(token),
      purpose: 'password_reset',
      email,
      userId: user.id,
      expiresAt,
    });
    recordAudit(tx, actor, { coalitionId: null, action: 'create', entityType: 'password_reset', entityId: row.id });
  });
  const link = `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await mailer.send({ coalitionId: null, to: email, ...passwordResetMail({ link, expiresAt }) });
}

function usableToken(db: Db, token: string, purpose: 'password_reset' | 'invitation') {
  const found = selectAuthToken(db, hashToken(token), purpose);
  if (!found || found.token.usedAt || new Date(found.token.expiresAt) <= new Date()) {
    throw new HttpError(purpose === 'invitation' ? 404 : 400, 'token_invalid');
  }
  return found;
}

export async function confirmPasswordReset(db: Db, token: string, password: string, actor: Actor) {
  const { token: row } = usableToken(db, token, 'password_reset');
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    // Re-checked inside the transaction: two simultaneous uses of one link must not both succeed.
    usableToken(tx, token, 'password_reset');
    const now = new Date().toISOString();
    if (row.userId === null) throw new HttpError(400, 'token_invalid');
    updatePassword(tx, row.userId, passwordHash, now);
    markAuthTokenUsed(tx, row.id, now);
    deleteSessionsOfUser(tx, row.userId);
    recordAudit(tx, asUser(actor, { id: row.userId, email: row.email }), {
      coalitionId: null,
      action: 'update',
      entityType: 'user_password',
      entityId: row.userId,
    });
  });
}

export function invitationInfo(db: Db, token: string): InvitationInfo {
  const { token: row, coalitionName } = usableToken(db, token, 'invitation');
  if (!row.role || !coalitionName) throw new HttpError(404, 'token_invalid');
  const user = selectUserByEmail(db, row.email);
  return {
    email: row.email,
    coalitionName,
    role: row.role,
    accountExists: Boolean(user?.passwordHash),
    expiresAt: row.expiresAt,
  };
}

/** Creates the account (or reuses an existing one) and the membership; returns the user to sign in. */
export async function acceptInvitation(
  db: Db,
  input: { token: string; name: string; password?: string | undefined },
  actor: Actor,
) {
  const { token: row } = usableToken(db, input.token, 'invitation');
  const existing = selectUserByEmail(db, row.email);
  const needsPassword = !existing?.passwordHash;
  if (needsPassword && !input.password) throw new HttpError(400, 'password_required');
  const passwordHash = needsPassword && input.password ? await hashPassword(input.password) : null;

  return db.transaction((tx) => {
    usableToken(tx, input.token, 'invitation');
    const now = new Date().toISOString();
    if (row.coalitionId === null || row.role === null) throw new HttpError(404, 'token_invalid');
    let user = existing;
    if (!user) {
      user = insertUser(tx, { email: row.email, name: input.name, passwordHash });
      recordAudit(tx, asUser(actor, user), {
        coalitionId: row.coalitionId,
        action: 'create',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, name: user.name },
      });
    } else if (passwordHash) {
      updatePassword(tx, user.id, passwordHash, now);
    }
    const membership = upsertMembership(
      tx,
      { userId: user.id, coalitionId: row.coalitionId, role: row.role, organisationId: row.organisationId },
      now,
    );
    markAuthTokenUsed(tx, row.id, now);
    recordAudit(tx, asUser(actor, user), {
      coalitionId: row.coalitionId,
      action: 'grant',
      entityType: 'membership',
      entityId: membership.id,
      after: { userId: user.id, role: row.role, organisationId: row.organisationId },
    });
    return user;
  });
}
