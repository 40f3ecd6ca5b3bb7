import { formatDateTime } from '@tks/shared/format';
import { type QuarterKey, zQuarterKey } from '@tks/shared/periods';
import type { Thermometer } from '@tks/shared/schemas/thermometer';
import { useId } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { formatQuarterKey } from '../../lib/periods';

interface QuarterBarProps {
  data: Thermometer;
  /** The quarter asked for in the URL; it differs from `data.quarter` while that quarter loads. */
  requested: QuarterKey | undefined;
  loading: boolean;
  onChange: (quarter: QuarterKey) => void;
}

/** Which quarter is shown, how current its data is, and the choice of another quarter. */
export function QuarterBar({ data, requested, loading, onChange }: QuarterBarProps) {
  const { t, locale } = useLocale();
  const selectId = useId();
  const selected = requested ?? data.quarter;
  // A quarter typed into the address may have no data; it is still the one being shown.
  const options = [...new Set([...data.availableQuarters, selected])].sort().reverse();
  return (
    <div className="quarter-bar">
      <div className="quarter-bar__field">
        <label htmlFor={selectId} className="quarter-bar__label">
          {t('thermometer.quarter.label')}
        </label>
        <select
          id={selectId}
          className="quarter-bar__select"
          value={selected}
          onChange={(event) => {
            const parsed = zQuarterKey.safeParse(event.target.value);
            if (parsed.success) onChange(parsed.data);
          }}
        >
          {options.map((quarter) => (
            <option key={quarter} value={quarter}>
              {formatQuarterKey(quarter, locale)}
            </option>
          ))}
        </select>
      </div>
      <p className="quarter-bar__note">
        {t('thermometer.dataUpTo', { quarter: formatQuarterKey(data.quarter, locale) })}
        {' · '}
        <span className="nowrap">
          {t('thermometer.generatedAt', { dateTime: formatDateTime(data.generatedAt, locale) })}
        </span>
      </p>
      <p className="quarter-bar__status" role="status">
        {loading ? t('thermometer.quarter.loading', { quarter: formatQuarterKey(selected, locale) }) : null}
      </p>
    </div>
  );
}
