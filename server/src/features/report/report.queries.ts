import type { Db } from '@tks/db/client';
import { coalitions, improvementActions, organisations } from '@tks/db/schema';
import { and, eq, isNull } from 'drizzle-orm';

export function selectCoalitionForReport(db: Db, coalitionId: number) {
  return db
    .select({ id: coalitions.id, slug: coalitions.slug, name: coalitions.name, municipality: coalitions.municipality })
    .from(coalitions)
    .where(eq(coalitions.id, coalitionId))
    .get();
}

/** Every improvement action that is not archived, with the name of the organisation that owns it. */
export function selectImprovementActions(db: Db, coalitionId: number) {
  return db
    .select({
      id: improvementActions.id,
      title: improvementActions.title,
      component: improvementActions.component,
      status: improvementActions.status,
      ownerName: improvementActions.ownerName,
      ownerOrganisation: organisations.name,
      dueOn: improvementActions.dueOn,
    })
    .from(improvementActions)
    .leftJoin(organisations, eq(organisations.id, improvementActions.ownerOrganisationId))
    .where(and(eq(improvementActions.coalitionId, coalitionId), isNull(improvementActions.archivedAt)))
    .all();
}
