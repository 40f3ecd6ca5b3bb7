import type { Db } from '@tks/db/client';
import type { CoalitionRole } from '@tks/shared/domain';
import type { NewAccountInvitation } from '@tks/shared/schemas/members';
import { HttpError, notFound } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { insertAuthToken, selectMembership, selectUserByEmail } from '../auth/auth.queries';
import { INVITATION_HOURS } from '../auth/auth.service';
import type { CoalitionContext } from '../auth/sessions.service';
import { addHours, hashToken, randomToken } from '../auth/tokens';
import type { Mailer } from '../mail/mailer';
import { invitationMail } from '../mail/templates';
import {
  countCoordinators,
  expireInvitation,
  organisationBelongsTo,
  selectMember,
  selectMembers,
  selectPendingInvitations,
  updateMembership,
} from './members.queries';

export function listMembers(db: Db, coalitionId: number) {
  return {
    members: selectMembers(db, coalitionId),
    invitations: selectPendingInvitations(db, coalitionId, new Date().toISOString()).flatMap((i) =>
      i.role ? [{ ...i, role: i.role }] : [],
    ),
  };
}

interface InvitationRequest {
  coalition: { id: number; name: string };
  email: string;
  role: CoalitionRole;
  organisationId: number | null;
}

/** Inside the caller's transaction: the token row and its audit entry. The mail goes out after commit. */
export function issueInvitation(tx: Db, request: InvitationRequest, actor: Actor) {
  const token = randomToken();
  const expiresAt = addHours(new Date(), INVITATION_HOURS).toISOString();
  const row = insertAuthToken(tx, {
    tokenHash: hashToken(token),
    purpose: 'invitation',
    email: request.email,
    coalitionId: request.coalition.id,
    role: request.role,
    organisationId: request.organisationId,
    createdBy: actor.userId,
    expiresAt,
  });
  recordAudit(tx, actor, {
    coalitionId: request.coalition.id,
    action: 'create',
    entityType: 'invitation',
    entityId: row.id,
    after: { email: request.email, role: request.role, organisationId: request.organisationId },
  });
  return { token, row };
}

export async function sendInvitation(
  mailer: Mailer,
  request: InvitationRequest,
  token: string,
  expiresAt: string,
  baseUrl: string,
  inviterName: string | null,
) {
  const link = `${baseUrl}/invitation?token=${encodeURIComponent(token)}`;
  await mailer.send({
    coalitionId: request.coalition.id,
    to: request.email,
    ...invitationMail({ coalitionName: request.coalition.name, role: request.role, link, expiresAt, inviterName }),
  });
}

export async function inviteMember(
  db: Db,
  mailer: Mailer,
  coalition: CoalitionContext,
  input: NewAccountInvitation,
  actor: Actor & { name: string | null },
  baseUrl: string,
) {
  const organisationId = input.organisationId ?? null;
  if (organisationId !== null && !organisationBelongsTo(db, coalition.id, organisationId)) {
    throw new HttpError(400, 'organisation_unknown');
  }
  const existing = selectUserByEmail(db, input.email);
  const membership = existing ? selectMembership(db, existing.id, coalition.id) : undefined;
  if (membership && !membership.revokedAt) throw new HttpError(409, 'already_member');

  const request = { coalition, email: input.email, role: input.role, organisationId };
  const { token, row } = db.transaction((tx) => issueInvitation(tx, request, actor));
  await sendInvitation(mailer, request, token, row.expiresAt, baseUrl, actor.name);
  return {
    id: row.id,
    email: row.email,
    role: input.role,
    organisationId: row.organisationId,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  };
}

export function revokeInvitation(db: Db, coalitionId: number, id: number, actor: Actor) {
  db.transaction((tx) => {
    if (expireInvitation(tx, coalitionId, id, new Date().toISOString()) === 0) throw notFound();
    recordAudit(tx, actor, { coalitionId, action: 'revoke', entityType: 'invitation', entityId: id });
  });
}

function guardLastCoordinator(db: Db, coalitionId: number, currentRole: CoalitionRole, nextRole: CoalitionRole | null) {
  if (currentRole === 'coordinator' && nextRole !== 'coordinator' && countCoordinators(db, coalitionId) <= 1) {
    throw new HttpError(409, 'last_coordinator');
  }
}

export function updateMember(
  db: Db,
  coalitionId: number,
  userId: number,
  change: { role: CoalitionRole; organisationId: number | null },
  actor: Actor,
) {
  return db.transaction((tx) => {
    const before = selectMember(tx, coalitionId, userId);
    if (!before) throw notFound();
    if (change.organisationId !== null && !organisationBelongsTo(tx, coalitionId, change.organisationId)) {
      throw new HttpError(400, 'organisation_unknown');
    }
    guardLastCoordinator(tx, coalitionId, before.role, change.role);
    updateMembership(tx, coalitionId, userId, { ...change, updatedAt: new Date().toISOString() });
    const after = selectMember(tx, coalitionId, userId);
    if (!after) throw notFound();
    recordAudit(tx, actor, {
      coalitionId,
      action: 'update',
      entityType: 'membership',
      entityId: userId,
      before: { role: before.role, organisationId: before.organisationId },
      after: { role: after.role, organisationId: after.organisationId },
    });
    return after;
  });
}

export function removeMember(db: Db, coalitionId: number, userId: number, actor: Actor) {
  db.transaction((tx) => {
    const before = selectMember(tx, coalitionId, userId);
    if (!before) throw notFound();
    guardLastCoordinator(tx, coalitionId, before.role, null);
    updateMembership(tx, coalitionId, userId, { revokedAt: new Date().toISOString() });
    recordAudit(tx, actor, {
      coalitionId,
      action: 'revoke',
      entityType: 'membership',
      entityId: userId,
      before: { role: before.role, organisationId: before.organisationId },
    });
  });
}
