import { useQuery } from '@tanstack/react-query';
import { type QuarterKey, zQuarterKey } from '@tks/shared/periods';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { coalitionQueries } from '../coalitions/queries';
import { useCoalitionSlug } from '../coalitions/useCoalitionSlug';
import { thermometerQueries } from './queries';

const QUARTER_PARAM = 'quarter';

/** The quarter chosen in the URL (`?quarter=2026-Q3`); anything unreadable counts as "the latest". */
export function useQuarterParam(): [QuarterKey | undefined, (quarter: QuarterKey) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = zQuarterKey.safeParse(params.get(QUARTER_PARAM));
  const setQuarter = useCallback(
    (quarter: QuarterKey) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set(QUARTER_PARAM, quarter);
        return next;
      }),
    [setParams],
  );
  return [parsed.success ? parsed.data : undefined, setQuarter];
}

/** Adds the chosen quarter to a link, so the drill-down and the way back stay on the same quarter. */
export function withQuarter(path: string, quarter: QuarterKey | undefined): string {
  return quarter ? `${path}?${new URLSearchParams({ [QUARTER_PARAM]: quarter })}` : path;
}

/** The thermometer of the coalition in the URL, for the quarter in the URL. */
export function useThermometer() {
  const slug = useCoalitionSlug();
  const [quarter, setQuarter] = useQuarterParam();
  const query = useQuery({
    ...thermometerQueries.thermometer(slug, quarter),
    // While another quarter loads, the one on screen stays (marked as loading) instead of a spinner;
    // never the figures of another coalition, though.
    placeholderData: (previous) => (previous?.coalition.slug === slug ? previous : undefined),
  });
  // The layout asks for the coalition too (the same cached request) and explains when it cannot be
  // opened. Until it is known to open, a failure here is held back, so a missing or forbidden
  // coalition gives one explanation instead of two competing alerts; both requests still run at once.
  const coalition = useQuery(coalitionQueries.summary(slug));
  const holdBackError = query.isError && !coalition.isSuccess;
  return { slug, quarter, setQuarter, query, holdBackError };
}
