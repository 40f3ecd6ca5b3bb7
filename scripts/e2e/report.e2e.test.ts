import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  SCREENSHOT_DIR,
  screenshot,
  seriousAccessibilityViolations,
  signedInClient,
  signInThroughPage,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

const ctx = useAppAndBrowser();

const COALITION = 'Coalitie Kansrijke Start Voorbeeldstad';
const COMPONENT_NAMES = [
  'Meten & weten',
  'Informatie delen',
  'Reflecteren',
  'Samenwerken & leren',
  'Integraal behandelplan',
];

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

async function openReport(page: Page, quarter = '2026-Q3') {
  await page.goto(`${ctx.app.url}/c/voorbeeldstad/report?quarter=${quarter}`);
  await page.locator('[data-report-ready="true"]').waitFor();
}

describe('the quarterly report for directors', () => {
  it('shows thermometer, components, changes, trends and actions, and downloads the PDF and the CSV', async () => {
    const page = await ctx.browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.director);
    await openReport(page);

    await page.getByRole('heading', { level: 1, name: 'Kwartaalrapportage K3 2026' }).waitFor();
    const main = page.getByRole('main');
    expect(await main.locator('.page-header__eyebrow').textContent()).toBe(COALITION);
    expect(await main.locator('svg.thermo title').textContent()).toMatch(/^Thermometer: [\d,]+ van 100/);
    for (const name of COMPONENT_NAMES) await main.getByRole('rowheader', { name }).waitFor();
    for (const heading of [
      'De vijf onderdelen',
      'Belangrijkste veranderingen',
      'Trends per onderdeel',
      'Verbeteracties',
    ]) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    expect(await page.locator('.report-chart .recharts-surface').count()).toBe(6);
    // Every change says what it compares with, in words.
    const changes = await page.locator('.report-changes li').allTextContents();
    for (const change of changes) expect(change).toMatch(/(steeg|daalde) [\d,]+ punten ten opzichte van K\d \d{4}/);
    await page.getByText('Over de deadline').waitFor();
    await screenshot(page, 'report-desktop');

    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF downloaden' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toBe('kwartaalrapportage-voorbeeldstad-2026-K3.pdf');
    const pdf = readFileSync(await pdfDownload.path());
    // Kept beside the screenshots, to look at its pages (pdftoppm -png report.pdf page).
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
    const today = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' })
      .format(new Date())
      .replaceAll('/', '-');
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(COALITION);
      expect(text, `page ${i + 1}`).toContain('Kwartaalrapportage K3 2026');
      expect(text, `page ${i + 1}`).toContain(`gegenereerd ${today}`);
      expect(text, `page ${i + 1}`).toMatch(new RegExp(`pagina\\s*${i + 1}\\s*van\\s*${pages.length}`));
    });
    const all = pages.join('\n');
    for (const text of ['Belangrijkste veranderingen', 'Trends per onderdeel', 'Verbeteracties', ...COMPONENT_NAMES]) {
      expect(all).toContain(text);
    }
    // Screen-only parts stay off paper.
    expect(all).not.toContain('PDF downloaden');

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Scores downloaden als CSV/ }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('kwartaalrapportage-voorbeeldstad-2026-K3.csv');
    const csv = readFileSync(await csvDownload.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Kwartaal;Niveau;Component;/);
    expect(lines[1]).toMatch(/^K3 2026;Thermometer;;;;;;\d+(,\d)?;/);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Reflecteren downloaden als PNG-afbeelding' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toMatch(/reflecteren.*\.png$/);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Thermometer downloaden als SVG-afbeelding' }).click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain(COALITION);
    expect(svg).toMatch(/style="[^"]*fill:/);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints well: A4 print media shows the running line and hides the buttons', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1100, height: 1400 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.director);
    await openReport(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-running').isVisible()).toBe(true);
    expect(await page.locator('.report-running').textContent()).toMatch(
      new RegExp(`^${COALITION} · Kwartaalrapportage K3 2026 · gegenereerd \\d{2}-\\d{2}-\\d{4}`),
    );
    expect(await page.getByRole('button', { name: 'PDF downloaden' }).isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await screenshot(page, 'report-print');

    // The browser's own print to PDF of the same page, as a user without the server PDF gets it.
    const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`${COALITION} · Kwartaalrapportage K3 2026 · gegenereerd`);
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads on a phone, for another quarter, without sideways scrolling of the page', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.partner);
    await openReport(page);
    await page.getByLabel('Kwartaal', { exact: true }).selectOption('2026-Q1');
    await page.getByRole('heading', { level: 1, name: 'Kwartaalrapportage K1 2026' }).waitFor();
    await page.locator('[data-report-ready="true"]').waitFor();
    expect(page.url()).toContain('quarter=2026-Q1');
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'report-phone');
    // The full page is too long to read at once: its parts as well.
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'report-phone-top.png') });
    for (const [index, name] of [
      [1, 'components'],
      [3, 'changes'],
      [5, 'actions'],
    ] as const) {
      await page
        .locator('.report-section')
        .nth(index)
        .screenshot({ path: join(SCREENSHOT_DIR, `report-phone-${name}.png`) });
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens read-only through a share link, with its PDF, and not once the link is revoked', async () => {
    const coordinator = await signedInClient(ctx.app.url, DEMO.coordinator.email, DEMO.coordinator.password);
    const created = await coordinator.request('POST', '/api/coalitions/voorbeeldstad/share-links', {
      quarter: '2026-Q2',
      label: 'Gemeenteraad',
      expiresInDays: 7,
    });
    expect(created.status).toBe(201);
    const link = (await created.json()) as { id: number; url: string };
    const path = new URL(link.url).pathname;

    const context = await ctx.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchForErrors(page);
    await page.goto(`${ctx.app.url}${path}`);
    await page.locator('[data-report-ready="true"]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kwartaalrapportage K2 2026' }).waitFor();
    await page.getByText(/alleen lezen, zonder account/).waitFor();
    expect(await page.getByLabel('Kwartaal', { exact: true }).count()).toBe(0);
    await screenshot(page, 'report-shared');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const token = path.split('/').at(-1) ?? '';
    const pdf = await fetch(`${ctx.app.url}/api/share/${token}/report.pdf`);
    expect(pdf.status).toBe(200);
    const pages = await pdfPages(new Uint8Array(await pdf.arrayBuffer()));
    expect(pages.every((text) => text.includes('Kwartaalrapportage K2 2026'))).toBe(true);
    expect(problems).toEqual([]);

    const revoked = await coordinator.request('DELETE', `/api/coalitions/voorbeeldstad/share-links/${link.id}`);
    expect(revoked.status).toBe(204);
    const after = await context.newPage();
    await after.goto(`${ctx.app.url}${path}`);
    await after.getByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' }).waitFor();
    expect((await fetch(`${ctx.app.url}/api/share/${token}/report.pdf`)).status).toBe(404);
    await context.close();
  });
});
