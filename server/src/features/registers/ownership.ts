import type { Db } from '@tks/db/client';
import { organisations } from '@tks/db/schema';
import type { OrganisationRef } from '@tks/shared/schemas/registers';
import { eq } from 'drizzle-orm';
import { HttpError } from '../../http-error';
import type { CoalitionContext } from '../auth/sessions.service';

/*
 * Who may change a register entry. The route's access rule already lets only coordinators and
 * partners through; here the partner is held to the entries of their own organisation. Directors
 * never get this far (their routes are read-only by rule).
 */

const ownOnly = () => new HttpError(403, 'own_organisation_only');

/**
 * The owner a new or changed entry gets. A partner's entry always belongs to their own
 * organisation (left out, it defaults to it); a coordinator may name any organisation of the
 * coalition, or none.
 */
export function resolveOwner(
  db: Db,
  coalition: CoalitionContext,
  requested: number | null | undefined,
  existing?: { ownerOrganisationId: number | null },
): number | null {
  if (existing) assertMayChange(coalition, existing);
  if (coalition.role === 'coordinator') {
    const owner = requested === undefined ? (existing?.ownerOrganisationId ?? null) : requested;
    if (owner !== null) assertOrganisations(db, coalition.id, [owner]);
    return owner;
  }
  const own = coalition.organisationId;
  if (own === null) throw ownOnly();
  if (requested !== undefined && requested !== null && requested !== own) throw ownOnly();
  return own;
}

/** Coordinators change every entry; partners only the entries of their own organisation. */
export function assertMayChange(coalition: CoalitionContext, entry: { ownerOrganisationId: number | null }) {
  if (coalition.role === 'coordinator') return;
  if (coalition.role !== 'partner' || coalition.organisationId === null) throw ownOnly();
  if (entry.ownerOrganisationId !== coalition.organisationId) throw ownOnly();
}

/** Every id must be an organisation of this coalition (archived ones included: history stays). */
export function assertOrganisations(db: Db, coalitionId: number, ids: readonly number[]) {
  if (ids.length === 0) return;
  const known = new Set(organisationNames(db, coalitionId).keys());
  if (ids.some((id) => !known.has(id))) throw new HttpError(400, 'organisation_unknown');
}

export function organisationNames(db: Db, coalitionId: number): Map<number, string> {
  const rows = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.coalitionId, coalitionId))
    .all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function refOf(names: Map<number, string>, id: number | null): OrganisationRef | null {
  if (id === null) return null;
  return { id, name: names.get(id) ?? '' };
}

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Registers record what happened: a date in the future would also move the thermometer's latest
 * quarter ahead of the data. One day of slack covers time zones ahead of UTC.
 */
export function assertNotInFuture(day: string, path: string, now = new Date()) {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  if (day <= today(tomorrow)) return;
  throw new HttpError(400, 'validation_failed', [
    { path, message: { nl: 'Deze datum ligt in de toekomst.', en: 'This date lies in the future.' } },
  ]);
}
