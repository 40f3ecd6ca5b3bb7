import type { BandCode } from '@tks/shared/schemas/thermometer';
import { useT } from '../../i18n/useLocale';
import { bandName } from './text';

/**
 * A shape per band, so the band reads without colour: a warning triangle, a diamond, a circle with
 * a tick; a dashed ring for no score.
 */
export function BandIcon({ code }: { code: BandCode | null }) {
  return (
    <svg className={`band-icon band-icon--${code ?? 'none'}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {code === 'attention' ? (
        <>
          <path className="band-icon__shape" d="M8 1.5 15 14.5H1Z" />
          <path className="band-icon__mark" d="M8 6v4M8 11.6v.8" />
        </>
      ) : code === 'developing' ? (
        <path className="band-icon__shape" d="M8 1 15 8 8 15 1 8Z" />
      ) : code === 'strong' ? (
        <>
          <circle className="band-icon__shape" cx="8" cy="8" r="7" />
          <path className="band-icon__mark" d="M4.6 8.2 7 10.5l4.4-4.6" />
        </>
      ) : (
        <circle className="band-icon__shape" cx="8" cy="8" r="6" />
      )}
    </svg>
  );
}

/** The band in words with its shape and colour; never colour alone. */
export function BandLabel({ code }: { code: BandCode | null }) {
  const t = useT();
  return (
    <span className={`band-label band-label--${code ?? 'none'}`}>
      <BandIcon code={code} />
      {bandName(code, t)}
    </span>
  );
}
