import { describe, expect, it } from 'vitest';
import {
  DEMO,
  screenshot,
  seriousAccessibilityViolations,
  signInThroughPage,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

const ctx = useAppAndBrowser();

const NOTE = 'Tweede team prenatale huisbezoeken gestart';

describe('trends per measure and timeline events', () => {
  it('lets the coordinator add an event for one indicator, which a director then sees on that chart', async () => {
    const coordinator = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    const problems = watchForErrors(coordinator);
    await signInThroughPage(coordinator, ctx.app.url, DEMO.coordinator);
    await coordinator.goto(`${ctx.app.url}/c/voorbeeldstad/trends`);
    const form = coordinator.getByRole('form', { name: 'Gebeurtenis toevoegen' });
    await form.waitFor();
    await form.getByLabel(/Wat gebeurde er/).fill(NOTE);
    await form.getByLabel('Kwartaal').selectOption('2026-Q2');
    const scope = form.getByLabel(/Geldt voor/);
    const jgz01 = await scope.locator('option', { hasText: /^JGZ-01 / }).getAttribute('value');
    expect(jgz01).toMatch(/^indicator:\d+$/);
    await scope.selectOption(jgz01 ?? '');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    const item = coordinator.locator('.annotation-list li', { hasText: NOTE });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/K2 2026.*\(JGZ-01\)/);
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await screenshot(coordinator, 'trends-events-coordinator-phone');
    expect(await seriousAccessibilityViolations(coordinator)).toEqual([]);
    expect(Number(await coordinator.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await coordinator.close();

    const director = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    const seen = watchForErrors(director);
    await signInThroughPage(director, ctx.app.url, DEMO.director);
    await director.goto(`${ctx.app.url}/c/voorbeeldstad/trends?component=meten_weten`);
    const number = await director.locator('.annotation-list li', { hasText: NOTE }).getAttribute('value');
    const chart = director.getByRole('article', { name: /JGZ-01/ });
    await chart.locator('.recharts-line').first().waitFor();
    // The numbered marker on the indicator's own chart, and in words beneath it.
    await chart.locator('svg text', { hasText: new RegExp(`^\\((\\d+, )*${number}(, \\d+)*\\)$`) }).waitFor();
    await chart.getByText(new RegExp(`Gebeurtenissen in deze grafiek: .*\\b${number}\\b`)).waitFor();
    // A target that changed over time is drawn as a step beside the values.
    expect(await chart.locator('.recharts-line').count()).toBeGreaterThanOrEqual(2);
    // Not on a chart it does not concern.
    const other = director.getByRole('article', { name: /JGZ-03/ });
    const numbersOn = async (article: typeof chart) =>
      (await article.locator('figcaption').allTextContents()).flatMap(
        (t) => (t.split(':')[1] ?? '').match(/\d+/g) ?? [],
      );
    expect(await numbersOn(chart)).toContain(String(number));
    expect(await numbersOn(other)).not.toContain(String(number));
    // No way to change events for a director.
    expect(await director.getByRole('form', { name: 'Gebeurtenis toevoegen' }).count()).toBe(0);
    await screenshot(director, 'trends-measures-desktop');
    expect(await seriousAccessibilityViolations(director)).toEqual([]);

    await director.setViewportSize({ width: 390, height: 844 });
    await chart.locator('.recharts-line').first().waitFor();
    await screenshot(director, 'trends-measures-phone');
    expect(Number(await director.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    expect(seen).toEqual([]);
    await director.close();
  });
});
