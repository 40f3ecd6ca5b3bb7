import { zAuditPage } from '@tks/shared/schemas/audit';
import { zOutbox } from '@tks/shared/schemas/outbox';
import { describe, expect, it } from 'vitest';
import { DEMO, screenshot, signInThroughPage, useAppAndBrowser, watchForErrors } from './harness';

const ctx = useAppAndBrowser();

describe('inviting a new member, end to end', () => {
  it('a coordinator invites a director, who accepts from the link in the outbox and lands in the coalition', async () => {
    const coordinator = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const problems = watchForErrors(coordinator);
    await signInThroughPage(coordinator, ctx.app.url, DEMO.coordinator);
    await coordinator.goto(`${ctx.app.url}/c/voorbeeldstad/admin`);
    const invite = coordinator.locator('form', {
      has: coordinator.getByRole('button', { name: 'Uitnodiging versturen' }),
    });
    await invite.getByLabel('E-mailadres').fill('nieuwe.bestuurder@voorbeeldstad.example');
    await invite.getByLabel('Rol').selectOption('director');
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await coordinator.getByText('nieuwe.bestuurder@voorbeeldstad.example').first().waitFor();
    await coordinator
      .getByText(/Uitnodiging voor Coalitie Kansrijke Start Voorbeeldstad/)
      .first()
      .waitFor();
    await screenshot(coordinator, 'admin-after-invite');
    expect(problems).toEqual([]);

    // The coordinator reads the link in the outbox, as they would without a mail server.
    const outbox = zOutbox.parse(
      await coordinator.evaluate(async () => (await fetch('/api/coalitions/voorbeeldstad/outbox')).json()),
    );
    const mail = outbox.messages.find(
      (m: { toAddress: string }) => m.toAddress === 'nieuwe.bestuurder@voorbeeldstad.example',
    );
    const link = /https?:\/\/\S+invitation\?token=[\w%-]+/.exec(mail?.bodyText ?? '')?.[0];
    expect(link).toBeDefined();

    const context = await ctx.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
      isMobile: true,
    });
    const invitee = await context.newPage();
    const inviteeProblems = watchForErrors(invitee);
    await invitee.goto(link ?? '');
    await invitee.getByRole('heading', { level: 1, name: 'Uitnodiging accepteren' }).waitFor();
    await invitee
      .getByText(/als bestuurder/)
      .first()
      .waitFor();
    await invitee.getByLabel('Uw naam').fill('Nieuwe Bestuurder');
    await invitee
      .getByLabel(/wachtwoord/i)
      .first()
      .fill('een heel goed wachtwoord');
    await screenshot(invitee, 'accept-invitation-phone');
    await invitee.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await invitee.waitForURL(/\/c\/voorbeeldstad/);
    await invitee.getByText('Coalitie Kansrijke Start Voorbeeldstad').first().waitFor();
    expect(inviteeProblems).toEqual([]);
    await context.close();

    // The coordinator sees the new member, and the log says who did what.
    await coordinator.reload();
    await coordinator.getByRole('rowheader', { name: /Nieuwe Bestuurder/ }).waitFor();
    const log = zAuditPage.parse(
      await coordinator.evaluate(async () =>
        (await fetch('/api/coalitions/voorbeeldstad/audit-log?entityType=membership')).json(),
      ),
    );
    expect(log.entries[0]).toMatchObject({ action: 'grant', actor: 'nieuwe.bestuurder@voorbeeldstad.example' });
    await coordinator.close();
  });
});
