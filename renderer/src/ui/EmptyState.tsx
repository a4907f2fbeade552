import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** Says what is missing and what to do about it, with the actions right there. */
export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="muted">{children}</div>
      {actions && <div className="actions">{actions}</div>}
    </section>
  );
}
