import type { Db } from '@tks/db/client';
import { coalitions, instrumentVersions, invitations, organisations, responses, rounds } from '@tks/db/schema';
import { parseQuarterKey, quarterIndex } from '@tks/shared/periods';
import type {
  AddedInvitees,
  Invitee,
  RoundDetail,
  RoundList,
  RoundSummary,
  zNewInvitee,
  zNewRound,
} from '@tks/shared/schemas/questionnaires';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { HttpError } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { hashToken, randomToken } from '../auth/tokens';
import type { Mailer } from '../mail/mailer';
import { questionnaireInvitationMail, questionnaireReminderMail } from '../mail/templates';
import { ensureInstrument, publishVersion } from './instruments.service';

const DAY_MS = 86_400_000;

export function respondLink(baseUrl: string, token: string): string {
  return `${baseUrl}/q/${token}`;
}

const summaryColumns = {
  id: rounds.id,
  title: rounds.title,
  quarter: rounds.quarter,
  opensOn: rounds.opensOn,
  closesOn: rounds.closesOn,
  status: rounds.status,
  instrumentVersionId: rounds.instrumentVersionId,
  instrumentVersion: instrumentVersions.version,
  maxReminders: rounds.maxReminders,
  reminderIntervalDays: rounds.reminderIntervalDays,
  openedAt: rounds.openedAt,
  closedAt: rounds.closedAt,
  invited: sql<number>`(select count(*) from ${invitations} where ${invitations.roundId} = ${rounds.id})`,
  responded: sql<number>`(select count(*) from ${invitations} where ${invitations.roundId} = ${rounds.id} and ${invitations.respondedAt} is not null)`,
  responses: sql<number>`(select count(*) from ${responses} where ${responses.roundId} = ${rounds.id})`,
};

function selectRounds(db: Db, coalitionId: number, roundId?: number): RoundSummary[] {
  return db
    .select(summaryColumns)
    .from(rounds)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .where(
      and(
        eq(rounds.coalitionId, coalitionId),
        isNull(rounds.archivedAt),
        roundId === undefined ? undefined : eq(rounds.id, roundId),
      ),
    )
    .orderBy(desc(rounds.quarterIndex), desc(rounds.id))
    .all() as RoundSummary[];
}

export function minGroupSizeOf(db: Db, coalitionId: number): number {
  return (
    db.select({ min: coalitions.minGroupSize }).from(coalitions).where(eq(coalitions.id, coalitionId)).get()?.min ?? 5
  );
}

/** Partners and directors see only closed rounds: an open round has nothing for them yet. */
export function listRounds(db: Db, coalitionId: number, role: string): RoundList {
  const all = selectRounds(db, coalitionId);
  return {
    rounds: role === 'coordinator' ? all : all.filter((r) => r.status === 'closed'),
    minGroupSize: minGroupSizeOf(db, coalitionId),
  };
}

export function requireRound(db: Db, coalitionId: number, roundId: number): RoundSummary {
  const [round] = selectRounds(db, coalitionId, roundId);
  if (!round) throw new HttpError(404, 'round_not_found');
  return round;
}

export function createRound(db: Db, coalitionId: number, input: z.output<typeof zNewRound>, actor: Actor) {
  ensureInstrument(db, coalitionId);
  const version = db
    .select({ id: instrumentVersions.id })
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.id, input.instrumentVersionId), eq(instrumentVersions.coalitionId, coalitionId)))
    .get();
  if (!version) throw new HttpError(404, 'instrument_version_not_found');
  const id = db.transaction((tx) => {
    const [row] = tx
      .insert(rounds)
      .values({
        coalitionId,
        instrumentVersionId: input.instrumentVersionId,
        title: input.title,
        quarter: input.quarter,
        quarterIndex: quarterIndex(parseQuarterKey(input.quarter)),
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        maxReminders: input.maxReminders,
        reminderIntervalDays: input.reminderIntervalDays,
        createdBy: actor.userId,
      })
      .returning()
      .all();
    if (!row) throw new Error('round not inserted');
    recordAudit(tx, actor, { coalitionId, action: 'create', entityType: 'round', entityId: row.id, after: row });
    return row.id;
  });
  return requireRound(db, coalitionId, id);
}

interface InvitationRow {
  id: number;
  name: string | null;
  email: string;
  organisationId: number;
  organisationName: string;
  role: string | null;
  sentAt: string | null;
  remindersSent: number;
  lastRemindedAt: string | null;
  respondedAt: string | null;
}

function selectInvitations(db: Db, roundId: number): InvitationRow[] {
  return db
    .select({
      id: invitations.id,
      name: invitations.name,
      email: invitations.email,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      role: invitations.respondentRole,
      sentAt: invitations.sentAt,
      remindersSent: invitations.remindersSent,
      lastRemindedAt: invitations.lastRemindedAt,
      respondedAt: invitations.respondedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.roundId, roundId))
    .orderBy(asc(organisations.name), asc(invitations.email))
    .all();
}

/**
 * Reminders go only to invitees who have not responded, at most `maxReminders` times, and never
 * sooner than `reminderIntervalDays` after the invitation or the previous reminder.
 */
