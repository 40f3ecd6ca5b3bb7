import type { Comparison } from '@tks/shared/schemas/thermometer';
import { useLocale } from '../../i18n/useLocale';
import { comparisonText, comparisonTrend } from './text';

const ARROWS = { up: '▲', down: '▼', same: '=', none: '–' } as const;

interface ComparisonListProps {
  previousQuarter: Comparison;
  sameQuarterLastYear: Comparison;
  /** With a term before each line ("Vorig kwartaal"), for the roomier overall summary. */
  labelled?: boolean;
}

/** The score against the previous quarter and a year earlier, each naming the quarter it compares with. */
export function ComparisonList({ previousQuarter, sameQuarterLastYear, labelled = false }: ComparisonListProps) {
  const { t, locale } = useLocale();
  const rows = [
    { id: 'previous', term: t('comparison.previousQuarter'), comparison: previousQuarter },
    { id: 'lastYear', term: t('comparison.lastYear'), comparison: sameQuarterLastYear },
  ];
  const line = (comparison: Comparison) => {
    const trend = comparisonTrend(comparison);
    return (
      <span className={`comparison comparison--${trend}`}>
        <span className="comparison__arrow" aria-hidden="true">
          {ARROWS[trend]}
        </span>
        {comparisonText(comparison, t, locale)}
      </span>
    );
  };
  if (labelled) {
    return (
      <dl className="comparisons comparisons--labelled">
        {rows.map((row) => (
          <div key={row.id}>
            <dt>{row.term}</dt>
            <dd>{line(row.comparison)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <ul className="comparisons">
      {rows.map((row) => (
        <li key={row.id}>{line(row.comparison)}</li>
      ))}
    </ul>
  );
}
