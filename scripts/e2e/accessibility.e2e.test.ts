import { describe, expect, it } from 'vitest';
import { DEMO, seriousAccessibilityViolations, signInThroughPage, useAppAndBrowser } from './harness';

const ctx = useAppAndBrowser();

const PAGES = [
  { path: '/c/voorbeeldstad', ready: /Totaalscore/ },
  { path: '/c/voorbeeldstad/component/informatie_delen', ready: /Waar de score op rust/ },
  { path: '/c/voorbeeldstad/indicators', ready: /Indicatoren/ },
  { path: '/c/voorbeeldstad/admin', ready: /Leden en uitnodigingen/ },
  { path: '/c/voorbeeldstad/trends', ready: /Scores per kwartaal/ },
  { path: '/c/voorbeeldstad/actions', ready: /Verbeteracties/ },
];

describe('accessibility (axe-core in Chromium): no serious or critical violations', () => {
  it('reports a violation when there is one (the check itself works)', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.evaluate(
      `document.querySelector('main').append(Object.assign(document.createElement('button'), { id: 'nameless' }))`,
    );
    const violations = await seriousAccessibilityViolations(page);
    expect(violations.map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it('on the sign-in page', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await page.goto(`${ctx.app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`on the coordinator's pages at ${viewport.width}px`, async () => {
      const page = await ctx.browser.newPage({ viewport, locale: 'nl-NL' });
      await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
      for (const { path, ready } of PAGES) {
        await page.goto(`${ctx.app.url}${path}`);
        await page.getByRole('heading', { name: ready }).first().waitFor();
        expect(await seriousAccessibilityViolations(page), path).toEqual([]);
      }
      await page.close();
    });
  }
});
