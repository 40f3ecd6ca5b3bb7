import type { RoundStatus } from '@tks/shared/domain';
import { useT } from '../../i18n/useLocale';

const BADGE: Record<RoundStatus, string> = { draft: 'badge--neutral', open: 'badge--ok', closed: 'badge--neutral' };

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const t = useT();
  return <span className={`badge ${BADGE[status]}`}>{t(`questionnaires.status.${status}`)}</span>;
}
