import { coalitionUrl, SEGMENTS } from '../../app/paths';

/** The page of one indicator: `/c/:slug/indicators/:code`, reachable in one click from every value. */
export function indicatorUrl(slug: string, code: string): string {
  return coalitionUrl(slug, `${SEGMENTS.indicators}/${encodeURIComponent(code)}`);
}

export function indicatorEditUrl(slug: string, code: string): string {
  return `${indicatorUrl(slug, code)}/edit`;
}

export function newIndicatorUrl(slug: string): string {
  return coalitionUrl(slug, `${SEGMENTS.indicators}/new`);
}
