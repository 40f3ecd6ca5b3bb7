import type { Db } from '@tks/db/client';
import { improvementActions, indicatorDefinitions, indicatorReferences, indicatorValues } from '@tks/db/schema';
import { parseQuarterKey, quarterIndex } from '@tks/shared/periods';

const Q = (key: string) => quarterIndex(parseQuarterKey(key));

/**
 * Two indicators with baseline 20 and target 40 from 2025-Q1, so each value v scores (v − 20) × 5:
 * JGZ-04 rises (20 → 30 → 33,3 over 2025-Q3, 2026-Q2, 2026-Q3: scores 0, 50, 66,5) and ZIN-05,
 * whose name a spreadsheet would take for a formula, falls (38 → 35 → 27,35: 90, 75, 36,75).
 */
export function insertReportData(db: Db, coalitionId: number) {
  const indicator = (
    code: string,
    nameNl: string,
    component: 'meten_weten' | 'reflecteren',
    values: Record<string, number>,
  ) => {
    const [definition] = db
      .insert(indicatorDefinitions)
      .values({
        coalitionId,
        code,
        nameNl,
        nameEn: `${code} in English`,
        source: 'jgz',
        component,
        unit: 'percent',
        direction: 'higher_better',
        frequency: 'quarterly',
      })
      .returning()
      .all();
    if (!definition) throw new Error('no indicator');
    for (const [period, value] of Object.entries(values)) {
      db.insert(indicatorValues)
        .values({
          coalitionId,
          indicatorId: definition.id,
          period,
          periodFirstIndex: Q(period),
          periodLastIndex: Q(period),
          value,
        })
        .run();
    }
    const reference = {
      coalitionId,
      indicatorId: definition.id,
      validFromQuarter: '2025-Q1',
      validFromIndex: Q('2025-Q1'),
    };
    db.insert(indicatorReferences)
      .values([
        { ...reference, kind: 'baseline', value: 20 },
        { ...reference, kind: 'target', value: 40 },
      ])
      .run();
    return definition;
  };
  indicator('JGZ-04', 'Uitsluitend borstvoeding 3 mnd', 'meten_weten', {
    '2025-Q3': 20,
    '2026-Q2': 30,
    '2026-Q3': 33.3,
  });
  indicator('ZIN-05', '=SOM(1;2) "volledige" borstvoeding', 'reflecteren', {
    '2025-Q3': 38,
    '2026-Q2': 35,
    '2026-Q3': 27.35,
  });
}

/** Four actions: one overdue, one in progress without a date, one done, one archived (not counted). */
export function insertActions(db: Db, coalitionId: number) {
  const base = { coalitionId, description: '', component: 'reflecteren' as const };
  db.insert(improvementActions)
    .values([
      { ...base, title: 'Spiegelgesprek plannen', status: 'open', dueOn: '2020-01-31', ownerName: 'Anna de Vries' },
      { ...base, title: '+ Werkafspraken herzien', status: 'in_progress', component: 'informatie_delen' },
      { ...base, title: 'Casusoverleg starten', status: 'done', dueOn: '2020-03-01' },
      { ...base, title: 'Oud voornemen', status: 'open', archivedAt: '2021-01-01T00:00:00.000Z' },
    ])
    .run();
}
