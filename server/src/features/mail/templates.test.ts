import { describe, expect, it } from 'vitest';
import {
  invitationMail,
  type MailContent,
  passwordResetMail,
  questionnaireInvitationMail,
  questionnaireReminderMail,
} from './templates';

const LINK = 'https://thermometer.example/uitnodiging?token=abc&lang=nl';
const LINK_IN_HTML = 'https://thermometer.example/uitnodiging?token=abc&amp;lang=nl';
// Midday UTC, so the date reads the same in every time zone the tests may run in.
const EXPIRES = '2026-11-22T12:00:00.000Z';

function expectLinkInBoth(mail: MailContent) {
  expect(mail.text).toContain(LINK);
  expect(mail.html).toContain(`href="${LINK_IN_HTML}"`);
  expect(mail.html).not.toContain(LINK);
}

describe('invitationMail', () => {
  const mail = invitationMail({
    coalitionName: 'Coalitie Kansrijke Start Teststad',
    role: 'director',
    link: LINK,
    expiresAt: EXPIRES,
    inviterName: 'Anna de Vries',
  });

  it('names the coalition, the inviter and the role in Dutch first, then in English', () => {
    expect(mail.subject).toBe('Uitnodiging voor Coalitie Kansrijke Start Teststad – Thermometer Kansrijke Start');
    expect(mail.text).toContain('Anna de Vries nodigt je uit als bestuurder van Coalitie Kansrijke Start Teststad');
    expect(mail.text).toContain('as director');
    expect(mail.text.indexOf('nodigt je uit')).toBeLessThan(mail.text.indexOf('invites you'));
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('<div lang="en">');
  });

  it('carries the link in text and HTML and its expiry date as 22-11-2026', () => {
    expectLinkInBoth(mail);
    expect(mail.text).toContain('geldig tot 22-11-2026');
    expect(mail.html).toContain('geldig tot 22-11-2026');
  });

  it('spells every role in Dutch and falls back to the coordinator as inviter', () => {
    const roles = { coordinator: 'coördinator', partner: 'partner', director: 'bestuurder' } as const;
    for (const [role, dutch] of Object.entries(roles)) {
      const text = invitationMail({
        coalitionName: 'Coalitie X',
        role: role as keyof typeof roles,
        link: LINK,
        expiresAt: EXPIRES,
      }).text;
      expect(text).toContain(`De coördinator nodigt je uit als ${dutch} van Coalitie X`);
    }
  });

  it('escapes names in the HTML and keeps line breaks out of the subject', () => {
    const hostile = invitationMail({
      coalitionName: 'Coalitie <script>alert("x")</script> & Co\r\nBcc: iedereen@example.org',
      role: 'partner',
      link: LINK,
      expiresAt: EXPIRES,
      inviterName: '<img src=x onerror=alert(1)>',
    });
    expect(hostile.html).not.toMatch(/<script|<img/);
    expect(hostile.html).toContain('Coalitie &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(hostile.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile.subject).not.toMatch(/[\r\n]/);
    // The text version is plain text: shown as typed, nothing to escape.
    expect(hostile.text).toContain('<script>alert("x")</script>');
  });

  it('refuses a link that is not http(s), so it can never become a script URL', () => {
    expect(() =>
      invitationMail({ coalitionName: 'X', role: 'partner', link: 'javascript:alert(1)', expiresAt: EXPIRES }),
    ).toThrow(/http\(s\)/);
  });
});

describe('passwordResetMail', () => {
  it('carries the link and says how long it is valid, in both languages', () => {
    const mail = passwordResetMail({ link: LINK, expiresAt: EXPIRES });
    expect(mail.subject).toBe('Nieuw wachtwoord voor de Thermometer Kansrijke Start');
    expectLinkInBoth(mail);
    expect(mail.text).toContain('De link werkt één keer en is geldig tot 22-11-2026');
    expect(mail.text).toContain('The link works once and is valid until 22-11-2026');
  });
});

describe('questionnaireInvitationMail', () => {
  it('names the round and the closing date', () => {
    const mail = questionnaireInvitationMail({
      coalitionName: 'Coalitie Teststad',
      roundTitle: 'Meting K4 2026',
      link: LINK,
      closesOn: '2026-12-15',
    });
    expect(mail.subject).toBe('Vragenlijst Meting K4 2026 – Coalitie Teststad');
    expectLinkInBoth(mail);
    expect(mail.text).toContain('De vragenlijst sluit op 15-12-2026.');
    expect(mail.text).toContain('The questionnaire closes on 15-12-2026.');
  });

  it('escapes the round title in the HTML', () => {
    const mail = questionnaireInvitationMail({
      coalitionName: 'Coalitie Teststad',
      roundTitle: '<b>Meting</b>',
      link: LINK,
      closesOn: '2026-12-15',
    });
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;b&gt;Meting&lt;/b&gt;');
  });
});

describe('questionnaireReminderMail', () => {
  it('is recognisable as a reminder and carries the same link', () => {
    const mail = questionnaireReminderMail({
      coalitionName: 'Coalitie Teststad',
      roundTitle: 'Meting K4 2026',
      link: LINK,
      closesOn: '2026-12-15',
    });
    expect(mail.subject).toBe('Herinnering: vragenlijst Meting K4 2026 – Coalitie Teststad');
    expectLinkInBoth(mail);
    expect(mail.text).toContain('nog niet ingestuurd');
    expect(mail.text).toContain('De vragenlijst sluit op 15-12-2026.');
    // The server keeps no token, so a reminder carries a new link; the draft stays with the invitation.
    expect(mail.text).toContain('Deze link vervangt die uit de eerdere e-mail');
  });
});
