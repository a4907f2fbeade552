import { useTranslation } from 'react-i18next';
import { compareSources } from '../../../../../shared/assessment/compare-sources';
import type { Beoordeling } from '../../../../../shared/domain/beoordeling';
import type { RubricVersion } from '../../../../../shared/domain/rubric';

/**
 * All sources side by side for one student: the examinator's level per criterion (the one that
 * counts) and the second examinator's, the student's own, the peers' and the client's, with a
 * note where they differ. The client's view is advice; the examinator decides.
 */
export function SourcesPanel({ name, version, beoordelingen }: { name: string; version: RubricVersion; beoordelingen: readonly Beoordeling[] }) {
  const { t } = useTranslation();
  const comparison = compareSources(version, beoordelingen);
  const sources = comparison[0]?.others ?? [];
  const label = (levelId: string | null) => (levelId ? (version.levels.find((level) => level.id === levelId)?.label ?? '?') : '—');
  const sourceName = (assessor: string, who: string) => (who ? `${t(`classroom.assessors.${assessor}`)} (${who})` : t(`classroom.assessors.${assessor}`));
  return (
    <section className="card sources-panel" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('classroom.sources.title', { name })}</h2>
      <p className="muted">{t('classroom.sources.explain')}</p>
      {sources.length === 0 ? (
        <p className="muted">{t('classroom.sources.none')}</p>
      ) : (
        <div className="table-frame">
          <table className="data sources-table">
            <thead>
              <tr>
                <th scope="col">{t('classroom.sources.criterion')}</th>
                <th scope="col">{t('classroom.assessors.examinator')}</th>
                {sources.map((source) => (
                  <th key={source.beoordelingId} scope="col" className="wrap">
                    {sourceName(source.assessor, source.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.map((row) => {
                const criterion = version.criteria.find((candidate) => candidate.id === row.criterionId)!;
                return (
                  <tr key={row.criterionId} className={row.differs ? 'differs' : undefined}>
                    <th scope="row" className="wrap">
                      {criterion.title}
                    </th>
                    <td>{label(row.examinator)}</td>
                    {row.others.map((other) => (
                      <td key={other.beoordelingId} className="wrap">
                        {label(other.levelId)}
                        {other.difference != null && other.difference !== 0 && (
                          <span className="difference">
                            {' '}
                            {t(other.difference > 0 ? 'classroom.sources.higher' : 'classroom.sources.lower', { count: Math.abs(other.difference) })}
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
