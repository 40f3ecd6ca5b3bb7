import { z } from 'zod';

/*
 * A list of invitees pasted by the coordinator: one person a line, fields separated by tabs (a
 * copy from Excel), semicolons or commas. The field with an @ is the e-mail address; what comes
 * before it is the name (optional), what follows is the organisation and then the role (optional).
 * So "Anna de Vries; anna@vk.nl; Verloskundigenpraktijk; verloskundige" and "anna@vk.nl<TAB>VK"
 * both work.
 */

export interface OrganisationName {
  id: number;
  name: string;
  shortName: string | null;
}

export type InviteeProblemCode =
  | 'email_missing'
  | 'email_invalid'
  | 'organisation_missing'
  | 'organisation_unknown'
  | 'duplicate'
  | 'already_invited';

export interface InviteeProblem {
  /** 1-based line of the pasted text. */
  line: number;
  column: 'email' | 'organisation';
  code: InviteeProblemCode;
  /** The value the problem is about, to quote back to the user. */
  value: string;
}

export interface ParsedInvitee {
  line: number;
  name?: string;
  email: string;
  organisationId: number;
  role?: string;
}

const zEmail = z.email();

function splitLine(line: string): string[] {
  const separator = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  return line.split(separator).map((field) => field.trim());
}

export function matchOrganisation(value: string, organisations: readonly OrganisationName[]): OrganisationName | null {
  const wanted = value.trim().toLocaleLowerCase('nl');
  if (wanted === '') return null;
  return (
    organisations.find(
      (o) => o.name.toLocaleLowerCase('nl') === wanted || o.shortName?.toLocaleLowerCase('nl') === wanted,
    ) ?? null
  );
}

export function parseInviteeList(
  text: string,
  organisations: readonly OrganisationName[],
  alreadyInvited: readonly string[] = [],
): { invitees: ParsedInvitee[]; problems: InviteeProblem[] } {
  const invitees: ParsedInvitee[] = [];
  const problems: InviteeProblem[] = [];
  const invited = new Set(alreadyInvited.map((e) => e.toLowerCase()));
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const fields = splitLine(raw);
    const at = fields.findIndex((f) => f.includes('@'));
    if (at === -1) {
      problems.push({ line, column: 'email', code: 'email_missing', value: raw.trim() });
      return;
    }
    const email = (fields[at] ?? '').replace(/^<|>$/g, '').toLowerCase();
    const name = fields.slice(0, at).join(' ').trim();
    const organisationValue = fields[at + 1] ?? '';
    const role = fields
      .slice(at + 2)
      .join(' ')
      .trim();
    let ok = true;
    if (!zEmail.safeParse(email).success) {
      problems.push({ line, column: 'email', code: 'email_invalid', value: email });
      ok = false;
    } else if (seen.has(email)) {
      problems.push({ line, column: 'email', code: 'duplicate', value: email });
      ok = false;
    } else if (invited.has(email)) {
      problems.push({ line, column: 'email', code: 'already_invited', value: email });
      ok = false;
    }
    const organisation = matchOrganisation(organisationValue, organisations);
    if (organisationValue.trim() === '') {
      problems.push({ line, column: 'organisation', code: 'organisation_missing', value: '' });
      ok = false;
    } else if (!organisation) {
      problems.push({ line, column: 'organisation', code: 'organisation_unknown', value: organisationValue });
      ok = false;
    }
    seen.add(email);
    if (!ok || !organisation) return;
    invitees.push({
      line,
      email,
      organisationId: organisation.id,
      ...(name ? { name } : {}),
      ...(role ? { role } : {}),
    });
  });
  return { invitees, problems };
}
