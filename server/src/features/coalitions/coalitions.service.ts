import type { Db } from '@tks/db/client';
import { quarterFromIndex, quarterKey } from '@tks/shared/periods';
import type { CoalitionSummary } from '@tks/shared/schemas/coalitions';
import { notFound } from '../../http-error';
import {
  selectActiveCoalitions,
  selectCoalitionBySlug,
  selectCoalitionCounts,
  selectLatestQuarterIndex,
  selectOrganisations,
} from './coalitions.queries';

export function listCoalitions(db: Db) {
  return selectActiveCoalitions(db).map(({ minGroupSize: _, ...coalition }) => coalition);
}

/** The coalition a request's :slug names; a 404 for an unknown or archived one. */
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
