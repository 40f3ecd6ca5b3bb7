import type { ComponentScore } from '@tks/shared/schemas/thermometer';
import { useT } from '../../i18n/useLocale';

/** How many of a component's measures its score rests on: "rust op 3 van 4 metingen". */
export function CoverageText({ coverage }: { coverage: ComponentScore['coverage'] }) {
  const t = useT();
  if (coverage.total === 0) return <>{t('thermometer.tile.noMeasures')}</>;
  return <>{t('thermometer.tile.coverage', { scored: coverage.scored, total: coverage.total })}</>;
}
