import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDate } from '@tks/shared/format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, insertCoalition, insertMembership, insertUser } from '../../../test/helper';
import { pdfPageTexts } from '../../../test/pdf';
import { findChromium } from '../../chromium';
import { createSession } from '../auth/sessions.service';
import { PdfRenderer } from './pdf-renderer';
import { insertReportData } from './report-test-data';

/*
 * The PDF route against a real Chromium and a listening server. The client here is a stand-in
 * page (the real one is tested in scripts/e2e/report.e2e.test.ts): it fetches the report with the
 * cookie Chromium was given, writes three pages and marks itself ready, so what is checked is the
 * server's part: the session handed over, the wait, A4, the running footer on every page.
 */
const chromiumPath = findChromium();

const STUB_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rapport</title>
<link rel="stylesheet" href="/stub.css"><script type="module" src="/stub.js"></script></head>
<body><main id="root"></main></body></html>`;
const STUB_CSS = `@page { size: A4; margin: 15mm 15mm 20mm; }
section { break-after: page; font: 12pt sans-serif; }
section:last-child { break-after: auto; }`;
const STUB_JS = `const root = document.getElementById('root');
if (!location.pathname.startsWith('/never')) {
  const slug = location.pathname.split('/')[2];
  const quarter = new URLSearchParams(location.search).get('quarter');
  const response = await fetch('/api/coalitions/' + slug + '/report?quarter=' + quarter);
  if (!response.ok) root.setAttribute('data-report-error', String(response.status));
  else {
    const report = await response.json();
    for (const n of [1, 2, 3]) {
      const section = document.createElement('section');
      section.textContent = 'Inhoud ' + n + ' van ' + report.coalition.municipality;
      root.append(section);
    }
    root.setAttribute('data-report-ready', 'true');
  }
}`;

describe.skipIf(!chromiumPath)('GET /api/coalitions/:slug/report.pdf (Chromium)', () => {
  let clientDist = '';
  beforeAll(() => {
    clientDist = mkdtempSync(join(tmpdir(), 'tks-report-pdf-'));
    writeFileSync(join(clientDist, 'index.html'), STUB_HTML);
    writeFileSync(join(clientDist, 'stub.css'), STUB_CSS);
    writeFileSync(join(clientDist, 'stub.js'), STUB_JS);
  });
  afterAll(() => rmSync(clientDist, { recursive: true, force: true }));

  async function listeningApp() {
    const { app, db } = await buildTestApp({ clientDist });
    const coalition = insertCoalition(db);
    insertReportData(db, coalition.id);
    const user = insertUser(db, { email: 'director@test.example' });
    insertMembership(db, user.id, coalition.id, 'director');
    const session = createSession(db, user.id, 12, 'test').token;
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, url, session };
  }

  it('prints the page as the caller on A4, with coalition, quarter and generation date on every page', async () => {
    const { url, session } = await listeningApp();
    const response = await fetch(`${url}/api/coalitions/teststad/report.pdf?quarter=2026-Q3`, {
      headers: { cookie: `tks_session=${session}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="kwartaalrapportage-teststad-2026-K3.pdf"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const pages = await pdfPageTexts(bytes);
    expect(pages).toHaveLength(3);
    const today = formatDate(new Date(), 'nl');
    pages.forEach((text, i) => {
      // The page itself, fetched with the caller's session…
      expect(text).toContain(`Inhoud ${i + 1} van Teststad`);
      // …and the running footer that Chromium adds to every page.
      expect(text).toContain('Coalitie Kansrijke Start Teststad');
      expect(text).toContain('Kwartaalrapportage K3 2026');
      expect(text).toContain(`gegenereerd ${today}`);
      expect(text).toMatch(new RegExp(`pagina\\s*${i + 1}\\s*van\\s*3`));
    });
  }, 60_000);

  it('answers the footer in English for an English caller', async () => {
    const { url, session } = await listeningApp();
    const response = await fetch(`${url}/api/coalitions/teststad/report.pdf?quarter=2026-Q3`, {
      headers: { cookie: `tks_session=${session}`, 'accept-language': 'en' },
    });
    expect(response.status).toBe(200);
    const pages = await pdfPageTexts(new Uint8Array(await response.arrayBuffer()));
    expect(pages[0]).toContain('Quarterly report Q3 2026');
    expect(pages[0]).toMatch(/page\s*1\s*of\s*3/);
  }, 60_000);

  it('gives up on a page that never gets ready, and refuses more work than it has room for', async () => {
    const { url } = await listeningApp();
    const renderer = new PdfRenderer({ executablePath: chromiumPath, maxConcurrent: 1, maxQueue: 0, timeoutMs: 3000 });
    try {
      const job = { url: `${url}/never-ready`, cookies: [], locale: 'nl' as const, footer: { left: 'l', right: 'r' } };
      const first = renderer.render(job);
      const second = renderer.render(job);
      await expect(second).rejects.toMatchObject({ statusCode: 503, code: 'pdf_busy' });
      await expect(first).rejects.toMatchObject({ statusCode: 504, code: 'pdf_failed' });
      // The slot is free again afterwards.
      await expect(renderer.render(job)).rejects.toMatchObject({ statusCode: 504 });
    } finally {
      await renderer.close();
    }
  }, 60_000);
});
