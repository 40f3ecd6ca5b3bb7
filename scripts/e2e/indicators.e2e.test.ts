import { join } from 'node:path';
import { formatQuarter } from '@tks/shared/format';
import { quarterOfDate } from '@tks/shared/periods';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  SCREENSHOT_DIR,
  screenshot,
  seriousAccessibilityViolations,
  signInThroughPage,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

const ctx = useAppAndBrowser();
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** What a phone shows at once, from a given element down (a full-page shot of a phone is too tall to read). */
async function viewportShot(page: Page, name: string, selector?: string) {
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
}

describe('indicator pages and the catalogue, as the demo coordinator', () => {
  it('opens an indicator from the thermometer drill-down, reads it, and sets a new target', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.getByRole('heading', { name: /Totaalscore/ }).waitFor();

    // Thermometer → component → the measure's row → the indicator's own page.
    await page.getByRole('main').getByRole('link', { name: 'Meten & weten' }).first().click();
    await page.waitForURL(/\/component\/meten_weten/);
    await page
      .getByRole('link', { name: /Uitsluitend borstvoeding 3 mnd/ })
      .first()
      .click();
    await page.waitForURL(/\/indicators\/JGZ-04$/);
    await page.getByRole('heading', { level: 1, name: 'Uitsluitend borstvoeding 3 mnd' }).waitFor();

    const card = page.getByRole('region', { name: 'Definitie' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Kinderen die rond 3 maanden uitsluitend borstvoeding krijgen');
    expect(await card.textContent()).toMatch(/Streefwaarde nu\s*35%/);
    expect(await card.textContent()).toMatch(/Landelijk cijfer\s*31%/);

    await page.getByRole('img', { name: /Lijngrafiek van Uitsluitend borstvoeding 3 mnd/ }).waitFor();
    await page.locator('.recharts-line').first().waitFor();
    // The values, a target and a national line.
    expect(await page.locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
    const values = page.getByRole('table', { name: /Waarden per periode/ });
    await values.waitFor();
    expect(await values.getByRole('row').count()).toBeGreaterThan(4);
    // The demo extract is the batch every value came from; the interval is shown where counts are known.
    expect(await values.textContent()).toContain('demo-voorbeeldstad-indicatoren');
    expect(await values.textContent()).toMatch(/\d+,\d – \d+,\d/);
    await screenshot(page, 'indicator-desktop');
    await expectAccessible(page);

    // A new target from the current quarter on: the card says so, the earlier one stays in the history.
    await page.getByRole('link', { name: 'Indicator bewerken' }).click();
    await page.waitForURL(/\/indicators\/JGZ-04\/edit$/);
    const quarter = formatQuarter(quarterOfDate(new Date()), 'nl');
    await page.getByRole('textbox', { name: 'Geldig vanaf' }).fill(quarter);
    await page.getByRole('textbox', { name: 'Waarde', exact: true }).fill('42,5');
    await page.getByRole('button', { name: 'Waarde vastleggen' }).click();
    await page.getByText(`Streefwaarde 42,5% geldt vanaf ${quarter}.`).waitFor();
    await page.getByRole('link', { name: 'Terug naar de indicatoren' }).click();
    await page.waitForURL(/\/indicators\/JGZ-04$/);
    await card.waitFor();
    await page.getByText(`42,5% (vanaf ${quarter})`).waitFor();
    const references = page.getByRole('table', { name: /Streefwaarde, nulmeting en landelijk cijfer/ });
    expect(await references.getByRole('row', { name: /Streefwaarde/ }).count()).toBe(2);

    await page.setViewportSize(PHONE);
    await page.getByRole('region', { name: 'Definitie' }).waitFor();
    await screenshot(page, 'indicator-phone');
    await viewportShot(page, 'indicator-phone-top');
    await viewportShot(page, 'indicator-phone-chart', '.chart-figure');
    await viewportShot(page, 'indicator-phone-values', '.values-table');
    await expectNoSidewaysScroll(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains a band gap beside the band, in Dutch, before anything is saved', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/indicators/JGZ-05/edit`);
    await page.getByRole('heading', { level: 1, name: 'JGZ-05 bewerken' }).waitFor();
    await page.getByRole('checkbox', { name: 'Eigen kleurbanden gebruiken' }).check();
    const from = page.getByRole('textbox', { name: 'Van', exact: true });
    await from.nth(1).fill('55');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const message = 'Er zit een gat tussen band 1 (tot 50) en band 2 (vanaf 55). Laat band 2 beginnen bij 50.';
    await page.getByRole('alert').getByRole('link', { name: message }).waitFor();
    await page.getByText(message, { exact: false }).nth(1).waitFor();
    await screenshot(page, 'indicator-edit-band-error-desktop');
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'indicator-edit-band-error-phone');
    await viewportShot(page, 'indicator-edit-band-error-phone-bands', '.band-editor');
    await expectNoSidewaysScroll(page);

    // Fixed, it saves and the page shows the bands.
    await page.setViewportSize(DESKTOP);
    await from.nth(1).fill('50');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    // The page of the indicator, with its bands (waited for by content: a client-side navigation).
    await page.getByText('in ontwikkeling 50 tot 75').waitFor();
    expect(page.url()).toMatch(/\/indicators\/JGZ-05$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the catalogue with a link to every indicator, on a desktop and a phone', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/indicators`);
    const table = page.getByRole('table', { name: 'Indicatoren met hun meest recente waarde' });
    await table.waitFor();
    expect(await table.getByRole('link').count()).toBeGreaterThanOrEqual(20);
    await page.getByRole('link', { name: 'Nieuwe indicator' }).waitFor();
    await screenshot(page, 'indicators-catalogue-desktop');
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await table.waitFor();
    await screenshot(page, 'indicators-catalogue-phone');
    await viewportShot(page, 'indicators-catalogue-phone-top');
    await expectNoSidewaysScroll(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});
