import { join } from 'node:path';
import { openDatabase } from '@tks/db/client';
import { coalitions, instrumentVersions, invitations, organisations, responses, rounds } from '@tks/db/schema';
import { insertRespondentInvitation, insertRound } from '@tks/server/features/respond/fixtures';
import { and, desc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  screenshot,
  seriousAccessibilityViolations,
  useAppAndBrowser,
  watchForErrors,
} from './harness';

const ctx = useAppAndBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true, hasTouch: true } as const;

/**
 * An open round of the demo coalition with personal links, made in the app's own database file:
 * how a coordinator's invitation e-mail would reach a partner.
 */
function openRoundWithLinks(databasePath: string, count: number) {
  const handle = openDatabase(databasePath);
  try {
    const db = handle.db;
    const coalition = db.select().from(coalitions).where(eq(coalitions.slug, 'voorbeeldstad')).get();
    if (!coalition) throw new Error('no demo coalition');
    const version = db
      .select()
      .from(instrumentVersions)
      .where(eq(instrumentVersions.coalitionId, coalition.id))
      .orderBy(desc(instrumentVersions.version))
      .get();
    const organisation = db.select().from(organisations).where(eq(organisations.coalitionId, coalition.id)).get();
    if (!version || !organisation) throw new Error('demo coalition without instrument or organisation');
    const round = insertRound(db, {
      coalitionId: coalition.id,
      instrumentVersionId: version.id,
      quarter: '2026-Q4',
      closesOn: '2099-12-31',
    });
    const links = Array.from({ length: count }, (_, i) =>
      insertRespondentInvitation(db, {
        coalitionId: coalition.id,
        roundId: round.id,
        organisationId: organisation.id,
        email: `partner${i}@e2e.example`,
        respondentRole: 'verloskundige',
      }),
    );
    return { roundId: round.id, organisationName: organisation.name, tokens: links.map((l) => l.token) };
  } finally {
    handle.close();
  }
}

/** What the phone shows at once (the full-page shots stretch the sticky progress bar into the middle). */
async function viewportShot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

async function expectAccessible(page: Page, screen: string) {
  expect(await seriousAccessibilityViolations(page), screen).toEqual([]);
}

/** Answers every statement on the current step: the n-th statement gets the n-th choice of `pattern`. */
async function answerStep(page: Page, pattern: readonly string[]) {
  const groups = page.getByRole('main').getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    await groups
      .nth(i)
      .getByRole('radio', { name: pattern[i % pattern.length], exact: true })
      .check();
  }
  return count;
}

const PATTERN = ['Eens', 'Helemaal eens', 'Niet eens, niet oneens', 'Oneens', 'Weet ik niet / n.v.t.'] as const;

