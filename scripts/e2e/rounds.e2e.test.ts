import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  screenshot,
  seriousAccessibilityViolations,
  signedInClient,
  signInThroughPage,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

/*
 * The coordinator's journey through a questionnaire round: create it, invite people, open it, see
 * the invitations in the outbox, follow the response as it comes in, and read and discuss the
 * results of a closed demo round. Every screen is photographed at desktop and phone size and
 * checked with axe-core.
 */

const ctx = useAppAndBrowser();
const SLUG = 'voorbeeldstad';

async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function noHorizontalScroll(page: Page, width: number) {
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(width);
}

describe('questionnaire rounds, as the demo coordinator', () => {
  it('creates a round, invites people, opens it, and follows the response', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.goto(`${ctx.app.url}/c/${SLUG}/questionnaires`);
    await page.getByRole('heading', { name: 'Vragenlijsten', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Vragenlijstrondes/ }).waitFor();
    await page.getByRole('table', { name: /Versies van de partnervragenlijst/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rounds-overview-desktop');

    await page.getByRole('link', { name: 'Nieuwe ronde' }).click();
    await page.getByRole('heading', { name: 'Nieuwe ronde', level: 1 }).waitFor();
    await page.getByLabel('Naam van de ronde').fill('Partnervragenlijst e2e');
    await expectAccessible(page);
    await screenshot(page, 'rounds-new-desktop');
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await page.getByRole('heading', { name: 'Partnervragenlijst e2e', level: 1 }).waitFor();
    const roundUrl = page.url();
    expect(roundUrl).toMatch(/\/questionnaires\/rounds\/\d+$/);

    // A pasted list: a wrong line is reported with its line and column, nothing is added yet.
    const list = page.getByLabel('Genodigden, één per regel');
    await list.fill(
      [
        'Anna de Vries; anna@e2e.example; Verloskundigenpraktijk De Wieg; verloskundige',
        'bert@e2e.example; JGZ; jeugdverpleegkundige',
        'carla@e2e; Onbekende Club',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Lijst controleren' }).click();
    await page.getByText('Regel 3, kolom e-mailadres: “carla@e2e” is geen geldig e-mailadres.').waitFor();
    await page.getByText('Regel 3, kolom organisatie: “Onbekende Club” is geen organisatie van de coalitie.').waitFor();
    await screenshot(page, 'rounds-paste-errors-desktop');
    await list.fill(
      [
        'Anna de Vries; anna@e2e.example; Verloskundigenpraktijk De Wieg; verloskundige',
        'bert@e2e.example; JGZ; jeugdverpleegkundige',
        'carla@e2e.example; Kraamzorg Thuis',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Lijst controleren' }).click();
    await page.getByRole('button', { name: '3 personen toevoegen' }).click();
    await page.getByText('3 toegevoegd.').waitFor();
    await page.getByRole('table', { name: 'Genodigden en hun status' }).getByText('carla@e2e.example').waitFor();

    await page.getByRole('button', { name: 'Ronde openen en uitnodigingen versturen' }).click();
    await page.getByRole('button', { name: 'Ja, openen' }).click();
    await page.getByText('De ronde is open; 3 uitnodigingen verstuurd.').waitFor();
    await page.getByText(/De respons wordt elke 15 seconden bijgewerkt/).waitFor();

    // The invitations are in the outbox, each with its own personal link.
    await page.goto(`${ctx.app.url}/c/${SLUG}/admin`);
    const outbox = page.getByRole('region', { name: 'Verzonden e-mail' });
    await outbox.getByText('anna@e2e.example').first().waitFor();
    await outbox
      .getByText('Vragenlijst Partnervragenlijst e2e – Coalitie Kansrijke Start Voorbeeldstad')
      .first()
      .waitFor();
    await screenshot(page, 'rounds-outbox-desktop');

    const api = await signedInClient(ctx.app.url, DEMO.coordinator.email, DEMO.coordinator.password);
    const mails = (await (await api.request('GET', `/api/coalitions/${SLUG}/outbox`)).json()) as {
      messages: Array<{ toAddress: string; bodyText: string }>;
    };
    const annaMail = mails.messages.find((m) => m.toAddress === 'anna@e2e.example');
    const token = /\/q\/([\w-]{43})/.exec(annaMail?.bodyText ?? '')?.[1];
    expect(token).toBeDefined();

    // Anna answers through her link (the respondent's own page is tested elsewhere).
    const opened = await fetch(`${ctx.app.url}/api/respond/${token}`);
    expect(opened.status).toBe(200);
    const questionnaire = (await opened.json()) as {
      instrument: { dimensions: Array<{ items: Array<{ id: number }> }> };
    };
    const likert = Object.fromEntries(
      questionnaire.instrument.dimensions.flatMap((d) => d.items.map((i) => [String(i.id), 4] as const)),
    );
    const csrf = await fetch(`${ctx.app.url}/api/auth/csrf`);
    const submit = await fetch(`${ctx.app.url}/api/respond/${token}/submit`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': ((await csrf.json()) as { csrfToken: string }).csrfToken,
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
      },
      body: JSON.stringify({ likert, open: {} }),
    });
    expect(submit.status).toBe(200);

    // The tracking page shows who responded, by organisation, and who would get a reminder.
    await page.goto(roundUrl);
    await page.getByRole('heading', { name: 'Respons per organisatie' }).waitFor();
    await page
      .getByText(/1 van 1 \(100\s?%\)/)
      .first()
      .waitFor();
    await page.getByText(/Ingevuld op/).waitFor();
    await page.getByRole('heading', { name: 'Wie krijgt een herinnering' }).waitFor();
    await page.getByRole('button', { name: 'Herinnering sturen (0)' }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Helemaal eens');
    await expectAccessible(page);
    await screenshot(page, 'rounds-tracking-desktop');

    const phone = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true });
    const phoneProblems = watchForErrors(phone);
    await signInThroughPage(phone, ctx.app.url, DEMO.coordinator);
    for (const [path, name, heading] of [
      [`/c/${SLUG}/questionnaires`, 'rounds-overview-phone', 'Vragenlijsten'],
      [`/c/${SLUG}/questionnaires/rounds/new`, 'rounds-new-phone', 'Nieuwe ronde'],
      [new URL(roundUrl).pathname, 'rounds-tracking-phone', 'Partnervragenlijst e2e'],
      [`${new URL(roundUrl).pathname}/import`, 'rounds-import-phone', 'Antwoorden importeren'],
    ] as const) {
      await phone.goto(`${ctx.app.url}${path}`);
      await phone.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await phone.waitForLoadState('networkidle');
      await noHorizontalScroll(phone, 390);
      await expectAccessible(phone);
      await screenshot(phone, name);
    }
    expect(phoneProblems).toEqual([]);
    await phone.close();

    await page.goto(`${roundUrl}/import`);
    await page.getByRole('heading', { name: 'Antwoorden importeren', level: 1 }).waitFor();
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Organisatie;Functie;A1;A2;O1\nJGZ;jeugdarts;4;zes;Goed\nKraamzorg Thuis;kraamverzorgende;5;4;\n',
        'utf8',
      ),
    });
    await page
      .getByRole('table', { name: 'Fouten per regel en kolom' })
      .getByText('“zes” is geen antwoord op de schaal 1 tot 5 of “weet niet”.')
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rounds-import-desktop');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the results and the discussion view of a closed demo round, with small groups suppressed', async () => {
    for (const viewport of [
      { width: 1366, height: 900, suffix: 'desktop' },
      { width: 390, height: 844, suffix: 'phone' },
    ]) {
      const page = await ctx.browser.newPage({
        viewport: { width: viewport.width, height: viewport.height },
        locale: 'nl-NL',
        isMobile: viewport.suffix === 'phone',
      });
      const problems = watchForErrors(page);
      await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
      await page.goto(`${ctx.app.url}/c/${SLUG}/questionnaires`);
      const closedRow = page.getByRole('row').filter({ hasText: 'Gesloten' }).first();
      await closedRow.getByRole('link', { name: /^Uitkomsten/ }).click();
      await page.getByRole('heading', { name: /^Uitkomsten: /, level: 1 }).waitFor();
      await page.getByRole('heading', { name: /Gedeelde doelen en eigenaarschap/ }).waitFor();
      await page
        .getByText(/^Verdeling van de antwoorden/)
        .first()
        .waitFor({ state: 'attached' });
      await expectAccessible(page);
      await screenshot(page, `rounds-results-${viewport.suffix}`);

      await page.getByLabel('Per organisatie').check();
      await page.getByRole('table', { name: /Gedeelde doelen en eigenaarschap per organisatie/ }).waitFor();
      const hidden = await page.getByText('verborgen (te klein of herleidbaar)').count();
      expect(hidden).toBeGreaterThan(0);
      await expectAccessible(page);
      if (viewport.suffix === 'phone') await noHorizontalScroll(page, viewport.width);
      await screenshot(page, `rounds-results-organisations-${viewport.suffix}`);

      await page.getByRole('link', { name: 'Bespreken' }).first().click();
      await page.getByRole('heading', { name: /^Bespreken: /, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Overzicht', level: 2 }).waitFor();
      await screenshot(page, `rounds-discuss-overview-${viewport.suffix}`);
      await page.getByRole('button', { name: /Volgende/ }).click();
      await page.getByRole('heading', { name: /Gedeelde doelen en eigenaarschap/, level: 2 }).waitFor();
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('discussion-title');
      if (viewport.suffix === 'desktop') {
        await page.getByLabel('Wat concludeert de coalitie?').fill('Doelen bespreken in elk teamoverleg.');
        await page.getByRole('button', { name: 'Conclusie opslaan' }).click();
        await page.getByText(/^Opgeslagen om/).waitFor();
        await page.getByText('Verbeteractie maken van dit thema').click();
        await page.getByLabel('Wat gaan we doen?').fill('Werkplan in elk teamoverleg');
        await page.getByRole('button', { name: 'Actie aanmaken' }).click();
        await page.getByText('Actie “Werkplan in elk teamoverleg” aangemaakt.').waitFor();
      }
      await expectAccessible(page);
      if (viewport.suffix === 'phone') await noHorizontalScroll(page, viewport.width);
      await screenshot(page, `rounds-discuss-dimension-${viewport.suffix}`);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
  it('copies the default instrument into a draft version and rewords a statement as a new item', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.goto(`${ctx.app.url}/c/${SLUG}/questionnaires`);
    await page.getByRole('link', { name: 'Bekijken Versie 1' }).click();
    await page.getByRole('heading', { name: 'Versie 1', level: 1 }).waitFor();
    await page
      .getByText(/kan niet meer worden gewijzigd/)
      .first()
      .waitFor();
    await screenshot(page, 'rounds-version-locked-desktop');
    await page.getByRole('button', { name: 'Kopiëren als nieuwe versie' }).click();
    await page.getByRole('heading', { name: 'Versie 2', level: 1 }).waitFor();
    const first = page.getByLabel('Stelling 1 (Nederlands)').first();
    await first.fill('In de coalitie werken we samen aan één concreet doel.');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    await page.getByText('A6', { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rounds-version-edit-desktop');
    const url = page.url();
    expect(problems).toEqual([]);
    await page.close();

    const phone = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true });
    await signInThroughPage(phone, ctx.app.url, DEMO.coordinator);
    await phone.goto(url);
    await phone.getByRole('heading', { name: 'Versie 2', level: 1 }).waitFor();
    await noHorizontalScroll(phone, 390);
    await expectAccessible(phone);
    await screenshot(phone, 'rounds-version-edit-phone');
    await phone.close();
  });
});
