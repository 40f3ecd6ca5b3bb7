import { useParams } from 'react-router';

/** The numeric id in the URL, or null for something that is not a number (the page then says "not found"). */
export function useNumericParam(name: 'roundId' | 'versionId'): number | null {
  const value = Number(useParams()[name]);
  return Number.isInteger(value) && value > 0 ? value : null;
}
