import { useParams } from 'react-router';

/** The slug of the coalition in the URL; only valid under the `/c/:slug` routes. */
export function useCoalitionSlug(): string {
  const { slug } = useParams();
  if (!slug) throw new Error('useCoalitionSlug used outside a /c/:slug route');
  return slug;
}
