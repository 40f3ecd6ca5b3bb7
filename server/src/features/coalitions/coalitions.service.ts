import type { Db } from '@tks/db/client';
import { quarterFromIndex, quarterKey } from '@tks/shared/periods';
import type { CoalitionSummary } from '@tks/shared/schemas/coalitions';
import { notFound } from '../../http-error';
import { selectMembershipsOfUser } from '../auth/sessions.queries';
import {
  selectActiveCoalitions,
  selectCoalitionBySlug,
  selectCoalitionCounts,
  selectLatestQuarterIndex,
  selectOrganisations,
} from './coalitions.queries';

/** The coalitions a person may open: their own, or all of them for a platform administrator. */
export function listCoalitionsFor(db: Db, user: { id: number; isPlatformAdmin: boolean }) {
  const mine = new Set(selectMembershipsOfUser(db, user.id).map((m) => m.coalition.id));
  return selectActiveCoalitions(db)
    .filter((c) => user.isPlatformAdmin || mine.has(c.id))
    .map(({ minGroupSize: _, ...coalition }) => coalition);
}

/** The coalition the access check resolved; a 404 if it vanished in between. */
export function requireCoalition(db: Db, slug: string) {
  const coalition = selectCoalitionBySlug(db, slug);
  if (!coalition) throw notFound('coalition_not_found');
  return coalition;
}

export function getCoalitionSummary(db: Db, slug: string): CoalitionSummary {
  const coalition = requireCoalition(db, slug);
  const latest = selectLatestQuarterIndex(db, coalition.id);
  return {
    ...coalition,
    counts: selectCoalitionCounts(db, coalition.id),
    latestQuarter: latest === null ? null : quarterKey(quarterFromIndex(latest)),
  };
}

export function listOrganisations(db: Db, slug: string) {
  const coalition = requireCoalition(db, slug);
  return selectOrganisations(db, coalition.id);
}
