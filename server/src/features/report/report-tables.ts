import { COMPONENTS } from '@tks/shared/components';
import type { ActionStatus, IndicatorUnit } from '@tks/shared/domain';
import { formatQuarter } from '@tks/shared/format';
import { parseQuarterKey } from '@tks/shared/periods';
import type { Report, ReportChange } from '@tks/shared/schemas/report';
import type { BandCode, Measure, Thermometer } from '@tks/shared/schemas/thermometer';
import { compareScores } from '@tks/shared/scoring';

/*
 * The report as tables, the one model behind the CSV and the Excel export. The exports are meant
 * for Dutch spreadsheets, so headers and labels are Dutch, whatever the caller's language.
 */

/** How a column's values are written: numbers stay numbers, in the export's own notation. */
export type ColumnKind = 'text' | 'score' | 'change' | 'value' | 'integer' | 'date';
export type Cell = string | number | null;

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in characters in the spreadsheet. */
  width: number;
}

export interface Table {
  /** The sheet name in Excel (at most 31 characters). */
  name: string;
  columns: Column[];
  rows: Cell[][];
}

/** The report plus the two thermometers it compares with, for the per-measure changes. */
export interface ReportData {
  report: Report;
  earlier: { previous_quarter: Thermometer; last_year: Thermometer };
}

const BAND_NL: Record<BandCode, string> = {
  attention: 'Aandacht nodig',
  developing: 'In ontwikkeling',
  strong: 'Sterk',
};

const STATUS_NL: Record<Measure['status'], string> = {
  scored: 'Telt mee',
  missing: 'Nog geen gegevens',
  stale: 'Verouderd',
  context: 'Context, telt niet mee',
  suppressed: 'Te weinig respondenten',
  no_target: 'Geen streefwaarde',
};

const KIND_NL: Record<Measure['kind'], string> = {
  questionnaire: 'Vragenlijst',
  indicator: 'Indicator',
  register: 'Register',
};

const UNIT_NL: Record<IndicatorUnit | 'agree_1_5', string> = {
  percent: '%',
  per_100: 'per 100',
  per_1000: '‰',
  count: 'aantal',
  score_1_10: 'score 1–10',
  score_0_100: 'score 0–100',
  yes_no: 'ja (1) / nee (0)',
  agree_1_5: 'gemiddelde 1–5',
};

export const ACTION_STATUS_NL: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In uitvoering',
  done: 'Afgerond',
  dropped: 'Vervallen',
};

const COMPARISON_NL: Record<ReportChange['comparedWith'], string> = {
  previous_quarter: 'Vorig kwartaal',
  last_year: 'Een jaar eerder',
};

export const quarterNl = (key: string) => formatQuarter(parseQuarterKey(key), 'nl');
const band = (code: BandCode | null) => (code ? BAND_NL[code] : 'Nog geen score');

function scoreColumns(report: Report): Column[] {
  const { previousQuarter, sameQuarterLastYear } = report.thermometer.overall;
  return [
    { header: 'Score (0–100)', kind: 'score', width: 12 },
    { header: 'Band', kind: 'text', width: 16 },
    { header: `Score ${quarterNl(previousQuarter.quarter)}`, kind: 'score', width: 12 },
    { header: `Verandering t.o.v. ${quarterNl(previousQuarter.quarter)}`, kind: 'change', width: 14 },
    { header: `Score ${quarterNl(sameQuarterLastYear.quarter)}`, kind: 'score', width: 12 },
    { header: `Verandering t.o.v. ${quarterNl(sameQuarterLastYear.quarter)}`, kind: 'change', width: 14 },
  ];
}

