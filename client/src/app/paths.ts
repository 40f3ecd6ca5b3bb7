/** Page segments under `/c/:slug`; routes and navigation both read them, so they cannot drift apart. */
export const SEGMENTS = {
  thermometer: '',
  trends: 'trends',
  report: 'report',
  questionnaires: 'questionnaires',
  indicators: 'indicators',
  imports: 'imports',
  agreements: 'registers/agreements',
  mirrorConversations: 'registers/mirror-conversations',
  learning: 'registers/learning',
  carePlans: 'registers/care-plans',
  actions: 'actions',
  admin: 'admin',
} as const;

export type Segment = (typeof SEGMENTS)[keyof typeof SEGMENTS];

export function coalitionUrl(slug: string, segment: Segment | string = ''): string {
  const base = `/c/${encodeURIComponent(slug)}`;
  return segment === '' ? base : `${base}/${segment}`;
}

/** The drill-down of one toolkit component; the route is `component/:code` under the coalition. */
export const COMPONENT_SEGMENT = 'component';

export function componentUrl(slug: string, code: string): string {
  return coalitionUrl(slug, `${COMPONENT_SEGMENT}/${encodeURIComponent(code)}`);
}

/** The part of a pathname after `/c/:slug`, so switching coalition can keep the user on the same page. */
export function segmentOf(pathname: string, slug: string): string {
  const base = coalitionUrl(slug);
  if (pathname === base || pathname === `${base}/`) return '';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1) : '';
}

/** Pages outside any coalition. */
export const PATHS = {
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  invitation: '/invitation',
  platform: '/platform',
  sharedReport: '/shared/:token',
} as const;

export function signInUrl(next?: string): string {
  return next ? `${PATHS.signIn}?next=${encodeURIComponent(next)}` : PATHS.signIn;
}