describe('a partner fills in the questionnaire on a phone, through a personal link', () => {
  it('answers, leaves, resumes, reviews, submits once, and then finds the link used', async () => {
    const { tokens, roundId, organisationName } = openRoundWithLinks(ctx.app.databasePath, 1);
    const link = `${ctx.app.url}/q/${tokens[0]}`;

    const page = await ctx.browser.newPage(PHONE);
    const problems = watchForErrors(page);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Partnervragenlijst 2026-Q4' }).waitFor();
    await page.getByText(`Alleen uw organisatie (${organisationName}) en uw rol (verloskundige)`).waitFor();
    await expectAccessible(page, 'start');
    await screenshot(page, 'questionnaire-phone-start');

    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gedeelde doelen en eigenaarschap' }).waitFor();
    await page.getByText('Stap 1 van 9 · 0 van 35 stellingen beantwoord').waitFor();

    // The first statement by keyboard alone: focus lands in the group, arrows move the choice.
    const first = page.getByRole('main').getByRole('group').first();
    await first.getByRole('radio', { name: 'Helemaal oneens', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await first.getByRole('radio', { name: 'Eens', exact: true }).isChecked()).toBe(true);
    await viewportShot(page, 'questionnaire-phone-keyboard-focus');
    // Every choice is a target of at least 44 by 44 pixels.
    const box = await first.locator('label').first().boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);

    await answerStep(page, PATTERN);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { level: 1, name: 'Elkaar kennen en vertrouwen' }).waitFor();
    const secondStep = page.getByRole('main').getByRole('group');
    await secondStep.nth(0).getByRole('radio', { name: 'Oneens', exact: true }).check();
    await secondStep.nth(1).getByRole('radio', { name: 'Weet ik niet / n.v.t.', exact: true }).check();
    await page.getByText('7 van 35 stellingen beantwoord').waitFor();
    await page.getByRole('status').getByText('Opgeslagen').waitFor();
    await expectAccessible(page, 'mid-way');
    await screenshot(page, 'questionnaire-phone-midway');
    await viewportShot(page, 'questionnaire-phone-midway-view');
    await page.close();

    // Later, the same link: the answers are still there and it continues at the first open statement.
    const again = await ctx.browser.newPage(PHONE);
    const problemsAgain = watchForErrors(again);
    await again.goto(link);
    await again.getByText('U hebt al 7 van de 35 stellingen beantwoord.').waitFor();
    await again.getByRole('button', { name: 'Verder waar u was' }).click();
    await again.getByRole('heading', { level: 1, name: 'Elkaar kennen en vertrouwen' }).waitFor();
    const resumed = again.getByRole('main').getByRole('group');
    expect(await resumed.nth(0).getByRole('radio', { name: 'Oneens', exact: true }).isChecked()).toBe(true);
    expect(await resumed.nth(1).getByRole('radio', { name: 'Weet ik niet / n.v.t.', exact: true }).isChecked()).toBe(
      true,
    );
    await again.getByRole('button', { name: 'Vorige' }).click();
    await again.getByRole('heading', { level: 1, name: 'Gedeelde doelen en eigenaarschap' }).waitFor();
    expect(
      await again
        .getByRole('main')
        .getByRole('group')
        .first()
        .getByRole('radio', { name: 'Eens', exact: true })
        .isChecked(),
    ).toBe(true);
    await again.getByRole('button', { name: 'Volgende' }).click();

    // The rest: six more steps of statements, then the open questions.
    for (let step = 2; step <= 7; step++) {
      await again.getByText(`Stap ${step} van 9`).waitFor();
      await answerStep(again, PATTERN);
      await again.getByRole('button', { name: 'Volgende' }).click();
    }
    await again.getByRole('heading', { level: 1, name: 'Tot slot' }).waitFor();
    await again.getByLabel('Wat gaat er goed in de samenwerking binnen de coalitie?').fill('Korte lijnen met de JGZ.');
    await again.getByRole('button', { name: 'Naar het overzicht' }).click();

    await again.getByRole('heading', { level: 1, name: 'Overzicht van uw antwoorden' }).waitFor();
    await again.getByText('U hebt alle stellingen beantwoord.').waitFor();
    await again.getByText('Korte lijnen met de JGZ.').waitFor();
    await expectAccessible(again, 'review');
    await screenshot(again, 'questionnaire-phone-review');
    await viewportShot(again, 'questionnaire-phone-review-top');
    await again.getByRole('button', { name: 'Versturen' }).scrollIntoViewIfNeeded();
    await viewportShot(again, 'questionnaire-phone-review-bottom');

    // A double tap on "Versturen" sends once.
    await again.getByRole('button', { name: 'Versturen' }).dblclick();
    await again.getByRole('heading', { level: 1, name: 'Bedankt voor het invullen!' }).waitFor();
    await expectAccessible(again, 'thank-you');
    await screenshot(again, 'questionnaire-phone-thanks');

    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'Deze vragenlijst is al ingevuld' }).waitFor();
    await expectAccessible(again, 'used link');
    await screenshot(again, 'questionnaire-phone-used');

    await again.goto(`${ctx.app.url}/q/${'A'.repeat(43)}`);
    await again.getByRole('heading', { level: 1, name: 'Deze link kennen we niet' }).waitFor();
    await expectAccessible(again, 'unknown link');
    await screenshot(again, 'questionnaire-phone-unknown');

    // The used and the unknown link answer 410 and 404 on purpose; the browser logs those as well.
    const expected = (p: string) =>
      !/http (410|404): .*\/api\/respond\//.test(p) && !/status of (410|404) \((Gone|Not Found)\)/.test(p);
    expect(problems.filter(expected)).toEqual([]);
    expect(problemsAgain.filter(expected)).toEqual([]);
    await again.close();

    const handle = openDatabase(ctx.app.databasePath);
    try {
      expect(handle.db.select().from(responses).where(eq(responses.roundId, roundId)).all()).toHaveLength(1);
      const used = handle.db
        .select({ respondedAt: invitations.respondedAt, draft: invitations.draft })
        .from(invitations)
        .where(and(eq(invitations.roundId, roundId)))
        .get();
      expect(used?.respondedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(used?.draft).toBeNull();
      expect(handle.db.select().from(rounds).where(eq(rounds.id, roundId)).get()?.status).toBe('open');
    } finally {
      handle.close();
    }
  });

  it('switches to English, and fits a desktop as well', async () => {
    const { tokens } = openRoundWithLinks(ctx.app.databasePath, 1);
    const link = `${ctx.app.url}/q/${tokens[0]}`;
    const page = await ctx.browser.newPage(PHONE);
    const problems = watchForErrors(page);
    await page.goto(link);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByText('Your answers are stored anonymously.', { exact: false }).waitFor();
    await expectAccessible(page, 'English start');
    await screenshot(page, 'questionnaire-phone-english');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shared goals and ownership' }).waitFor();
    await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Agree', exact: true }).check();
    await page.getByRole('status').getByText('Saved').waitFor();
    await screenshot(page, 'questionnaire-phone-english-step');
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();

    const desktop = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await desktop.goto(link);
    // The language choice is remembered on this device only; a new browser context starts in Dutch.
    await desktop.getByRole('button', { name: 'Verder waar u was' }).click();
    await desktop.getByRole('heading', { level: 1, name: 'Gedeelde doelen en eigenaarschap' }).waitFor();
    expect(
      await desktop
        .getByRole('main')
        .getByRole('group')
        .first()
        .getByRole('radio', { name: 'Eens', exact: true })
        .isChecked(),
    ).toBe(true);
    await expectAccessible(desktop, 'desktop step');
    await screenshot(desktop, 'questionnaire-desktop-step');
    await desktop.close();
  });
});
