import { type Report, zReport } from '@tks/shared/schemas/report';
import { delftThermometer } from '../../test/api';

const quarters = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];
const line = (scores: Array<number | null>) => quarters.map((quarter, i) => ({ quarter, score: scores[i] ?? null }));

/** The Delft thermometer as a report, with two changes and three actions; parsed, so it keeps to the contract. */
export function delftReport(overrides: Partial<Report> = {}): Report {
  return zReport.parse({
    coalition: { slug: 'delft', name: 'Coalitie Kansrijke Start Delft', municipality: 'Delft' },
    quarter: '2026-Q3',
    generatedAt: '2026-11-22T13:05:00.000Z',
    thermometer: delftThermometer,
    trends: {
      quarters,
      overall: line([58, 60.5, 60.5, 66.5]),
      components: delftThermometer.components.map((c, i) => ({
        code: c.code,
        points: line(i === 1 ? [null, null, null, null] : [50 + i, 55 + i, null, 60 + i]),
      })),
    },
    changes: [
      {
        kind: 'component',
        component: 'informatie_delen',
        measureKey: null,
        code: null,
        nameNl: null,
        nameEn: null,
        comparedWith: 'previous_quarter',
        quarter: '2026-Q2',
        from: 55,
        to: 63.2,
        change: 8.2,
      },
      {
        kind: 'measure',
        component: 'meten_weten',
        measureKey: 'indicator:JGZ-04',
        code: 'JGZ-04',
        nameNl: 'Uitsluitend borstvoeding 3 mnd',
        nameEn: 'Exclusively breastfed at 3 months',
        comparedWith: 'last_year',
        quarter: '2025-Q3',
        from: 80,
        to: 68,
        change: -12,
      },
    ],
    actions: {
      counts: { open: 1, in_progress: 1, done: 1, dropped: 0 },
      total: 3,
      overdue: 1,
      open: [
        {
          id: 1,
          title: 'Spiegelgesprek plannen',
          component: 'reflecteren',
          status: 'open',
          owner: 'GGD Haaglanden — Anna de Vries',
          dueOn: '2026-09-30',
          overdue: true,
        },
        {
          id: 2,
          title: 'Werkafspraken herzien',
          component: 'informatie_delen',
          status: 'in_progress',
          owner: null,
          dueOn: null,
          overdue: false,
        },
      ],
    },
    pdfAvailable: true,
    ...overrides,
  });
}
