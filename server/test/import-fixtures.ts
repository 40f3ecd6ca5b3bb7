import type { Db } from '@tks/db/client';
import { coalitions, indicatorDefinitions } from '@tks/db/schema';
import type { IndicatorUnit, ReportingFrequency } from '@tks/shared/domain';

/*
 * A coalition with the indicators the import corpus refers to, each with the unit and frequency
 * that the corpus files test against (percentages per quarter, a yearly ZiN figure, a yes/no, a
 * half-yearly count, a 1–10 score, and an archived indicator).
 */
const INDICATORS: Array<{
  code: string;
  unit: IndicatorUnit;
  frequency: ReportingFrequency;
  factor: number;
  archived?: boolean;
}> = [
  { code: 'JGZ-04', unit: 'percent', frequency: 'quarterly', factor: 100 },
  { code: 'JGZ-05', unit: 'percent', frequency: 'quarterly', factor: 100 },
  { code: 'ZIN-03', unit: 'percent', frequency: 'yearly', factor: 100 },
  { code: 'ZIN-07', unit: 'yes_no', frequency: 'yearly', factor: 1 },
  { code: 'KS-03', unit: 'count', frequency: 'half_yearly', factor: 1 },
  { code: 'PREM-01', unit: 'score_1_10', frequency: 'yearly', factor: 1 },
  { code: 'OLD-01', unit: 'count', frequency: 'quarterly', factor: 1, archived: true },
];

export function seedImportCoalition(db: Db, slug = 'teststad') {
  const [coalition] = db
    .insert(coalitions)
    .values({ slug, name: `Coalitie ${slug}`, municipality: slug })
    .returning()
    .all();
  if (!coalition) throw new Error('coalition not inserted');
  db.insert(indicatorDefinitions)
    .values(
      INDICATORS.map((indicator, index) => ({
        coalitionId: coalition.id,
        code: indicator.code,
        nameNl: `Indicator ${indicator.code}`,
        nameEn: `Indicator ${indicator.code}`,
        source: 'jgz' as const,
        component: 'meten_weten' as const,
        unit: indicator.unit,
        direction: 'higher_better' as const,
        frequency: indicator.frequency,
        factor: indicator.factor,
        sortOrder: index,
        archivedAt: indicator.archived ? '2025-01-01T00:00:00.000Z' : null,
      })),
    )
    .run();
  return coalition;
}
