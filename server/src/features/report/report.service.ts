import type { Db } from '@tks/db/client';
import { ACTION_STATUSES, type ActionStatus } from '@tks/shared/domain';
import { parseQuarterKey, previousQuarter, quarterKey, sameQuarterLastYear } from '@tks/shared/periods';
import type { ReportActions } from '@tks/shared/schemas/report';
import { notFound } from '../../http-error';
import type { CoalitionContext } from '../auth/sessions.service';
import { buildThermometer, buildTrends } from '../thermometer/thermometer.service';
import { mainChanges } from './changes';
import { selectCoalitionForReport, selectImprovementActions } from './report.queries';
import type { ReportData } from './report-tables';

/** Three years of quarters in the trend charts: long enough to see a direction, short enough to read on A4. */
export const REPORT_TREND_QUARTERS = 12;

const STILL_OPEN: ReadonlySet<ActionStatus> = new Set(['open', 'in_progress']);

/** The status of the coalition's improvement actions on the day the report is made. */
export function summariseActions(db: Db, coalitionId: number, now: Date): ReportActions {
  const today = now.toISOString().slice(0, 10);
  const rows = selectImprovementActions(db, coalitionId);
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  const open = rows
    .filter((row) => STILL_OPEN.has(row.status))
    .map((row) => ({
      id: row.id,
      title: row.title,
      component: row.component,
      status: row.status,
      owner: [row.ownerOrganisation, row.ownerName].filter(Boolean).join(' — ') || null,
      dueOn: row.dueOn,
      overdue: row.dueOn !== null && row.dueOn < today,
    }))
    // Undated actions last; among the dated ones the most urgent first.
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.id - b.id);
  return {
    counts,
    total: rows.length,
    overdue: open.filter((a) => a.overdue).length,
    open,
  };
}

export interface ReportOptions {
  now?: Date;
  pdfAvailable: boolean;
}

/** The quarterly report of one coalition: the thermometer, its trends, the main changes and the actions. */
export function buildReport(
  db: Db,
  coalition: Pick<CoalitionContext, 'id' | 'slug' | 'name'>,
  quarter: string | undefined,
  options: ReportOptions,
) {
  return buildReportData(db, coalition, quarter, options).report;
}

/** The report and the two thermometers it compares with (the exports show per-measure changes). */
export function buildReportData(
  db: Db,
  coalition: Pick<CoalitionContext, 'id' | 'slug' | 'name'>,
  quarter: string | undefined,
  { now = new Date(), pdfAvailable }: ReportOptions,
): ReportData {
  const row = selectCoalitionForReport(db, coalition.id);
  if (!row) throw notFound('coalition_not_found');
  // The thermometer only reads id, slug and name; the role does not change what it computes.
  const context: CoalitionContext = { ...coalition, role: 'director', organisationId: null };
  const thermometer = buildThermometer(db, context, quarter, now);
  const q = parseQuarterKey(thermometer.quarter);
  const earlier = {
    previous_quarter: buildThermometer(db, context, quarterKey(previousQuarter(q)), now),
    last_year: buildThermometer(db, context, quarterKey(sameQuarterLastYear(q)), now),
  };

  const trends = buildTrends(db, context);
  const shown = trends.quarters.filter((key) => key <= thermometer.quarter).slice(-REPORT_TREND_QUARTERS);
  const inWindow = (points: ReadonlyArray<{ quarter: string; score: number | null }>) =>
    points.filter((p) => shown.includes(p.quarter)).map((p) => ({ quarter: p.quarter, score: p.score }));

  const report = {
    coalition: { slug: row.slug, name: row.name, municipality: row.municipality },
    quarter: thermometer.quarter,
    generatedAt: now.toISOString(),
    thermometer,
    trends: {
      quarters: shown,
      overall: inWindow(trends.overall),
      components: trends.components.map((c) => ({ code: c.code, points: inWindow(c.points) })),
    },
    changes: mainChanges(thermometer, earlier),
    actions: summariseActions(db, coalition.id, now),
    pdfAvailable,
  };
  return { report, earlier };
}

/** `kwartaalrapportage-voorbeeldstad-2026-K3.pdf`: readable, sortable and safe in any file system. */
export function reportFileName(slug: string, quarter: string, extension: 'pdf' | 'csv' | 'xlsx'): string {
  const { year, quarter: n } = parseQuarterKey(quarter);
  const safeSlug = slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `kwartaalrapportage-${safeSlug}-${year}-K${n}.${extension}`;
}
