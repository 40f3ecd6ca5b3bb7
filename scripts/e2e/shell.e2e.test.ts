import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningApp, screenshot, startApp, watchForErrors } from './harness';

const COALITION = 'Coalitie Kansrijke Start Voorbeeldstad';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (app) {
    const code = await app.stop();
    // Graceful shutdown: SIGTERM ends the process cleanly.
    expect(code).toBe(0);
  }
});

describe('the app shell in Chromium', () => {
  it('shows the demo coalition in Dutch on a desktop, without errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await page.goto(app.url);
    await page.getByText(COALITION).first().waitFor();
    await expect(
      page.getByRole('navigation').first().getByRole('link', { name: 'Vragenlijsten' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Indicatoren' }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(page.url()).toMatch(/\/c\/voorbeeldstad/);
    await screenshot(page, 'shell-desktop');

    await page.getByRole('link', { name: 'Indicatoren' }).first().click();
    await page.getByRole('cell', { name: 'JGZ-01' }).waitFor();
    await screenshot(page, 'indicators-desktop');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('collapses the navigation behind a menu button on a phone', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
      isMobile: true,
      hasTouch: true,
    });
    const problems = watchForErrors(page);
    await page.goto(app.url);
    await page.getByText(COALITION).first().waitFor();
    const menu = page.getByRole('button', { name: /menu/i });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'shell-phone');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect(page.getByRole('link', { name: 'Vragenlijsten' }).first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'shell-phone-menu');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to English', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(app.url);
    await page.getByText(COALITION).first().waitFor();
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('link', { name: 'Questionnaires' }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'shell-desktop-en');
    await page.close();
  });

  it('opens a section that is still to come, and answers an unknown page with a 404 inside the shell', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await page.goto(`${app.url}/c/voorbeeldstad/trends`);
    await page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
    await page
      .getByText(/Nog niet beschikbaar/)
      .first()
      .waitFor();
    await screenshot(page, 'trends-coming-soon');
    await page.goto(`${app.url}/c/voorbeeldstad/bestaat-niet`);
    await page.getByText(COALITION).first().waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/niet gevonden/i);
    await screenshot(page, 'not-found');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the API documentation in Chromium', () => {
  it('renders under its content security policy without errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const problems = watchForErrors(page);
    await page.goto(`${app.url}/api/docs`);
    await page.getByText('Thermometer Kansrijke Start API').first().waitFor();
    await page.getByText('/api/coalitions/{slug}').first().waitFor();
    await screenshot(page, 'api-docs');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('starting without demo data', () => {
  it('starts with an empty database when DEMO_DATA=false', async () => {
    const empty = await startApp({ DEMO_DATA: 'false' });
    try {
      const response = await fetch(`${empty.url}/api/coalitions`);
      expect(await response.json()).toEqual({ coalitions: [] });
      expect(empty.output()).not.toMatch(/Demo logins/);
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.goto(empty.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await screenshot(page, 'no-coalitions');
      expect(await page.getByText(COALITION).count()).toBe(0);
      await page.close();
    } finally {
      expect(await empty.stop()).toBe(0);
    }
  });
});
