import type { ReactNode } from 'react';

export interface Stat {
  id: string;
  label: string;
  value: ReactNode;
}

/** Small figures as a description list, so label and value are read together. */
export function StatGrid({ stats }: { stats: readonly Stat[] }) {
  return (
    <dl className="stat-grid">
      {stats.map((stat) => (
        <div className="stat-card" key={stat.id}>
          <dt className="stat-card__label">{stat.label}</dt>
          <dd className="stat-card__value">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
