import type { CoalitionRole } from '@tks/shared/domain';
import { formatDate, formatDateTime } from '@tks/shared/format';

/*
 * Mails go to people whose language the app does not know yet (an invitee has no account), so each
 * mail is Dutch first with the same message in English below it. Dates use the Dutch notation in
 * both halves (22-11-2026), which reads unambiguously in either language.
 */

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface InvitationMailInput {
  coalitionName: string;
  role: CoalitionRole;
  link: string;
  expiresAt: string | Date;
  /** Left out when the platform, not a person, sent the invitation. */
  inviterName?: string | null;
}

export interface PasswordResetMailInput {
  link: string;
  expiresAt: string | Date;
}

export interface QuestionnaireMailInput {
  coalitionName: string;
  roundTitle: string;
  link: string;
  /** YYYY-MM-DD */
  closesOn: string;
}

const ROLE_NL: Record<CoalitionRole, string> = {
  coordinator: 'coördinator',
  partner: 'partner',
  director: 'bestuurder',
};

const ROLE_EN: Record<CoalitionRole, string> = {
  coordinator: 'coordinator',
  partner: 'partner',
  director: 'director',
};

export function invitationMail(input: InvitationMailInput): MailContent {
  // Link lifetimes are measured in hours, so the time matters as much as the date.
  const until = formatDateTime(input.expiresAt);
  return renderMail({
    subject: `Uitnodiging voor ${input.coalitionName} – Thermometer Kansrijke Start`,
    link: input.link,
    nl: {
      intro: [
        `${input.inviterName ?? 'De coördinator'} nodigt je uit als ${ROLE_NL[input.role]} van ${input.coalitionName} in de Thermometer Kansrijke Start.`,
        'De thermometer laat zien hoe de samenwerking in de coalitie ervoor staat en wat die oplevert.',
      ],
      action: 'Uitnodiging accepteren',
      outro: [
        `Via de link maak je je account aan en kies je een wachtwoord. De link werkt één keer en is geldig tot ${until}.`,
        'Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
      ],
    },
    en: {
      intro: [
        `${input.inviterName ?? 'The coordinator'} invites you to join ${input.coalitionName} in the Kansrijke Start thermometer as ${ROLE_EN[input.role]}.`,
      ],
      action: 'Accept the invitation',
      outro: [
        `The link lets you create your account and choose a password. It works once and is valid until ${until}.`,
        'Not expecting this invitation? Then you can ignore this e-mail.',
      ],
    },
  });
}

export function passwordResetMail(input: PasswordResetMailInput): MailContent {
  const until = formatDateTime(input.expiresAt);
  return renderMail({
    subject: 'Nieuw wachtwoord voor de Thermometer Kansrijke Start',
    link: input.link,
    nl: {
      intro: ['Je hebt gevraagd om een nieuw wachtwoord voor de Thermometer Kansrijke Start.'],
      action: 'Nieuw wachtwoord kiezen',
      outro: [
        `De link werkt één keer en is geldig tot ${until}.`,
        'Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.',
      ],
    },
    en: {
      intro: ['You asked for a new password for the Kansrijke Start thermometer.'],
      action: 'Choose a new password',
      outro: [
        `The link works once and is valid until ${until}.`,
        'Did you not ask for this? Then you can ignore this e-mail; your password stays the same.',
      ],
    },
  });
}

export function questionnaireInvitationMail(input: QuestionnaireMailInput): MailContent {
  const closes = formatDate(input.closesOn);
  return renderMail({
    subject: `Vragenlijst ${input.roundTitle} – ${input.coalitionName}`,
    link: input.link,
    nl: {
      intro: [
        `${input.coalitionName} vraagt je de vragenlijst “${input.roundTitle}” in te vullen: hoe verloopt de samenwerking in de coalitie?`,
        'Dat kan ook op je telefoon. Met dezelfde link ga je later verder waar je gebleven was.',
      ],
      action: 'Vragenlijst invullen',
      outro: [`De vragenlijst sluit op ${closes}.`, 'Deze link is persoonlijk; stuur hem niet door.'],
    },
    en: {
      intro: [
        `${input.coalitionName} asks you to fill in the questionnaire “${input.roundTitle}” on how the coalition works together.`,
        'You can use your phone, and the same link lets you continue where you left off.',
      ],
      action: 'Fill in the questionnaire',
      outro: [`The questionnaire closes on ${closes}.`, 'This link is personal; please do not forward it.'],
    },
  });
}

