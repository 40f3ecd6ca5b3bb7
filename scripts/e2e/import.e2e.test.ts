import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatQuarter } from '@tks/shared/format';
import { quarterKey, quarterOfDate } from '@tks/shared/periods';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  SCREENSHOT_DIR,
  screenshot,
  seriousAccessibilityViolations,
  signInThroughPage,
  tablesWiderThanTheirBox,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

const ctx = useAppAndBrowser();
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

// The current quarter has started but the demo (completed quarters only) has no values for it yet.
const quarter = quarterOfDate(new Date());
const QUARTER_NL = formatQuarter(quarter, 'nl');
const dir = mkdtempSync(join(tmpdir(), 'tks-e2e-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(name: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}

const broken = extract('jgz-extract-fouten.csv', [
  'indicator;periode;waarde;teller;noemer',
  `JGZ-04;${QUARTER_NL};47,5;95;200`,
  `JGZ-99;${QUARTER_NL};12;;`,
  'JGZ-05;2026;19,2;;',
  `JGZ-05;${QUARTER_NL};n.v.t.;;`,
]);
const good = extract('jgz-extract.csv', [
  'indicator;periode;waarde;teller;noemer',
  `JGZ-04;${QUARTER_NL};47,5;95;200`,
  `JGZ-05;${QUARTER_NL};21,5;43;200`,
  `JGZ-03;${QUARTER_NL};104;208;200`,
]);

/**
 * A workbook as Excel stores one: the sheets before the shared strings. A sheet of notes comes
 * first, as in many JGZ extracts; the values are numbers, not text.
 */
async function workbook(name: string) {
  const path = join(dir, name);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const notes = book.addWorksheet('Toelichting');
  notes.addRow(['Extract JGZ, per kwartaal']).commit();
  notes.addRow(['Bron: JGZ-registratie']).commit();
  notes.commit();
  const data = book.addWorksheet('Gegevens');
  data.addRow(['indicator', 'periode', 'waarde', 'teller', 'noemer']).commit();
  data.addRow(['JGZ-04', QUARTER_NL, 47.5, 95, 200]).commit();
  data.addRow(['JGZ-05', QUARTER_NL, 21.5, 43, 200]).commit();
  data.commit();
  await book.commit();
  return path;
}

async function phoneShot(page: Page, name: string, selector: string) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

function indicatorRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
}

describe('importing an indicator extract, as the demo coordinator', () => {
  it('uploads an extract, reads the preview, commits it and sees the values change', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.getByRole('heading', { name: /Totaalscore/ }).waitFor();

    await page.goto(`${ctx.app.url}/c/voorbeeldstad/indicators`);
    const before = await indicatorRow(page, 'Uitsluitend borstvoeding 3 mnd').first().textContent();
    expect(before).not.toContain(QUARTER_NL);

    await page.getByRole('main').getByRole('link', { name: 'Indicatoren inlezen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indicatoren inlezen' }).waitFor();

    // A file with errors: each is named by line and column, and nothing can be stored.
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(broken);
    const errors = page.getByRole('table', { name: 'Fouten, per regel en kolom' });
    await errors.waitFor();
    const errorText = (await errors.textContent()) ?? '';
    expect(errorText).toContain("De indicatorcode 'JGZ-99' bestaat niet in deze coalitie.");
    expect(errorText).toContain('De periode 2026 past niet bij indicator JGZ-05, die per kwartaal wordt gemeten.');
    expect(errorText).toContain("'n.v.t.' is geen getal.");
    await page.getByText('Dit bestand heeft 3 fout(en).').waitFor();
    expect(await page.getByRole('button', { name: /waarden opslaan/ }).count()).toBe(0);
    await screenshot(page, 'import-preview-errors-desktop');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A good file: the preview says what changes, with a warning for the implausible percentage.
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(good);
    const rows = page.getByRole('table', { name: 'Waarden in het bestand' });
    await rows.waitFor();
    expect(await rows.getByRole('row').count()).toBe(4);
    expect(await rows.textContent()).toContain('47,5');
    const warnings = page.getByRole('table', { name: /Waarschuwingen/ });
    expect(await warnings.textContent()).toContain('De waarde 104 ligt buiten het aannemelijke bereik van JGZ-03');
    const stats = (await page.locator('.import-result .stat-grid').textContent()) ?? '';
    expect(stats).toMatch(/Nieuw\s*3/);
    await screenshot(page, 'import-preview-ok-desktop');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '3 waarden opslaan' }).click();
    await page.getByRole('heading', { name: /^Ingelezen als import \d+$/ }).waitFor();
    const batches = page.getByRole('table', { name: 'Imports van indicatorwaarden, nieuwste eerst' });
    await batches.getByRole('rowheader', { name: 'jgz-extract.csv' }).waitFor();
    await screenshot(page, 'import-batches-desktop');

    // The catalogue shows the new latest value, and the indicator page names the batch it came from.
    await page.getByRole('main').getByRole('link', { name: 'Naar de indicatoren' }).first().click();
    await page.waitForURL(/\/indicators$/);
    const after = indicatorRow(page, 'Uitsluitend borstvoeding 3 mnd').first();
    await after.filter({ hasText: QUARTER_NL }).waitFor();
    expect(await after.textContent()).toContain('47,5');
    await page.getByRole('link', { name: 'Uitsluitend borstvoeding 3 mnd' }).first().click();
    await page.waitForURL(/\/indicators\/JGZ-04$/);
    const values = page.getByRole('table', { name: /Waarden per periode/ });
    await values.filter({ hasText: 'jgz-extract.csv' }).waitFor();
    await page.locator('.recharts-line').first().waitFor();
    await screenshot(page, 'import-indicator-after-desktop');

    // Undo: the batch is withdrawn, and the catalogue no longer shows the quarter.
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/imports`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'jgz-extract.csv' }) });
    await row.getByRole('button', { name: /Import \d+ \(jgz-extract.csv\) ongedaan maken/ }).click();
    await row.getByRole('button', { name: 'Ja, ongedaan maken' }).click();
    await row.getByText('Ongedaan gemaakt').waitFor();
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/indicators`);
    await indicatorRow(page, 'Uitsluitend borstvoeding 3 mnd').first().waitFor();
    expect(await indicatorRow(page, 'Uitsluitend borstvoeding 3 mnd').first().textContent()).not.toContain(QUARTER_NL);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads an Excel workbook with a sheet of notes first: picks the data sheet, and reads another on request', async () => {
    const file = await workbook('jgz-extract.xlsx');
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.getByRole('heading', { name: /Totaalscore/ }).waitFor();
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/imports`);

    await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
    const rows = page.getByRole('table', { name: 'Waarden in het bestand' });
    await rows.waitFor();
    expect(await rows.getByRole('row').count()).toBe(3);
    expect(await rows.textContent()).toContain('47,5');
    const sheet = page.getByRole('combobox', { name: 'Werkblad' });
    expect(await sheet.inputValue()).toBe('Gegevens');
    await page.getByText("De werkmap heeft 2 werkbladen; werkblad 'Gegevens' is gelezen.").first().waitFor();
    await page.getByRole('button', { name: '2 waarden opslaan' }).waitFor();
    await screenshot(page, 'import-preview-xlsx-desktop');
    // Also with an undone batch in the list (the first test leaves one), every table fits its box
    // on a desktop, without scrolling sideways to reach the undo buttons.
    await page.getByText('Ongedaan gemaakt').first().waitFor();
    expect(await tablesWiderThanTheirBox(page)).toEqual([]);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(DESKTOP.width);

    // The sheet of notes has no header row: refused, with nothing to store.
    await sheet.selectOption('Toelichting');
    await page.getByText('De kopregel wordt niet herkend.').first().waitFor();
    expect(await page.getByRole('button', { name: /waarden opslaan/ }).count()).toBe(0);
    await screenshot(page, 'import-preview-xlsx-notes-desktop');

    await sheet.selectOption('Gegevens');
    await page.getByRole('button', { name: '2 waarden opslaan' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads well on a phone: the preview with errors, the preview without, the batches', async () => {
    const page = await ctx.browser.newPage({ viewport: PHONE, locale: 'nl-NL', isMobile: true });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.getByRole('heading', { name: /Totaalscore/ }).waitFor();
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/imports`);
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(broken);
    await page.getByRole('table', { name: 'Fouten, per regel en kolom' }).waitFor();
    await phoneShot(page, 'import-preview-errors-phone', '.import-result');
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);

    await page.getByLabel('Bestand', { exact: true }).setInputFiles(good);
    await page.getByRole('button', { name: '3 waarden opslaan' }).waitFor();
    await phoneShot(page, 'import-preview-ok-phone', '.import-result');
    await phoneShot(page, 'import-batches-phone', 'h2:has-text("Eerdere imports")');
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
    expect(quarterKey(quarter)).toMatch(/^\d{4}-Q[1-4]$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('creates an API key in Beheer, shows it once, feeds values with it, and revokes it', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.getByRole('heading', { name: /Totaalscore/ }).waitFor();
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/admin`);
    const section = page.getByRole('region', { name: 'API-sleutels', exact: true });
    await section.getByRole('textbox', { name: 'Naam' }).fill('JGZ-koppeling');
    await section.getByRole('button', { name: 'Sleutel maken' }).click();
    const keyField = section.getByRole('textbox', { name: 'API-sleutel' });
    await keyField.waitFor();
    const key = await keyField.inputValue();
    expect(key).toMatch(/^tks_/);
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'admin-api-keys-desktop.png') });

    const fed = await fetch(`${ctx.app.url}/api/coalitions/voorbeeldstad/imports?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ rows: [{ indicator: 'JGZ-04', period: QUARTER_NL, value: '47,5' }] }),
    });
    expect(fed.status).toBe(200);
    expect(await fed.json()).toMatchObject({ outcome: 'preview', counts: { insert: 1 } });

    await section.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    await section.getByRole('button', { name: 'API-sleutel JGZ-koppeling intrekken' }).click();
    await section.getByRole('button', { name: 'Ja, intrekken' }).click();
    await section.getByText('Ingetrokken').first().waitFor();
    const refused = await fetch(`${ctx.app.url}/api/coalitions/voorbeeldstad/imports`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(refused.status).toBe(401);
    expect(problems).toEqual([]);
    await page.close();
  });
});
