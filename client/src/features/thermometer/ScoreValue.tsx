import { useLocale } from '../../i18n/useLocale';
import { formatScore } from './text';

/** A score out of 100, or the words for its absence: missing is never shown as 0. */
export function ScoreValue({ score, size = 'regular' }: { score: number | null; size?: 'regular' | 'large' }) {
  const { t, locale } = useLocale();
  if (score === null) return <span className={`score score--${size} score--missing`}>{t('score.missing')}</span>;
  return (
    <span className={`score score--${size}`}>
      <span className="score__number">{formatScore(score, locale)}</span>{' '}
      <span className="score__unit">{t('score.outOf')}</span>
    </span>
  );
}
