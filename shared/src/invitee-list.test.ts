import { describe, expect, it } from 'vitest';
import { parseInviteeList } from './invitee-list';

const organisations = [
  { id: 1, name: 'Verloskundigenpraktijk De Wieg', shortName: 'De Wieg' },
  { id: 2, name: 'JGZ Voorbeeldstad', shortName: null },
];

describe('parseInviteeList', () => {
  it('reads tab, semicolon and comma separated lines, with or without a name and role', () => {
    const { invitees, problems } = parseInviteeList(
      [
        'Anna de Vries;anna@wieg.nl;De Wieg;verloskundige',
        'bert@jgz.nl\tjgz voorbeeldstad',
        '',
        'Carla,carla@jgz.nl,JGZ Voorbeeldstad,jeugdarts',
      ].join('\n'),
      organisations,
    );
    expect(problems).toEqual([]);
    expect(invitees).toEqual([
      { line: 1, name: 'Anna de Vries', email: 'anna@wieg.nl', organisationId: 1, role: 'verloskundige' },
      { line: 2, email: 'bert@jgz.nl', organisationId: 2 },
      { line: 4, name: 'Carla', email: 'carla@jgz.nl', organisationId: 2, role: 'jeugdarts' },
    ]);
  });

  it('reports every problem with its line and column', () => {
    const { invitees, problems } = parseInviteeList(
      [
        'anna@wieg',
        'bert@jgz.nl;Onbekende Organisatie',
        'geen adres;De Wieg',
        'Anna@wieg.nl;De Wieg',
        'anna@wieg.nl;De Wieg',
        'dirk@jgz.nl;JGZ Voorbeeldstad',
        'erik@jgz.nl',
      ].join('\n'),
      organisations,
      ['dirk@jgz.nl'],
    );
    expect(problems).toEqual([
      { line: 1, column: 'email', code: 'email_invalid', value: 'anna@wieg' },
      { line: 1, column: 'organisation', code: 'organisation_missing', value: '' },
      { line: 2, column: 'organisation', code: 'organisation_unknown', value: 'Onbekende Organisatie' },
      { line: 3, column: 'email', code: 'email_missing', value: 'geen adres;De Wieg' },
      { line: 5, column: 'email', code: 'duplicate', value: 'anna@wieg.nl' },
      { line: 6, column: 'email', code: 'already_invited', value: 'dirk@jgz.nl' },
      { line: 7, column: 'organisation', code: 'organisation_missing', value: '' },
    ]);
    expect(invitees.map((i) => i.email)).toEqual(['anna@wieg.nl']);
  });
});
