import type { Db } from '@tks/db/client';
import { coalitions } from '@tks/db/schema';
import type { NewCoalition } from '@tks/shared/schemas/members';
import { asc, eq } from 'drizzle-orm';
import { HttpError } from '../../http-error';
import { type Actor, recordAudit } from '../audit/audit';
import { addDefaultCatalogue } from '../indicators/indicators.service';
import type { Mailer } from '../mail/mailer';
import { issueInvitation, sendInvitation } from '../members/members.service';
import { seedDefaultInstrument } from '../questionnaires/instruments.service';

const columns = {
  id: coalitions.id,
  slug: coalitions.slug,
  name: coalitions.name,
  municipality: coalitions.municipality,
};

export function listAllCoalitions(db: Db) {
  return db.select(columns).from(coalitions).orderBy(asc(coalitions.name)).all();
}

/** A new coalition with the default indicator catalogue, and an invitation for its first coordinator. */
export async function createCoalition(
  db: Db,
  mailer: Mailer,
  input: NewCoalition,
  actor: Actor & { name: string | null },
  baseUrl: string,
) {
  if (db.select({ id: coalitions.id }).from(coalitions).where(eq(coalitions.slug, input.slug)).get()) {
    throw new HttpError(409, 'slug_taken');
  }
  const { coalition, token, expiresAt } = db.transaction((tx) => {
    const [row] = tx
      .insert(coalitions)
      .values({ slug: input.slug, name: input.name, municipality: input.municipality })
      .returning(columns)
      .all();
    if (!row) throw new Error('coalition not inserted');
    recordAudit(tx, actor, {
      coalitionId: row.id,
      action: 'create',
      entityType: 'coalition',
      entityId: row.id,
      after: row,
    });
    // A coalition starts with the default indicators; the coordinator adapts or archives them.
    addDefaultCatalogue(tx, row.id, actor);
    // And with the default partner questionnaire, ready for a first round.
    seedDefaultInstrument(tx, row.id, actor);
    const invitation = issueInvitation(
      tx,
      { coalition: row, email: input.coordinatorEmail, role: 'coordinator', organisationId: null },
      actor,
    );
    return { coalition: row, token: invitation.token, expiresAt: invitation.row.expiresAt };
  });
  await sendInvitation(
    mailer,
    { coalition, email: input.coordinatorEmail, role: 'coordinator', organisationId: null },
    token,
    expiresAt,
    baseUrl,
    actor.name,
  );
  return coalition;
}
