import { auditLog, outboxMessages, sessions } from '@tks/db/schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createInvitationForTest } from '../../../test/fixtures';
import {
  browserFor,
  buildTestApp,
  injectAs,
  insertCoalition,
  insertMembership,
  insertUser,
} from '../../../test/helper';
import { hashPassword } from './password';
import { createSession } from './sessions.service';

const PASSWORD = 'een lang wachtwoord 2026';

async function withAccount() {
  const ctx = await buildTestApp();
  const coalition = insertCoalition(ctx.db);
  const user = insertUser(ctx.db, {
    email: 'coordinator@test.example',
    name: 'Coco Ordinator',
    passwordHash: await hashPassword(PASSWORD),
  });
  insertMembership(ctx.db, user.id, coalition.id, 'coordinator');
  return { ...ctx, coalition, user };
}

async function signIn(
  ctx: Awaited<ReturnType<typeof withAccount>>,
  password = PASSWORD,
  extra: Record<string, string> = {},
) {
  const browser = await browserFor(ctx.app, null);
  const response = await injectAs(ctx.app, browser, {
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'Coordinator@Test.example ', password },
    headers: extra,
  });
  return { browser, response };
}

function linkIn(text: string) {
  const match = /(https?:\/\/\S+token=[\w%-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no link in ${text}`);
  return new URL(match[1]);
}

describe('POST /api/auth/sign-in', () => {
  it('signs in, sets an httpOnly SameSite cookie and returns the memberships', async () => {
    const ctx = await withAccount();
    const { response } = await signIn(ctx);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'tks_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body.user).toMatchObject({
      email: 'coordinator@test.example',
      name: 'Coco Ordinator',
      isPlatformAdmin: false,
    });
    expect(body.memberships).toEqual([
      {
        coalition: { id: ctx.coalition.id, slug: 'teststad', name: ctx.coalition.name },
        role: 'coordinator',
        organisationId: null,
        organisationName: null,
      },
    ]);
    expect(body.csrfToken).toEqual(expect.any(String));
    const stored = ctx.db.select().from(sessions).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(cookie?.value);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const ctx = await withAccount();
    const { response } = await signIn(ctx, PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(response.cookies.find((c) => c.name === 'tks_session')?.secure).toBe(true);
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const ctx = await withAccount();
    const wrong = (await signIn(ctx, 'niet het goede wachtwoord')).response;
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      statusCode: 401,
      code: 'invalid_credentials',
      message: 'Het e-mailadres of het wachtwoord klopt niet.',
    });
    const browser = await browserFor(ctx.app, null);
    const unknown = await injectAs(ctx.app, browser, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'niemand@test.example', password: PASSWORD },
    });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('refuses a sign-in without a CSRF token', async () => {
    const ctx = await withAccount();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'coordinator@test.example', password: PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_invalid');
  });

  it('limits sign-in attempts to 10 a minute', async () => {
    const ctx = await withAccount();
    const browser = await browserFor(ctx.app, null);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await injectAs(ctx.app, browser, {
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'coordinator@test.example', password: 'fout-fout-fout' },
      });
      statuses.push(r.statusCode);
      if (i === 10) {
        expect(r.json()).toMatchObject({
          code: 'too_many_requests',
          message: expect.stringMatching(/Te veel verzoeken/),
        });
        expect(r.headers['retry-after']).toBeDefined();
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('GET /api/auth/session', () => {
  it('answers null without a session and the person with one', async () => {
    const ctx = await withAccount();
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toBeNull();
    const browser = await browserFor(ctx.app, ctx.user.id);
    const response = await injectAs(ctx.app, browser, { method: 'GET', url: '/api/auth/session' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe('coordinator@test.example');
  });

  it('ends an expired session and clears its cookie', async () => {
    const ctx = await withAccount();
    const browser = await browserFor(ctx.app, ctx.user.id);
    ctx.db.update(sessions).set({ expiresAt: '2000-01-01T00:00:00.000Z' }).run();
    const response = await injectAs(ctx.app, browser, { method: 'GET', url: '/api/auth/session' });
    expect(response.json()).toBeNull();
    expect(response.cookies.find((c) => c.name === 'tks_session')?.value).toBe('');
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0);
  });
});

describe('PUT /api/auth/locale', () => {
  it('keeps the chosen language with the account, for the next sign-in', async () => {
    const ctx = await withAccount();
    const browser = await browserFor(ctx.app, ctx.user.id);
    const put = await injectAs(ctx.app, browser, { method: 'PUT', url: '/api/auth/locale', payload: { locale: 'en' } });
    expect(put.statusCode).toBe(204);
    const again = await signIn(ctx);
    expect(again.response.json().user.locale).toBe('en');
    const session = await injectAs(ctx.app, browser, { method: 'GET', url: '/api/auth/session' });
    expect(session.json().user.locale).toBe('en');
  });

  it('refuses an unknown language, a visitor without a session and a request without its CSRF token', async () => {
    const ctx = await withAccount();
    const browser = await browserFor(ctx.app, ctx.user.id);
    const unknown = await injectAs(ctx.app, browser, {
      method: 'PUT',
      url: '/api/auth/locale',
      payload: { locale: 'de' },
    });
    expect(unknown.statusCode).toBe(400);
    const anonymous = await browserFor(ctx.app, null);
    const signedOut = await injectAs(ctx.app, anonymous, {
      method: 'PUT',
      url: '/api/auth/locale',
      payload: { locale: 'en' },
    });
    expect(signedOut.statusCode).toBe(401);
    const forged = await ctx.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      cookies: browser.cookies,
      payload: { locale: 'en' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await signIn(ctx)).response.json().user.locale).toBe('nl');
  });
});

describe('POST /api/auth/sign-out', () => {
  it('ends the session on the server', async () => {
    const ctx = await withAccount();
    const browser = await browserFor(ctx.app, ctx.user.id);
    expect((await injectAs(ctx.app, browser, { method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(204);
    expect((await injectAs(ctx.app, browser, { method: 'GET', url: '/api/auth/session' })).json()).toBeNull();
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets a new password and ends old sessions', async () => {
    const ctx = await withAccount();
    const old = await browserFor(ctx.app, ctx.user.id);
    const browser = await browserFor(ctx.app, null);
    const request = await injectAs(ctx.app, browser, {
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'coordinator@test.example' },
      headers: { host: 'thermometer.test' },
    });
    expect(request.statusCode).toBe(202);
    const [mail] = ctx.db.select().from(outboxMessages).all();
    expect(mail?.toAddress).toBe('coordinator@test.example');
    const link = linkIn(mail?.bodyText ?? '');
    expect(link.host).toBe('thermometer.test');
    expect(link.pathname).toBe('/reset-password');
    const token = link.searchParams.get('token') ?? '';

    const confirm = (password: string) =>
      injectAs(ctx.app, browser, {
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token, password },
      });
    expect((await confirm('een nieuw lang wachtwoord')).statusCode).toBe(204);
    expect((await injectAs(ctx.app, old, { method: 'GET', url: '/api/auth/session' })).json()).toBeNull();
    expect((await signIn(ctx)).response.statusCode).toBe(401);
    expect((await signIn(ctx, 'een nieuw lang wachtwoord')).response.statusCode).toBe(200);
    const reused = await confirm('nog een ander wachtwoord');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('token_invalid');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const ctx = await withAccount();
    const browser = await browserFor(ctx.app, null);
    const response = await injectAs(ctx.app, browser, {
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'niemand@test.example' },
    });
    expect(response.statusCode).toBe(202);
    expect(ctx.db.select().from(outboxMessages).all()).toHaveLength(0);
  });
});

describe('invitations', () => {
  it('lets a coordinator invite someone who then creates an account and joins', async () => {
    const ctx = await withAccount();
    const coordinator = await browserFor(ctx.app, ctx.user.id);
    const invite = await injectAs(ctx.app, coordinator, {
      method: 'POST',
      url: '/api/coalitions/teststad/invitations',
      payload: { email: 'Bestuurder@Test.example', role: 'director' },
    });
    expect(invite.statusCode).toBe(201);
    const [mail] = ctx.db.select().from(outboxMessages).all();
    expect(mail?.toAddress).toBe('bestuurder@test.example');
    const token = linkIn(mail?.bodyText ?? '').searchParams.get('token') ?? '';

    const anonymous = await browserFor(ctx.app, null);
    const info = await injectAs(ctx.app, anonymous, { method: 'GET', url: `/api/auth/invitations/${token}` });
    expect(info.json()).toMatchObject({ email: 'bestuurder@test.example', role: 'director', accountExists: false });

    const noPassword = await injectAs(ctx.app, anonymous, {
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, name: 'Bea Stuurder' },
    });
    expect(noPassword.json().code).toBe('password_required');

    const accepted = await injectAs(ctx.app, anonymous, {
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, name: 'Bea Stuurder', password: 'bestuurder wachtwoord' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships[0]).toMatchObject({ role: 'director', coalition: { slug: 'teststad' } });
    expect(accepted.cookies.find((c) => c.name === 'tks_session')?.value).toBeTruthy();

    const members = await injectAs(ctx.app, coordinator, { method: 'GET', url: '/api/coalitions/teststad/members' });
    expect(members.json().members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`)).toEqual([
      'bestuurder@test.example:director',
      'coordinator@test.example:coordinator',
    ]);
    expect(members.json().invitations).toEqual([]);

    const again = await injectAs(ctx.app, anonymous, { method: 'GET', url: `/api/auth/invitations/${token}` });
    expect(again.statusCode).toBe(404);
  });

  it('requires an organisation for a partner, from this coalition', async () => {
    const ctx = await withAccount();
    const coordinator = await browserFor(ctx.app, ctx.user.id);
    const missing = await injectAs(ctx.app, coordinator, {
      method: 'POST',
      url: '/api/coalitions/teststad/invitations',
      payload: { email: 'partner@test.example', role: 'partner' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fieldErrors[0].path).toBe('body.organisationId');
    const foreign = await injectAs(ctx.app, coordinator, {
      method: 'POST',
      url: '/api/coalitions/teststad/invitations',
      payload: { email: 'partner@test.example', role: 'partner', organisationId: 999 },
    });
    expect(foreign.json().code).toBe('organisation_unknown');
  });

  it('adds an existing account without touching its password', async () => {
    const ctx = await withAccount();
    const other = insertCoalition(ctx.db, { slug: 'elders', name: 'Coalitie Elders', municipality: 'Elders' });
    const invitation = createInvitationForTest(ctx.db, other.id, {
      email: 'coordinator@test.example',
      role: 'partner',
    });
    const anonymous = await browserFor(ctx.app, null);
    const accepted = await injectAs(ctx.app, anonymous, {
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: invitation.token, name: 'X', password: 'een poging tot overname' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships).toHaveLength(2);
    expect((await signIn(ctx)).response.statusCode).toBe(200);
  });
});

describe('members', () => {
  it('keeps at least one coordinator', async () => {
    const ctx = await withAccount();
    const coordinator = await browserFor(ctx.app, ctx.user.id);
    const demote = await injectAs(ctx.app, coordinator, {
      method: 'PATCH',
      url: `/api/coalitions/teststad/members/${ctx.user.id}`,
      payload: { role: 'director', organisationId: null },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last_coordinator');
    const remove = await injectAs(ctx.app, coordinator, {
      method: 'DELETE',
      url: `/api/coalitions/teststad/members/${ctx.user.id}`,
    });
    expect(remove.statusCode).toBe(409);
  });

  it('takes access away at once when a member is removed, and audits it', async () => {
    const ctx = await withAccount();
    const director = insertUser(ctx.db, { email: 'director@test.example' });
    insertMembership(ctx.db, director.id, ctx.coalition.id, 'director');
    const directorBrowser = await browserFor(ctx.app, director.id);
    expect(
      (await injectAs(ctx.app, directorBrowser, { method: 'GET', url: '/api/coalitions/teststad' })).statusCode,
    ).toBe(200);
    const coordinator = await browserFor(ctx.app, ctx.user.id);
    const removed = await injectAs(ctx.app, coordinator, {
      method: 'DELETE',
      url: `/api/coalitions/teststad/members/${director.id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await injectAs(ctx.app, directorBrowser, { method: 'GET', url: '/api/coalitions/teststad' })).statusCode,
    ).toBe(403);
    const entries = ctx.db.select().from(auditLog).where(eq(auditLog.entityType, 'membership')).all();
    expect(entries.at(-1)).toMatchObject({
      action: 'revoke',
      actor: 'coordinator@test.example',
      entityId: String(director.id),
    });
  });
});

describe('expired sessions', () => {
  it('are removed from the database when the app starts', async () => {
    const ctx = await withAccount();
    const longAgo = new Date('2000-01-01T00:00:00Z');
    createSession(ctx.db, ctx.user.id, 1, null, longAgo);
    createSession(ctx.db, ctx.user.id, 1, null, longAgo);
    createSession(ctx.db, ctx.user.id, 1, null);
    expect(ctx.db.select().from(sessions).all()).toHaveLength(3);
    await ctx.app.ready();
    expect(ctx.db.select().from(sessions).all()).toHaveLength(1);
  });
});
