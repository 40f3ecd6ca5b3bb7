import { describe, expect, it } from 'vitest';
import { sessionAs } from '../../test/api';
import { homePath, safeNextPath } from './session';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNextPath('/c/delft/indicators?view=all#top')).toBe('/c/delft/indicators?view=all#top');
    expect(safeNextPath('/')).toBe('/');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['relative', 'c/delft'],
    ['absolute URL', 'https://evil.example/c/delft'],
    ['protocol-relative', '//evil.example/c/delft'],
    ['backslash trick', '/\\evil.example'],
    ['tab inside the slashes', '/\t/evil.example'],
    ['javascript', 'javascript:alert(1)'],
    ['the sign-in page itself', '/sign-in?next=/c/delft'],
  ])('refuses %s', (_, next) => {
    expect(safeNextPath(next)).toBeNull();
  });
});

describe('homePath', () => {
  it('opens the first coalition by name', () => {
    const session = sessionAs('partner');
    const zeeland = {
      coalition: { id: 3, slug: 'aardenburg', name: 'Coalitie Aardenburg' },
      role: 'director' as const,
      organisationId: null,
      organisationName: null,
    };
    expect(homePath({ ...session, memberships: [...session.memberships, zeeland] })).toBe('/c/aardenburg');
  });

  it('sends a platform administrator without coalitions to platform administration', () => {
    const session = sessionAs('coordinator', { memberships: [] });
    expect(homePath({ ...session, user: { ...session.user, isPlatformAdmin: true } })).toBe('/platform');
    expect(homePath(session)).toBe('/');
  });
});