export function questionnaireReminderMail(input: QuestionnaireMailInput): MailContent {
  const closes = formatDate(input.closesOn);
  return renderMail({
    subject: `Herinnering: vragenlijst ${input.roundTitle} – ${input.coalitionName}`,
    link: input.link,
    nl: {
      intro: [
        `Je hebt de vragenlijst “${input.roundTitle}” van ${input.coalitionName} nog niet ingestuurd.`,
        'Met de link hieronder vul je hem in, of ga je verder waar je gebleven was.',
      ],
      action: 'Vragenlijst invullen',
      outro: [
        `De vragenlijst sluit op ${closes}.`,
        'Heb je hem net ingestuurd? Dan kun je deze herinnering negeren.',
        'Deze link vervangt die uit de eerdere e-mail; wat je al had ingevuld, blijft bewaard.',
        'Deze link is persoonlijk; stuur hem niet door.',
      ],
    },
    en: {
      intro: [
        `You have not yet submitted the questionnaire “${input.roundTitle}” of ${input.coalitionName}.`,
        'The link lets you fill it in, or continue where you left off.',
      ],
      action: 'Fill in the questionnaire',
      outro: [
        `The questionnaire closes on ${closes}.`,
        'Just submitted it? Then you can ignore this reminder.',
        'This link replaces the one in the earlier e-mail; what you already filled in is kept.',
        'This link is personal; please do not forward it.',
      ],
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Rendering: one structure, two outputs, so the text and HTML versions never say different things
// ---------------------------------------------------------------------------------------------

interface Section {
  intro: string[];
  /** The label of the link. */
  action: string;
  outro: string[];
}

interface MailParts {
  subject: string;
  link: string;
  nl: Section;
  en: Section;
}

const FOOTER = 'Thermometer Kansrijke Start';
const FALLBACK = {
  nl: 'Werkt de knop niet? Plak deze link in je browser:',
  en: 'If the button does not work, paste this link into your browser:',
};

function renderMail(parts: MailParts): MailContent {
  assertWebLink(parts.link);
  return { subject: oneLine(parts.subject), text: renderText(parts), html: renderHtml(parts) };
}

/** The links are built by the server; anything but http(s) here is a bug that must not reach an href. */
function assertWebLink(link: string) {
  const protocol = URL.canParse(link) ? new URL(link).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error('A mail link must be an http(s) URL');
}

/** Names typed by people end up in the subject; a line break there would break the header. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function renderText(parts: MailParts): string {
  const section = (s: Section) => [...s.intro, `${s.action}:\n${parts.link}`, ...s.outro].join('\n\n');
  return `${section(parts.nl)}\n\n——— English ———\n\n${section(parts.en)}\n\n${FOOTER}\n`;
}

function renderHtml(parts: MailParts): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(oneLine(parts.subject))}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">
<div style="max-width:560px;margin:0 auto">
${renderHtmlSection(parts.nl, parts.link, FALLBACK.nl)}
<hr style="border:none;border-top:1px solid #d0d0d0;margin:32px 0">
<div lang="en">
${renderHtmlSection(parts.en, parts.link, FALLBACK.en)}
</div>
<p style="color:#5a5a5a;font-size:14px">${FOOTER}</p>
</div>
</body>
</html>
`;
}

function renderHtmlSection(section: Section, link: string, fallback: string): string {
  const href = escapeHtml(link);
  const button = `<p><a href="${href}" style="display:inline-block;padding:10px 18px;background:#1f4e8c;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(section.action)}</a></p>`;
  const fallbackLink = `<p style="font-size:14px;color:#5a5a5a">${escapeHtml(fallback)}<br><a href="${href}" style="color:#1f4e8c;word-break:break-all">${href}</a></p>`;
  return [...section.intro.map(paragraph), button, fallbackLink, ...section.outro.map(paragraph)].join('\n');
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
