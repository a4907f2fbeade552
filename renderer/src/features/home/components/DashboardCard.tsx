import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DashboardCardProps {
  id: string;
  title: string;
  /** False while the card's rows are being read. */
  loaded: boolean;
  /** A line under the title: the week's dates, which students are counted. */
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** What the card says while loading, when it takes long enough to deserve an explanation. */
  loadingText?: string;
}

/** One card of the dashboard: a titled region that says when it is still loading. */
export function DashboardCard({ id, title, loaded, subtitle, children, footer, loadingText }: DashboardCardProps) {
  const { t } = useTranslation();
  return (
    <section className="card dash-card" aria-labelledby={`${id}-heading`} aria-busy={!loaded} data-card={id}>
      <div className="dash-card-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {subtitle && <p className="muted dash-subtitle">{subtitle}</p>}
      </div>
      {loaded ? children : <p className="muted">{loadingText ?? t('dashboard.loading')}</p>}
      {loaded && footer && <div className="dash-card-foot">{footer}</div>}
    </section>
  );
}

/** What a card says when it has nothing to show, and what to do about it. */
export function CardEmpty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="dash-empty">
      <p className="dash-empty-title">{title}</p>
      <p className="muted">{children}</p>
    </div>
  );
}
