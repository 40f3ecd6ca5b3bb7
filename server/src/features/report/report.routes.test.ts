import { shareLinks } from '@tks/db/schema';
import { zReport } from '@tks/shared/schemas/report';
import { zSharedReport } from '@tks/shared/schemas/share-links';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertUser,
} from '../../../test/helper';
import { insertActions, insertReportData } from './report-test-data';

async function setUp(options: Parameters<typeof buildTestApp>[0] = {}) {
  const { app, db } = await buildTestApp(options);
  const coalition = insertCoalition(db);
  const other = insertCoalition(db, { slug: 'anderstad', name: 'Coalitie Anderstad', municipality: 'Anderstad' });
  insertReportData(db, coalition.id);
  insertActions(db, coalition.id);
  const as = async (role: 'coordinator' | 'partner' | 'director', coalitionId = coalition.id) => {
    const user = insertUser(db, { email: `${role}-${coalitionId}@test.example` });
    insertMembership(db, user.id, coalitionId, role);
    return browserFor(app, user.id);
  };
  return { app, db, coalition, other, as };
}

describe('GET /api/coalitions/:slug/report', () => {
  it('holds the thermometer, the trends, the largest meaningful changes and the actions in one answer', async () => {
    const { app, as } = await setUp();
    const director = await as('director');
    const response = await injectAs(app, director, {
      method: 'GET',
      url: '/api/coalitions/teststad/report?quarter=2026-Q3',
    });
    expect(response.statusCode).toBe(200);
    const report = zReport.parse(response.json());
    expect(report.coalition).toEqual({
      slug: 'teststad',
      name: 'Coalitie Kansrijke Start Teststad',
      municipality: 'Teststad',
    });
    expect(report.quarter).toBe('2026-Q3');
    expect(report.thermometer.overall.score).toBeCloseTo(51.625);

    // Quarters up to the report's own, never after it.
    expect(report.trends.quarters.at(0)).toBe('2025-Q3');
    expect(report.trends.quarters.at(-1)).toBe('2026-Q3');
    const meten = report.trends.components.find((c) => c.code === 'meten_weten');
    expect(meten?.points.find((p) => p.quarter === '2026-Q2')?.score).toBeCloseTo(50);
    expect(meten?.points.find((p) => p.quarter === '2026-Q1')?.score).toBe(0);
    // Missing is not zero: a component without data has gaps.
    const sharing = report.trends.components.find((c) => c.code === 'informatie_delen');
    expect(sharing?.points.every((p) => p.score === null)).toBe(true);

    // Largest first: Meten & weten rose 66,5 points in a year, Reflecteren (ZIN-05 alone) fell 53,25,
    // the thermometer fell 10,9 in a quarter.
    expect(report.changes.slice(0, 2)).toMatchObject([
      { kind: 'component', component: 'meten_weten', comparedWith: 'last_year', quarter: '2025-Q3', from: 0 },
      { kind: 'component', component: 'reflecteren', comparedWith: 'last_year', quarter: '2025-Q3', from: 90 },
    ]);
    expect(report.changes[1]?.change).toBeCloseTo(-53.25);
    // A measure that is its component's only one is not told twice.
    expect(report.changes.filter((c) => c.kind === 'measure')).toEqual([]);
    const overall = report.changes.find((c) => c.kind === 'overall' && c.comparedWith === 'previous_quarter');
    expect(overall?.change).toBeCloseTo(-10.875);
    expect(report.changes.every((c) => Math.abs(c.change) >= 5)).toBe(true);
    const sizes = report.changes.map((c) => Math.abs(c.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));

    expect(report.actions.counts).toEqual({ open: 1, in_progress: 1, done: 1, dropped: 0 });
    expect(report.actions.total).toBe(3);
    expect(report.actions.overdue).toBe(1);
    expect(report.actions.open.map((a) => [a.title, a.owner, a.overdue])).toEqual([
      ['Spiegelgesprek plannen', 'Anna de Vries', true],
      ['+ Werkafspraken herzien', null, false],
    ]);
  });

  it('is open to every member of the coalition and to nobody else', async () => {
    const { app, other, as } = await setUp();
    for (const role of ['coordinator', 'partner', 'director'] as const) {
      const response = await injectAs(app, await as(role), { method: 'GET', url: '/api/coalitions/teststad/report' });
      expect(response.statusCode, role).toBe(200);
    }
    const outsider = await as('coordinator', other.id);
    for (const suffix of ['', '.csv', '.xlsx', '.pdf']) {
      const url = `/api/coalitions/teststad/report${suffix}`;
      expect((await injectAs(app, outsider, { method: 'GET', url })).statusCode, url).toBe(403);
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});

describe('GET /api/coalitions/:slug/report.csv', () => {
  it('writes what Dutch Excel opens as is: BOM, semicolons, decimal commas, CRLF, quoted and formula-safe text', async () => {
    const { app, as } = await setUp();
    const response = await injectAs(app, await as('director'), {
      method: 'GET',
      url: '/api/coalitions/teststad/report.csv?quarter=2026-Q3',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="kwartaalrapportage-teststad-2026-K3.csv"',
    );
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    const header = lines[0]?.split(';') ?? [];
    expect(header.slice(0, 8)).toEqual([
      'Kwartaal',
      'Niveau',
      'Component',
      'Soort',
      'Code',
      'Naam',
      'Status',
      'Score (0–100)',
    ]);
    expect(header).toContain('Verandering t.o.v. K2 2026');
    expect(lines.every((line) => line.split(';').length === header.length || line.includes('"'))).toBe(true);

    // Thermometer 51,625 → 51,6; change against K2 2026 −10,875 → -10,9, a number, not text.
    expect(lines[1]).toMatch(/^K3 2026;Thermometer;;;;;;51,6;In ontwikkeling;62,5;-10,9;45;6,6;2;5;/);
    const jgz = lines.find((line) => line.includes(';JGZ-04;')) ?? '';
    expect(jgz).toContain(';Uitsluitend borstvoeding 3 mnd;Telt mee;66,5;;50;16,5;0;66,5;;;33,3;%;2026-Q3;40;20;;');
    // A name that starts like a formula gets an apostrophe; quotes and semicolons get quoted.
    const zin = lines.find((line) => line.includes(';ZIN-05;')) ?? '';
    expect(zin).toContain(`;"'=SOM(1;2) ""volledige"" borstvoeding";`);
    expect(zin).toContain(';27,35;');
    expect(zin).toContain(';36,8;;75;-38,3;90;-53,3;');
  });
});

describe('GET /api/coalitions/:slug/report.xlsx', () => {
  it('holds numbers as numbers with formats, a sheet each for components, measures, trends, changes and actions', async () => {
    const { app, as } = await setUp();
    const response = await injectAs(app, await as('partner'), {
      method: 'GET',
      url: '/api/coalitions/teststad/report.xlsx?quarter=2026-Q3',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain('kwartaalrapportage-teststad-2026-K3.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Rapport',
      'Componenten',
      'Metingen',
      'Trends',
      'Veranderingen',
      'Acties',
    ]);

    const summary = workbook.getWorksheet('Rapport');
    expect(summary?.getCell('B1').value).toBe('Coalitie Kansrijke Start Teststad');
    expect(summary?.getCell('B3').value).toBe('K3 2026');
    expect(summary?.getCell('B5').value).toBeCloseTo(51.625);

    const components = workbook.getWorksheet('Componenten');
    expect(components?.getRow(1).getCell(2).value).toBe('Onderdeel');
    const overall = components?.getRow(2);
    expect(overall?.getCell(2).value).toBe('Thermometer (totaal)');
    expect(overall?.getCell(3).value).toBeCloseTo(51.625);
    expect(overall?.getCell(3).numFmt).toBe('0.0');
    expect(overall?.getCell(6).value).toBeCloseTo(-10.875);
    expect(overall?.getCell(6).numFmt).toBe('+0.0;-0.0;0.0');
    const missing = components?.getRow(4);
    expect(missing?.getCell(2).value).toBe('Informatie delen');
    // Missing is not zero: an empty cell.
    expect(missing?.getCell(3).value).toBeNull();

    const measures = workbook.getWorksheet('Metingen');
    if (!measures) throw new Error('no Metingen sheet');
    const header = (measures.getRow(1).values as unknown[]).slice(1);
    const zinRow = measures.getRows(2, measures.rowCount - 1)?.find((row) => row.getCell(5).value === 'ZIN-05');
    expect(zinRow?.getCell(6).value).toBe('=SOM(1;2) "volledige" borstvoeding');
    expect(zinRow?.getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(zinRow?.getCell(header.indexOf('Waarde') + 1).value).toBe(27.35);

    const trends = workbook.getWorksheet('Trends');
    expect(trends?.getRow(1).getCell(1).value).toBe('Kwartaal');
    expect(trends?.getRow(2).getCell(1).value).toBe('K3 2025');

    const actions = workbook.getWorksheet('Acties');
    expect(actions?.getRow(2).getCell(1).value).toBe('Spiegelgesprek plannen');
    const due = actions?.getRow(2).getCell(5);
    expect(due?.value).toEqual(new Date(Date.UTC(2020, 0, 31)));
    expect(due?.numFmt).toBe('dd-mm-yyyy');
    expect(actions?.getRow(2).getCell(6).value).toBe('ja');
  });
});

describe('GET /api/coalitions/:slug/report.pdf', () => {
  it('says in Dutch that there is no PDF where Chromium is not installed, and the report says so too', async () => {
    const { app, as } = await setUp({ chromiumPath: null });
    const director = await as('director');
    const pdf = await injectAs(app, director, { method: 'GET', url: '/api/coalitions/teststad/report.pdf' });
    expect(pdf.statusCode).toBe(503);
    expect(pdf.json()).toMatchObject({ code: 'pdf_unavailable', message: expect.stringContaining('Chromium') });
    expect(pdf.json().message).toContain('Afdrukken');
    const report = await injectAs(app, director, { method: 'GET', url: '/api/coalitions/teststad/report' });
    expect(report.json().pdfAvailable).toBe(false);
  });
});

describe('GET /api/share/:token (with the report)', () => {
  async function shareLink(
    app: Awaited<ReturnType<typeof setUp>>['app'],
    coordinator: Awaited<ReturnType<Awaited<ReturnType<typeof setUp>>['as']>>,
  ) {
    const created = await injectAs(app, coordinator, {
      method: 'POST',
      url: '/api/coalitions/teststad/share-links',
      payload: { quarter: '2026-Q2', expiresInDays: 7 },
    });
    expect(created.statusCode).toBe(201);
    return { id: created.json().id as number, token: String(created.json().url).split('/').at(-1) ?? '' };
  }

  it('opens the report of the link’s quarter and its exports, until the link expires or is revoked', async () => {
    const { app, db, as } = await setUp();
    const coordinator = await as('coordinator');
    const link = await shareLink(app, coordinator);

    const opened = await app.inject({ method: 'GET', url: `/api/share/${link.token}` });
    expect(opened.statusCode).toBe(200);
    const shared = zSharedReport.parse(opened.json());
    expect(shared.report.quarter).toBe('2026-Q2');
    expect(shared.report.thermometer.overall.score).toBeCloseTo(62.5);
    expect(shared.report.trends.quarters.at(-1)).toBe('2026-Q2');

    const csv = await app.inject({ method: 'GET', url: `/api/share/${link.token}/report.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('kwartaalrapportage-teststad-2026-K2.csv');
    expect(csv.body).toContain('K2 2026;Thermometer;');
    const xlsx = await app.inject({ method: 'GET', url: `/api/share/${link.token}/report.xlsx` });
    expect(xlsx.statusCode).toBe(200);

    db.update(shareLinks)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(shareLinks.id, link.id))
      .run();
    for (const suffix of ['', '/report.csv', '/report.xlsx', '/report.pdf']) {
      const response = await app.inject({ method: 'GET', url: `/api/share/${link.token}${suffix}` });
      expect(response.statusCode, suffix).toBe(404);
      expect(response.json().code).toBe('token_invalid');
    }

    const second = await shareLink(app, coordinator);
    expect((await app.inject({ method: 'GET', url: `/api/share/${second.token}/report.csv` })).statusCode).toBe(200);
    const revoked = await injectAs(app, coordinator, {
      method: 'DELETE',
      url: `/api/coalitions/teststad/share-links/${second.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    for (const suffix of ['', '/report.csv', '/report.pdf']) {
      const response = await app.inject({ method: 'GET', url: `/api/share/${second.token}${suffix}` });
      expect(response.statusCode, suffix).toBe(404);
    }
  });
});
