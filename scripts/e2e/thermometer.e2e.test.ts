import { describe, expect, it } from 'vitest';
import {
  DEMO,
  screenshot,
  signInThroughPage,
  tablesWiderThanTheirBox,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

const ctx = useAppAndBrowser();

describe('the thermometer dashboard with the demo coalition', () => {
  it('shows the thermometer, the five components and a drill-down, on a desktop', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.director);
    await page.getByRole('heading', { name: /Totaalscore K3 2026/ }).waitFor();
    const graphic = page.locator('svg[role="img"]').first();
    await graphic.waitFor();
    expect(await graphic.locator('title').textContent()).toMatch(
      /^Thermometer: [\d,]+ van 100, \w+; 5 van 5 onderdelen/,
    );
    await page.getByText('5 van 5 onderdelen hebben gegevens', { exact: true }).waitFor();
    for (const name of [
      'Meten & weten',
      'Informatie delen',
      'Reflecteren',
      'Samenwerken & leren',
      'Integraal behandelplan',
    ]) {
      await page.getByRole('main').getByRole('link', { name }).first().waitFor();
    }
    await screenshot(page, 'thermometer-desktop');

    await page.getByRole('main').getByRole('link', { name: 'Samenwerken & leren' }).first().click();
    await page.waitForURL(/\/component\/samenwerken_leren/);
    await page.getByRole('rowheader', { name: /Partners die meededen aan leeractiviteiten/ }).waitFor();
    await screenshot(page, 'component-samenwerken-leren');

    // Every drill-down's ten columns fit a 1366 px desktop, down to n, without scrolling sideways.
    for (const code of [
      'meten_weten',
      'informatie_delen',
      'reflecteren',
      'samenwerken_leren',
      'integraal_behandelplan',
    ]) {
      await page.goto(`${ctx.app.url}/c/voorbeeldstad/component/${code}`);
      await page.getByRole('table', { name: /^Metingen van/ }).waitFor();
      expect(await tablesWiderThanTheirBox(page), code).toEqual([]);
    }
    await screenshot(page, 'component-integraal-behandelplan');
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/component/meten_weten`);
    await page.getByRole('table', { name: /^Metingen van/ }).waitFor();
    await screenshot(page, 'component-meten-weten');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches the quarter and reads well on a phone', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.partner);
    await page.getByRole('heading', { name: /Totaalscore K3 2026/ }).waitFor();
    await page
      .getByLabel(/Kwartaal/)
      .first()
      .selectOption('2025-Q3');
    await page.getByRole('heading', { name: /Totaalscore K3 2025/ }).waitFor();
    expect(page.url()).toContain('quarter=2025-Q3');
    await screenshot(page, 'thermometer-phone');
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the trends as a chart with annotations and a table', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/trends`);
    await page.getByRole('heading', { name: 'Scores per kwartaal' }).waitFor();
    const overview = page.locator('.chart-figure').first();
    await overview.locator('.recharts-line').first().waitFor();
    expect(await overview.locator('.recharts-line').count()).toBe(6);
    await page.getByRole('heading', { name: 'Gebeurtenissen op de tijdlijn' }).waitFor();
    await page.getByRole('table', { name: 'Scores per kwartaal (0–100)' }).waitFor();
    await screenshot(page, 'trends-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('table', { name: 'Scores per kwartaal (0–100)' }).waitFor();
    await screenshot(page, 'trends-phone');
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  });
});