export function reminderState(
  round: Pick<RoundSummary, 'status' | 'maxReminders' | 'reminderIntervalDays'>,
  invitation: Pick<InvitationRow, 'sentAt' | 'remindersSent' | 'lastRemindedAt' | 'respondedAt'>,
  now: Date,
): { due: boolean; nextAt: string | null } {
  if (round.status !== 'open' || invitation.respondedAt || !invitation.sentAt) return { due: false, nextAt: null };
  if (invitation.remindersSent >= round.maxReminders) return { due: false, nextAt: null };
  const last = new Date(invitation.lastRemindedAt ?? invitation.sentAt);
  const next = new Date(last.getTime() + round.reminderIntervalDays * DAY_MS);
  return { due: next.getTime() <= now.getTime(), nextAt: next.toISOString() };
}

export function getRoundDetail(db: Db, coalitionId: number, roundId: number, now = new Date()): RoundDetail {
  const round = requireRound(db, coalitionId, roundId);
  const rows = selectInvitations(db, roundId);
  const invitees: Invitee[] = rows.map((row) => {
    const state = reminderState(round, row, now);
    return { ...row, reminderDue: state.due, nextReminderAt: state.nextAt };
  });
  const byOrganisation = new Map<
    number,
    { organisationId: number; name: string; invited: number; responded: number }
  >();
  for (const row of rows) {
    const entry = byOrganisation.get(row.organisationId) ?? {
      organisationId: row.organisationId,
      name: row.organisationName,
      invited: 0,
      responded: 0,
    };
    entry.invited += 1;
    if (row.respondedAt) entry.responded += 1;
    byOrganisation.set(row.organisationId, entry);
  }
  return {
    ...round,
    invitees,
    byOrganisation: [...byOrganisation.values()],
    remindersDue: invitees.filter((i) => i.reminderDue).length,
  };
}

function assertOrganisations(db: Db, coalitionId: number, ids: readonly number[]) {
  const unique = [...new Set(ids)];
  const found = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.coalitionId, coalitionId), inArray(organisations.id, unique)))
    .all();
  if (found.length !== unique.length) throw new HttpError(400, 'organisation_unknown');
}

interface Outgoing {
  invitationId: number;
  email: string;
  token: string;
}

async function mailInvitations(
  mailer: Mailer,
  coalition: { id: number; name: string },
  round: Pick<RoundSummary, 'title' | 'closesOn'>,
  outgoing: readonly Outgoing[],
  baseUrl: string,
  kind: 'invitation' | 'reminder',
) {
  const render = kind === 'invitation' ? questionnaireInvitationMail : questionnaireReminderMail;
  for (const mail of outgoing) {
    const content = render({
      coalitionName: coalition.name,
      roundTitle: round.title,
      link: respondLink(baseUrl, mail.token),
      closesOn: round.closesOn,
    });
    await mailer.send({ coalitionId: coalition.id, to: mail.email, ...content });
  }
}

/** New single-use links for these invitations: the token lives only in the mail, its hash in the row. */
function issueTokens(
  tx: Db,
  rows: ReadonlyArray<{ id: number; email: string }>,
  patch: (now: string) => Parameters<ReturnType<Db['update']>['set']>[0],
): Outgoing[] {
  const now = new Date().toISOString();
  return rows.map((row) => {
    const token = randomToken();
    tx.update(invitations)
      .set({ tokenHash: hashToken(token), ...patch(now) })
      .where(eq(invitations.id, row.id))
      .run();
    return { invitationId: row.id, email: row.email, token };
  });
}

export async function addInvitees(
  db: Db,
  mailer: Mailer,
  coalition: { id: number; name: string },
  roundId: number,
  list: ReadonlyArray<z.output<typeof zNewInvitee>>,
  actor: Actor,
  baseUrl: string,
): Promise<AddedInvitees> {
  const round = requireRound(db, coalition.id, roundId);
  if (round.status === 'closed') throw new HttpError(409, 'round_closed');
  assertOrganisations(
    db,
    coalition.id,
    list.map((i) => i.organisationId),
  );
  const existing = new Set(selectInvitations(db, roundId).map((i) => i.email));
  const fresh = list.filter((i) => !existing.has(i.email));
  const outgoing = db.transaction((tx) => {
    const inserted = fresh.map((invitee) => {
      const [row] = tx
        .insert(invitations)
        .values({
          coalitionId: coalition.id,
          roundId,
          name: invitee.name || null,
          email: invitee.email,
          organisationId: invitee.organisationId,
          respondentRole: invitee.role || null,
          // A placeholder nobody can present: the real link is made when the invitation is sent.
          tokenHash: hashToken(randomToken()),
        })
        .returning({ id: invitations.id, email: invitations.email })
        .all();
      if (!row) throw new Error('invitation not inserted');
      return row;
    });
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'create',
      entityType: 'round_invitees',
      entityId: roundId,
      after: { added: inserted.length, emails: inserted.map((r) => r.email) },
    });
    return round.status === 'open' ? issueTokens(tx, inserted, (now) => ({ sentAt: now })) : [];
  });
  await mailInvitations(mailer, coalition, round, outgoing, baseUrl, 'invitation');
  return {
    added: fresh.length,
    alreadyInvited: list.filter((i) => existing.has(i.email)).map((i) => i.email),
    sent: outgoing.length,
  };
}