/** The thermometer and its five components with band, coverage and both comparisons. */
export function componentsTable({ report }: ReportData): Table {
  const { thermometer } = report;
  const { overall } = thermometer;
  return {
    name: 'Componenten',
    columns: [
      { header: 'Kwartaal', kind: 'text', width: 10 },
      { header: 'Onderdeel', kind: 'text', width: 26 },
      ...scoreColumns(report),
      { header: 'Meetpunten met score', kind: 'integer', width: 10 },
      { header: 'Meetpunten totaal', kind: 'integer', width: 10 },
    ],
    rows: [
      [
        quarterNl(report.quarter),
        'Thermometer (totaal)',
        overall.score,
        band(overall.band),
        overall.previousQuarter.score,
        overall.previousQuarter.change,
        overall.sameQuarterLastYear.score,
        overall.sameQuarterLastYear.change,
        overall.componentsWithData,
        overall.componentsTotal,
      ],
      ...thermometer.components.map((c) => [
        quarterNl(report.quarter),
        COMPONENTS[c.code].nl,
        c.score,
        band(c.band),
        c.previousQuarter.score,
        c.previousQuarter.change,
        c.sameQuarterLastYear.score,
        c.sameQuarterLastYear.change,
        c.coverage.scored,
        c.coverage.total,
      ]),
    ],
  };
}

function measureColumns(report: Report): Column[] {
  return [
    { header: 'Kwartaal', kind: 'text', width: 10 },
    { header: 'Niveau', kind: 'text', width: 12 },
    { header: 'Component', kind: 'text', width: 22 },
    { header: 'Soort', kind: 'text', width: 12 },
    { header: 'Code', kind: 'text', width: 12 },
    { header: 'Naam', kind: 'text', width: 40 },
    { header: 'Status', kind: 'text', width: 22 },
    ...scoreColumns(report),
    { header: 'Meetpunten met score', kind: 'integer', width: 10 },
    { header: 'Meetpunten totaal', kind: 'integer', width: 10 },
    { header: 'Waarde', kind: 'value', width: 10 },
    { header: 'Eenheid', kind: 'text', width: 14 },
    { header: 'Periode van de waarde', kind: 'text', width: 12 },
    { header: 'Streefwaarde', kind: 'value', width: 10 },
    { header: 'Nulmeting', kind: 'value', width: 10 },
    { header: 'Landelijk', kind: 'value', width: 10 },
    { header: 'n', kind: 'integer', width: 8 },
  ];
}

function measureRows({ report, earlier }: ReportData): Cell[][] {
  const scoreThen = (thermometer: Thermometer, key: string) => {
    for (const component of thermometer.components) {
      const measure = component.measures.find((m) => m.key === key);
      if (measure) return measure.status === 'scored' ? measure.score : null;
    }
    return null;
  };
  const quarter = quarterNl(report.quarter);
  return report.thermometer.components.flatMap((component) =>
    component.measures.map((m) => {
      const score = m.status === 'scored' ? m.score : null;
      const previous = scoreThen(earlier.previous_quarter, m.key);
      const lastYear = scoreThen(earlier.last_year, m.key);
      return [
        quarter,
        'Meting',
        COMPONENTS[component.code].nl,
        KIND_NL[m.kind],
        m.code,
        m.nameNl,
        STATUS_NL[m.status],
        score,
        // Measures have no band of their own: the bands belong to the thermometer and its components.
        null,
        previous,
        compareScores(score, previous).change,
        lastYear,
        compareScores(score, lastYear).change,
        null,
        null,
        m.value,
        UNIT_NL[m.unit],
        m.period,
        m.target,
        m.baseline,
        m.reference,
        m.n,
      ];
    }),
  );
}

/** Every measure with its status, score, both comparisons and its raw value and period. */
export function measuresTable(data: ReportData): Table {
  return { name: 'Metingen', columns: measureColumns(data.report), rows: measureRows(data) };
}

/**
 * The CSV: the thermometer, its components and every measure in one table with one set of
 * columns, so it filters and pivots as one list.
 */
