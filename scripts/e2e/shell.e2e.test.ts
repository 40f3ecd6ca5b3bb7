import { openDatabase } from '@tks/db/client';
import { coalitions } from '@tks/db/schema';
import { describe, expect, it } from 'vitest';
import { DEMO, screenshot, signInThroughPage, startApp, useAppAndBrowser, watchForErrors } from './harness';

const COALITION = 'Coalitie Kansrijke Start Voorbeeldstad';

const ctx = useAppAndBrowser();

describe('the app shell in Chromium', () => {
  it('shows the demo coalition in Dutch on a desktop, without errors', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await page.goto(ctx.app.url);
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await screenshot(page, 'sign-in-desktop');
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
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
    const page = await ctx.browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
      isMobile: true,
      hasTouch: true,
    });
    const problems = watchForErrors(page);
    await page.goto(`${ctx.app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await screenshot(page, 'sign-in-phone');
    await signInThroughPage(page, ctx.app.url, DEMO.partner);
    await page.getByText(COALITION).first().waitFor();
    const menu = page.getByRole('button', { name: /menu/i });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The header's controls must not sit on top of each other at phone width.
    const english = await page.getByRole('button', { name: /^EN/ }).boundingBox();
    const menuBox = await menu.boundingBox();
    if (!english || !menuBox) throw new Error('header controls not rendered');
    const overlaps =
      english.x < menuBox.x + menuBox.width &&
      menuBox.x < english.x + english.width &&
      english.y < menuBox.y + menuBox.height &&
      menuBox.y < english.y + english.height;
    expect(overlaps).toBe(false);
    await screenshot(page, 'shell-phone');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect(page.getByRole('link', { name: 'Vragenlijsten' }).first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'shell-phone-menu');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches to English, and opens in English at the next sign-in on another device', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await signInThroughPage(page, ctx.app.url, DEMO.director);
    await page.getByText(COALITION).first().waitFor();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/locale') && r.status() === 204);
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('link', { name: 'Questionnaires' }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await saved;
    await screenshot(page, 'shell-desktop-en');
    await page.close();

    // A fresh browser (no language stored on it) signs in and gets the account's language.
    const other = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    await signInThroughPage(other, ctx.app.url, DEMO.director);
    await other.getByRole('link', { name: 'Questionnaires' }).first().waitFor();
    expect(await other.locator('html').getAttribute('lang')).toBe('en');
    // Back to Dutch, which the account keeps for the tests after this one.
    const restored = other.waitForResponse((r) => r.url().endsWith('/api/auth/locale') && r.status() === 204);
    await other.getByRole('button', { name: /^NL/ }).click();
    await restored;
    await other.getByRole('link', { name: 'Vragenlijsten' }).first().waitFor();
    expect(await other.locator('html').getAttribute('lang')).toBe('nl');
    await other.close();
  });

  it('opens the action board read-only for a director, and answers an unknown page with a 404 inside the shell', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.director);
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/actions`);
    await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
    await page.getByText(/U kunt dit register lezen/).waitFor();
    await page.getByRole('heading', { name: 'Actiebord' }).waitFor();
    await screenshot(page, 'actions-director');
    await page.goto(`${ctx.app.url}/c/voorbeeldstad/bestaat-niet`);
    await page.getByText(COALITION).first().waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/niet gevonden/i);
    await screenshot(page, 'not-found');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('each role sees what it may see', () => {
  const roles = [
    { who: 'coordinator', admin: true, platform: false, role: 'coördinator' },
    { who: 'partner', admin: false, platform: false, role: 'partner' },
    { who: 'director', admin: false, platform: false, role: 'bestuurder' },
  ] as const;

  for (const { who, admin, role } of roles) {
    it(`the ${who}`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
      const problems = watchForErrors(page);
      await signInThroughPage(page, ctx.app.url, DEMO[who]);
      await page.getByText(COALITION).first().waitFor();
      await page.getByText(role, { exact: false }).first().waitFor();
      const nav = page.getByRole('navigation').first();
      expect(await nav.getByRole('link', { name: 'Beheer' }).count()).toBe(admin ? 1 : 0);
      await page.goto(`${ctx.app.url}/c/voorbeeldstad/admin`);
      if (admin) {
        await page.getByRole('heading', { name: 'Leden en uitnodigingen' }).waitFor();
        await page.getByRole('heading', { name: 'Logboek' }).waitFor();
        await screenshot(page, 'admin-coordinator');
      } else {
        await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      }
      await screenshot(page, `role-${who}`);
      expect(problems).toEqual([]);
      // The server agrees, whatever the page shows.
      const members = await page.evaluate(async () => (await fetch('/api/coalitions/voorbeeldstad/members')).status);
      expect(members).toBe(admin ? 200 : 403);
      await page.close();
    });
  }

  it('the platform administrator manages coalitions but sees no coalition data', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    await signInThroughPage(page, ctx.app.url, DEMO.admin);
    await page.waitForURL(/\/platform/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, 'platform-admin');
    const summary = await page.evaluate(async () => (await fetch('/api/coalitions/voorbeeldstad')).status);
    expect(summary).toBe(403);
    await page.close();
  });

  it('signs out', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
    await signInThroughPage(page, ctx.app.url, DEMO.director);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/sign-in/);
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).json());
    expect(session).toBeNull();
    await page.close();
  });
});

describe('the API documentation in Chromium', () => {
  it('renders under its content security policy without errors', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 } });
    const problems = watchForErrors(page);
    await page.goto(`${ctx.app.url}/api/docs`);
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
      const database = openDatabase(empty.databasePath, { migrate: false });
      expect(database.db.select().from(coalitions).all()).toEqual([]);
      database.close();
      expect(empty.output()).not.toMatch(/Demo logins/);
      const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.goto(empty.url);
      await page.waitForURL(/\/sign-in/);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      expect(await page.getByText(COALITION).count()).toBe(0);
      await page.close();
    } finally {
      expect(await empty.stop()).toBe(0);
    }
  });
});
