import { z } from 'zod';
import { zComponentCode } from '../components';
import { ACTION_STATUSES } from '../domain';
import { zQuarterKey } from '../periods';
import { zThermometer } from './thermometer';

export const zReportQuery = z.object({
  /** Defaults to the latest quarter with any data, like the thermometer. */
  quarter: zQuarterKey.optional(),
});

export const REPORT_COMPARISONS = ['previous_quarter', 'last_year'] as const;

/**
 * One of the largest meaningful changes of the quarter: the thermometer, a component or a measure
 * whose score moved at least MEANINGFUL_CHANGE points against the quarter it is compared with.
 */
export const zReportChange = z
  .object({
    kind: z.enum(['overall', 'component', 'measure']),
    /** The component it belongs to; null for the thermometer itself. */
    component: zComponentCode.nullable(),
    /** For a measure: its key (`indicator:JGZ-04`), code and names. */
    measureKey: z.string().nullable(),
    code: z.string().nullable(),
    nameNl: z.string().nullable(),
    nameEn: z.string().nullable(),
    comparedWith: z.enum(REPORT_COMPARISONS),
    /** The quarter it is compared with. */
    quarter: zQuarterKey,
    from: z.number(),
    to: z.number(),
    change: z.number(),
  })
  .meta({ id: 'ReportChange' });
export type ReportChange = z.infer<typeof zReportChange>;

export const zReportAction = z.object({
  id: z.number().int(),
  title: z.string(),
  component: zComponentCode,
  status: z.enum(ACTION_STATUSES),
  /** The owning organisation and/or person, as entered; null when nobody owns it yet. */
  owner: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type ReportAction = z.infer<typeof zReportAction>;

export const zReportActions = z.object({
  counts: z.object({
    open: z.number().int(),
    in_progress: z.number().int(),
    done: z.number().int(),
    dropped: z.number().int(),
  }),
  total: z.number().int(),
  /** Open or in progress with a due date before the day the report was made. */
  overdue: z.number().int(),
  /** Every action still open or in progress, the earliest due first. */
  open: z.array(zReportAction),
});
export type ReportActions = z.infer<typeof zReportActions>;

const zTrendPoint = z.object({ quarter: zQuarterKey, score: z.number().nullable() });

/** Everything the quarterly report shows, in one answer: the report page makes no other request. */
export const zReport = z
  .object({
    coalition: z.object({ slug: z.string(), name: z.string(), municipality: z.string() }),
    quarter: zQuarterKey,
    generatedAt: z.string(),
    thermometer: zThermometer,
    /** Up to three years of quarters ending with the report's quarter, oldest first. */
    trends: z.object({
      quarters: z.array(zQuarterKey),
      overall: z.array(zTrendPoint),
      components: z.array(z.object({ code: zComponentCode, points: z.array(zTrendPoint) })),
    }),
    /** The largest meaningful changes, largest first. */
    changes: z.array(zReportChange),
    actions: zReportActions,
    /** Whether the server can make the PDF (Chromium installed); otherwise the page offers the browser's print. */
    pdfAvailable: z.boolean(),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof zReport>;