export function scoresTable(data: ReportData): Table {
  const { report } = data;
  const { overall } = report.thermometer;
  const quarter = quarterNl(report.quarter);
  const summaryRow = (
    level: string,
    component: string,
    score: number | null,
    bandCode: BandCode | null,
    previous: Thermometer['overall']['previousQuarter'],
    lastYear: Thermometer['overall']['sameQuarterLastYear'],
    scored: number,
    total: number,
  ): Cell[] => [
    quarter,
    level,
    component,
    null,
    null,
    null,
    null,
    score,
    band(bandCode),
    previous.score,
    previous.change,
    lastYear.score,
    lastYear.change,
    scored,
    total,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ];
  return {
    name: 'Scores',
    columns: measureColumns(report),
    rows: [
      summaryRow(
        'Thermometer',
        '',
        overall.score,
        overall.band,
        overall.previousQuarter,
        overall.sameQuarterLastYear,
        overall.componentsWithData,
        overall.componentsTotal,
      ),
      ...report.thermometer.components.map((c) =>
        summaryRow(
          'Component',
          COMPONENTS[c.code].nl,
          c.score,
          c.band,
          c.previousQuarter,
          c.sameQuarterLastYear,
          c.coverage.scored,
          c.coverage.total,
        ),
      ),
      ...measureRows(data),
    ],
  };
}

/** The quarterly scores of the thermometer and each component over the report's trend window. */
export function trendsTable({ report }: ReportData): Table {
  const { trends } = report;
  return {
    name: 'Trends',
    columns: [
      { header: 'Kwartaal', kind: 'text', width: 10 },
      { header: 'Thermometer', kind: 'score', width: 12 },
      ...trends.components.map((c) => ({ header: COMPONENTS[c.code].nl, kind: 'score' as const, width: 14 })),
    ],
    rows: trends.quarters.map((quarter, i) => [
      quarterNl(quarter),
      trends.overall[i]?.score ?? null,
      ...trends.components.map((c) => c.points[i]?.score ?? null),
    ]),
  };
}

export function changeSubject(change: ReportChange): string {
  if (change.kind === 'overall') return 'Thermometer (totaal)';
  if (change.kind === 'component' && change.component) return COMPONENTS[change.component].nl;
  // Indicator codes (JGZ-04) are what readers know them by; register and dimension codes are internal.
  const code = change.measureKey?.startsWith('indicator:') ? change.code : null;
  return `${code ?? ''} ${change.nameNl ?? ''}`.trim();
}

export function changesTable({ report }: ReportData): Table {
  return {
    name: 'Veranderingen',
    columns: [
      { header: 'Onderdeel', kind: 'text', width: 40 },
      { header: 'Component', kind: 'text', width: 22 },
      { header: 'Vergeleken met', kind: 'text', width: 16 },
      { header: 'Kwartaal', kind: 'text', width: 10 },
      { header: 'Score toen', kind: 'score', width: 10 },
      { header: 'Score nu', kind: 'score', width: 10 },
      { header: 'Verandering', kind: 'change', width: 12 },
    ],
    rows: report.changes.map((change) => [
      changeSubject(change),
      change.component ? COMPONENTS[change.component].nl : '',
      COMPARISON_NL[change.comparedWith],
      quarterNl(change.quarter),
      change.from,
      change.to,
      change.change,
    ]),
  };
}

export function actionsTable({ report }: ReportData): Table {
  return {
    name: 'Acties',
    columns: [
      { header: 'Actie', kind: 'text', width: 44 },
      { header: 'Component', kind: 'text', width: 22 },
      { header: 'Status', kind: 'text', width: 14 },
      { header: 'Eigenaar', kind: 'text', width: 30 },
      { header: 'Deadline', kind: 'date', width: 12 },
      { header: 'Te laat', kind: 'text', width: 8 },
    ],
    rows: report.actions.open.map((action) => [
      action.title,
      COMPONENTS[action.component].nl,
      ACTION_STATUS_NL[action.status],
      action.owner,
      action.dueOn,
      action.overdue ? 'ja' : 'nee',
    ]),
  };
}