/** Only before the invitation went out: afterwards the person holds a link. */
export function removeInvitee(db: Db, coalitionId: number, roundId: number, inviteeId: number, actor: Actor) {
  requireRound(db, coalitionId, roundId);
  db.transaction((tx) => {
    const row = tx
      .select({ id: invitations.id, email: invitations.email, sentAt: invitations.sentAt })
      .from(invitations)
      .where(and(eq(invitations.id, inviteeId), eq(invitations.roundId, roundId)))
      .get();
    if (!row) throw new HttpError(404, 'not_found');
    if (row.sentAt) throw new HttpError(409, 'invitee_already_sent');
    tx.delete(invitations).where(eq(invitations.id, inviteeId)).run();
    recordAudit(tx, actor, {
      coalitionId,
      action: 'delete',
      entityType: 'round_invitee',
      entityId: inviteeId,
      before: { email: row.email },
    });
  });
}

export async function openRound(
  db: Db,
  mailer: Mailer,
  coalition: { id: number; name: string },
  roundId: number,
  actor: Actor,
  baseUrl: string,
) {
  const round = requireRound(db, coalition.id, roundId);
  if (round.status !== 'draft') throw new HttpError(409, 'round_not_draft');
  if (round.invited === 0) throw new HttpError(409, 'round_without_invitees');
  const outgoing = db.transaction((tx) => {
    const now = new Date().toISOString();
    const changed = tx
      .update(rounds)
      .set({ status: 'open', openedAt: now })
      .where(and(eq(rounds.id, roundId), eq(rounds.status, 'draft')))
      .run().changes;
    if (changed === 0) throw new HttpError(409, 'round_not_draft');
    publishVersion(tx, round.instrumentVersionId);
    const unsent = tx
      .select({ id: invitations.id, email: invitations.email })
      .from(invitations)
      .where(and(eq(invitations.roundId, roundId), isNull(invitations.sentAt)))
      .all();
    const mails = issueTokens(tx, unsent, (at) => ({ sentAt: at }));
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'open',
      entityType: 'round',
      entityId: roundId,
      after: { invitationsSent: mails.length },
    });
    return mails;
  });
  await mailInvitations(mailer, coalition, round, outgoing, baseUrl, 'invitation');
  return { sent: outgoing.length };
}

/**
 * The server keeps no token, so a reminder carries a fresh link that replaces the earlier one;
 * the saved draft belongs to the invitation, not to the link, so it is kept.
 */
export async function sendReminders(
  db: Db,
  mailer: Mailer,
  coalition: { id: number; name: string },
  roundId: number,
  actor: Actor,
  baseUrl: string,
  now = new Date(),
) {
  const round = requireRound(db, coalition.id, roundId);
  if (round.status !== 'open') throw new HttpError(409, 'round_not_open');
  const outgoing = db.transaction((tx) => {
    const due = selectInvitations(tx, roundId).filter((row) => reminderState(round, row, now).due);
    const mails = issueTokens(tx, due, (at) => ({
      remindersSent: sql`${invitations.remindersSent} + 1`,
      lastRemindedAt: at,
    }));
    recordAudit(tx, actor, {
      coalitionId: coalition.id,
      action: 'update',
      entityType: 'round_reminders',
      entityId: roundId,
      after: { reminded: mails.length },
    });
    return mails;
  });
  await mailInvitations(mailer, coalition, round, outgoing, baseUrl, 'reminder');
  return { sent: outgoing.length };
}

export function closeRound(db: Db, coalitionId: number, roundId: number, actor: Actor) {
  const round = requireRound(db, coalitionId, roundId);
  if (round.status !== 'open') throw new HttpError(409, 'round_not_open');
  db.transaction((tx) => {
    tx.update(rounds).set({ status: 'closed', closedAt: new Date().toISOString() }).where(eq(rounds.id, roundId)).run();
    // Unfinished drafts are answers nobody submitted: they go with the round.
    tx.update(invitations).set({ draft: null }).where(eq(invitations.roundId, roundId)).run();
    recordAudit(tx, actor, { coalitionId, action: 'close', entityType: 'round', entityId: roundId });
  });
  return requireRound(db, coalitionId, roundId);
}

export function updateMinGroupSize(db: Db, coalitionId: number, minGroupSize: number, actor: Actor) {
  db.transaction((tx) => {
    const before = minGroupSizeOf(tx, coalitionId);
    tx.update(coalitions)
      .set({ minGroupSize, updatedAt: new Date().toISOString() })
      .where(eq(coalitions.id, coalitionId))
      .run();
    recordAudit(tx, actor, {
      coalitionId,
      action: 'update',
      entityType: 'coalition',
      entityId: coalitionId,
      before: { minGroupSize: before },
      after: { minGroupSize },
    });
  });
  return { minGroupSize };
}
