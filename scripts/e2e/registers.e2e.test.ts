import { join } from 'node:path';
import { quarterKey, quarterOfDate } from '@tks/shared/periods';
import type { Page } from 'playwright-core';
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
const SLUG = 'voorbeeldstad';
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The quarter a conversation recorded today falls in; the thermometer is read for that quarter. */
const QUARTER = quarterKey(quarterOfDate(new Date()));

async function reflecterenScore(page: Page): Promise<string> {
  await page.goto(`${ctx.app.url}/c/${SLUG}?quarter=${QUARTER}`);
  const tile = page.locator('li.component-tile', { has: page.getByRole('link', { name: 'Reflecteren' }) });
  await tile.waitFor();
  return ((await tile.locator('.component-tile__score').textContent()) ?? '').trim();
}

function column(page: Page, status: string) {
  return page.getByRole('region', { name: new RegExp(`^${status} \\(`) });
}

describe('registers and improvement actions in the browser', () => {
  it('a coordinator records a mirror conversation, creates two actions from it, closes one, and the reflecteren score and the board change', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    const before = await reflecterenScore(page);
    expect(before).toMatch(/^\d+(,\d)?/);

    await page.goto(`${ctx.app.url}/c/${SLUG}/registers/mirror-conversations`);
    await page.getByRole('heading', { level: 1, name: 'Reflecteren' }).waitFor();
    await page.getByRole('button', { name: 'Spiegelgesprek vastleggen' }).click();
    await page.getByText(/Schrijf geen namen of andere herkenbare gegevens/).waitFor();
    await page.getByLabel('Thema').fill('Wachten op de kraamzorg');
    await page.getByLabel('Aantal ouders').fill('7');
    await page.getByLabel('Aantal professionals').fill('12');
    await page.getByLabel(/^Wat goed gaat/).fill('De kraamverzorgende neemt de tijd.');
    // The heuristic warns when a text looks like it names a family.
    await page.getByLabel(/^Wat beter kan/).fill('Familie Jansen wachtte twee weken.');
    await page.getByText(/lijkt een naam van een persoon of gezin te bevatten/).waitFor();
    await screenshot(page, 'registers-mirror-form-desktop');
    await page.getByLabel(/^Wat beter kan/).fill('Ouders wachten soms twee weken op een intake.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Wachten op de kraamzorg' }).waitFor();

    for (const title of ['Intake kraamzorg binnen een week', 'Folder over de wachttijd']) {
      await page.getByRole('button', { name: /^Vervolgactie maken bij Wachten op de kraamzorg/ }).click();
      await page.getByRole('heading', { name: /Vervolgactie bij het spiegelgesprek/ }).waitFor();
      await page.getByLabel('Titel').fill(title);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByRole('listitem').filter({ hasText: title }).first().waitFor();
    }
    await screenshot(page, 'registers-mirror-desktop');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const withOpenActions = await reflecterenScore(page);
    // Two open follow-up actions: none of them done yet, so the follow-up measure scores 0.
    expect(withOpenActions).toMatch(/^\d+(,\d)?/);
    expect(withOpenActions).not.toBe(before);

    await page.goto(`${ctx.app.url}/c/${SLUG}/actions`);
    await page.getByRole('heading', { name: 'Actiebord' }).waitFor();
    const openBefore = await column(page, 'Open').getByRole('listitem').count();
    const doneBefore = await column(page, 'Afgerond').getByRole('listitem').count();
    await column(page, 'Open').getByText('Intake kraamzorg binnen een week').waitFor();
    await page.getByRole('button', { name: 'Intake kraamzorg binnen een week afronden' }).click();
    await column(page, 'Afgerond').getByText('Intake kraamzorg binnen een week').waitFor();
    expect(await column(page, 'Open').getByRole('listitem').count()).toBe(openBefore - 1);
    expect(await column(page, 'Afgerond').getByRole('listitem').count()).toBe(doneBefore + 1);
    // Demo actions past their due date are marked in words, not only in colour.
    expect(await page.locator('.action-card--overdue').count()).toBeGreaterThan(0);
    await page.locator('.action-card--overdue').first().getByText('Over de datum').waitFor();
    await screenshot(page, 'registers-board-desktop');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const afterClosing = await reflecterenScore(page);
    expect(afterClosing).not.toBe(withOpenActions);

    // The board filters by component.
    await page.goto(`${ctx.app.url}/c/${SLUG}/actions`);
    await page.getByLabel('Onderdeel').selectOption('reflecteren');
    await column(page, 'Afgerond').getByText('Intake kraamzorg binnen een week').waitFor();
    expect(await page.locator('.board').getByText('Eén aanmeldformulier van verloskunde naar JGZ').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a partner edits their own organisation's action and is refused another's", async () => {
    const page = await ctx.browser.newPage({ viewport: PHONE, locale: 'nl-NL', isMobile: true });
    const problems = watchForErrors(page);
    await signInThroughPage(page, ctx.app.url, DEMO.partner);
    await page.goto(`${ctx.app.url}/c/${SLUG}/actions`);
    await page.getByRole('heading', { name: 'Actiebord' }).waitFor();
    const own = 'Eerder in zorg: eerste consult vóór week 10';
    // Another organisation's action shows no buttons to a partner.
    await page.getByText('Eén aanmeldformulier van verloskunde naar JGZ').waitFor();
    expect(
      await page.getByRole('button', { name: 'Eén aanmeldformulier van verloskunde naar JGZ wijzigen' }).count(),
    ).toBe(0);

    await page.getByRole('button', { name: `${own} wijzigen` }).click();
    await page.getByLabel(/^Eigenaar \(persoon of functie\)/).fill('Praktijkhouder De Wieg');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Verloskundigenpraktijk De Wieg — Praktijkhouder De Wieg').waitFor();
    await page.getByRole('button', { name: `${own} starten` }).click();
    await column(page, 'Bezig').getByText(own).waitFor();
    await screenshot(page, 'registers-board-partner-phone');
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await page.close();

    // The server refuses what the page does not offer.
    const partner = await signedInClient(ctx.app.url, DEMO.partner.email, DEMO.partner.password);
    const { actions } = (await (await partner.request('GET', `/api/coalitions/${SLUG}/actions`)).json()) as {
      actions: Array<{ id: number; title: string; component: string; ownerOrganisation: { name: string } | null }>;
    };
    const theirs = actions.find((a) => a.title === 'Eén aanmeldformulier van verloskunde naar JGZ');
    expect(theirs?.ownerOrganisation?.name).toBe('JGZ Voorbeeldstad');
    const refused = await partner.request('POST', `/api/coalitions/${SLUG}/actions/${theirs?.id}/status`, {
      status: 'done',
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'own_organisation_only' });
    const edit = await partner.request('PUT', `/api/coalitions/${SLUG}/actions/${theirs?.id}`, {
      title: 'Overgenomen',
      component: theirs?.component,
    });
    expect(edit.status).toBe(403);
  });

  it('every register page, the matrix and the board read well on desktop and phone, without serious accessibility problems', async () => {
    const pages = [
      {
        path: 'registers/agreements',
        heading: 'Informatie delen',
        name: 'agreements',
        wait: 'Matrix: organisaties en soorten gegevens',
      },
      { path: 'registers/mirror-conversations', heading: 'Reflecteren', name: 'mirror', wait: 'Spiegelgesprekken' },
      { path: 'registers/learning', heading: 'Samenwerken & leren', name: 'learning', wait: 'Breedte van deelname' },
      {
        path: 'registers/care-plans',
        heading: 'Integraal behandelplan',
        name: 'care-plans',
        wait: 'Aantallen per kwartaal',
      },
      { path: 'actions', heading: 'Verbeteracties', name: 'actions', wait: 'Actiebord' },
    ];
    for (const viewport of [DESKTOP, PHONE]) {
      const phone = viewport === PHONE;
      const page = await ctx.browser.newPage({ viewport, locale: 'nl-NL', isMobile: phone });
      const problems = watchForErrors(page);
      await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
      for (const entry of pages) {
        await page.goto(`${ctx.app.url}/c/${SLUG}/${entry.path}`);
        await page.getByRole('heading', { level: 1, name: entry.heading }).waitFor();
        await page.getByRole('heading', { level: 2, name: entry.wait, exact: true }).waitFor();
        await page
          .getByRole('heading', { name: 'Maatstaven en doelen' })
          .or(page.getByRole('heading', { name: 'Knelpunten' }))
          .first()
          .waitFor();
        await screenshot(page, `registers-${entry.name}-${phone ? 'phone' : 'desktop'}`);
        expect(await seriousAccessibilityViolations(page), entry.path).toEqual([]);
        if (phone) {
          expect(Number(await page.evaluate('document.documentElement.scrollWidth')), entry.path).toBeLessThanOrEqual(
            PHONE.width,
          );
        }
      }
      // The matrix flags the demo agreement whose review date has passed.
      await page.goto(`${ctx.app.url}/c/${SLUG}/registers/agreements`);
      const matrix = page.getByRole('table', { name: 'Werkafspraken per organisatie en soort gegevens' });
      await matrix.getByText('Herziening te laat').first().waitFor();
      expect(await matrix.getByText('Herziening te laat').count()).toBeGreaterThan(0);
      expect(await matrix.getByText('Geen afspraak').count()).toBeGreaterThan(0);
      await matrix.screenshot({ path: join(SCREENSHOT_DIR, `registers-matrix-${phone ? 'phone' : 'desktop'}.png`) });
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('a coordinator sets a target and a director reads the registers without buttons to change them', async () => {
    const page = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    await signInThroughPage(page, ctx.app.url, DEMO.coordinator);
    await page.goto(`${ctx.app.url}/c/${SLUG}/registers/care-plans`);
    await page.getByRole('heading', { name: 'Doel instellen' }).waitFor();
    await page.getByLabel('Maatstaf', { exact: true }).selectOption('care_plan_evaluated_share');
    await page.getByLabel(/^Doel \(percentage/).fill('70');
    await page.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByText('Het doel is opgeslagen.').waitFor();
    await page
      .getByRole('row', { name: /Gezamenlijke plannen die zijn geëvalueerd/ })
      .getByText(/^70/)
      .waitFor();
    await page.close();

    const director = await ctx.browser.newPage({ viewport: DESKTOP, locale: 'nl-NL' });
    const problems = watchForErrors(director);
    await signInThroughPage(director, ctx.app.url, DEMO.director);
    for (const path of ['registers/agreements', 'registers/mirror-conversations', 'actions']) {
      await director.goto(`${ctx.app.url}/c/${SLUG}/${path}`);
      await director.getByText(/U kunt dit register lezen/).waitFor();
      expect(
        await director.getByRole('button', { name: /wijzigen|archiveren|afronden|Nieuwe|vastleggen/ }).count(),
      ).toBe(0);
    }
    await screenshot(director, 'registers-actions-director-desktop');
    expect(problems).toEqual([]);
    await director.close();
  });
});
