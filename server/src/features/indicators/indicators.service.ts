import type { Db } from '@tks/db/client';
import type { IndicatorSummary } from '@tks/shared/schemas/indicators';
import { requireCoalition } from '../coalitions/coalitions.service';
import { selectIndicatorDefinitions, selectLatestValues } from './indicators.queries';

export function listIndicators(db: Db, slug: string): IndicatorSummary[] {
  const coalition = requireCoalition(db, slug);
  const latest = new Map(selectLatestValues(db, coalition.id).map((v) => [v.indicatorId, v]));
  return selectIndicatorDefinitions(db, coalition.id).map(({ archivedAt, ...definition }) => {
    const value = latest.get(definition.id);
    return {
      ...definition,
      archived: archivedAt !== null,
      latest: value ? { period: value.period, value: value.value } : null,
    };
  });
}
