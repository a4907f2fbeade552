import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { OPDRACHT_STATUSES, type Opdracht } from '../../../../shared/domain/opdracht';
import { schoolYearOf, type SchoolYear } from '../../../../shared/domain/school-year';
import { searchKey } from '../../../../shared/domain/student';
import { deadlineOf, startOf } from '../../../../shared/opdrachten';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUrlDialog } from '../../hooks/use-url-dialog';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { CopyYearDialog } from './components/CopyYearDialog';
import { NewOpdrachtDialog } from './components/NewOpdrachtDialog';
import { formatDay } from '../../ui/format-date';
import { useOpdrachtenData, type OpdrachtenData } from './use-opdrachten';

/** Marks the moment the list is on screen, for the benchmark and the browser tests. */
function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    performance.mark('vakwerk:opdrachten-ready');
    document.body.dataset.opdrachtenReady = 'true';
    return () => {
      delete document.body.dataset.opdrachtenReady;
    };
  }, [ready]);
}

/** The opdrachten of a schooljaar, the templates to start from, and copying a year. */
export function OpdrachtenPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('opdrachten.title'));
  const data = useOpdrachtenData();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [creating, setCreating] = useUrlDialog<boolean>('nieuw', 'opdracht', true, false);
  const [copying, setCopying] = useState(false);
  const [schoolYear, setSchoolYear] = useState<SchoolYear>(() => schoolYearOf(new Date()));
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  useReadyMark(Boolean(data));

  const years = useMemo(() => {
    const set = new Set<SchoolYear>([schoolYearOf(new Date()), schoolYear]);
    for (const opdracht of data?.opdrachten ?? []) if (!opdracht.isTemplate) set.add(opdracht.schoolYear);
    return [...set].sort().reverse();
  }, [data?.opdrachten, schoolYear]);

  const visible = useMemo(() => {
    const words = searchKey(search).split(/\s+/).filter(Boolean);
    const clientName = new Map((data?.clients ?? []).map((client) => [client.id, client.name]));
    return (data?.opdrachten ?? [])
      .filter(
        (opdracht) =>
          !opdracht.isTemplate &&
          opdracht.schoolYear === schoolYear &&
          (status ? opdracht.status === status : opdracht.status !== 'gearchiveerd') &&
          words.every((word) => searchKey(`${opdracht.title} ${clientName.get(opdracht.opdrachtgeverId ?? '') ?? ''}`).includes(word)),
      )
      .sort((a, b) => (startOf(a) ?? '9999').localeCompare(startOf(b) ?? '9999') || a.title.localeCompare(b.title, 'nl'));
  }, [data, schoolYear, status, search]);

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('opdrachten.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const templates = data.opdrachten.filter((opdracht) => opdracht.isTemplate);
  const language = i18n.language;

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('opdrachten.title')}</h1>
          <p className="muted">{t('opdrachten.subtitle')}</p>
        </div>
        <div className="actions">
          <Link className="btn" to="/jaarplanning">
            {t('nav.yearPlan')}
          </Link>
          <button type="button" className="btn" onClick={() => setCopying(true)} disabled={!data.opdrachten.some((o) => !o.isTemplate && o.schoolYear === schoolYear)}>
            {t('opdrachten.copyYear.open', { year: schoolYear })}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('opdrachten.new.title')}
          </button>
        </div>
      </div>

      <div className="toolbar" role="search">
        <Field label={t('opdrachten.filters.schoolYear')}>
          <select value={schoolYear} onChange={(event) => setSchoolYear(event.target.value as SchoolYear)}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('opdrachten.fields.status')}>
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('opdrachten.filters.allButArchived')}</option>
            {OPDRACHT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`opdrachten.statuses.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('opdrachten.filters.search')} className="grow">
          <input type="search" value={search} placeholder={t('opdrachten.filters.searchPlaceholder')} onChange={(event) => setSearch(event.target.value)} />
        </Field>
      </div>

      {visible.length === 0 ? (
        <EmptyState
          title={t('opdrachten.empty.title', { year: schoolYear })}
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t('opdrachten.new.title')}
            </button>
          }
        >
          <p>{t('opdrachten.empty.body')}</p>
        </EmptyState>
      ) : (
        <ul className="card-grid plain-list" aria-label={t('opdrachten.listLabel', { year: schoolYear })}>
          {visible.map((opdracht) => (
            <OpdrachtCard key={opdracht.id} opdracht={opdracht} data={data} language={language} />
          ))}
        </ul>
      )}

      <section className="form" aria-labelledby="templates-title">
        <h2 id="templates-title">{t('opdrachten.templates.title')}</h2>
        {templates.length === 0 ? (
          <p className="muted">{t('opdrachten.templates.empty')}</p>
        ) : (
          <ul className="card-grid plain-list">
            {templates.map((template) => (
              <li key={template.id} className="card form">
                <h3 className="card-title">
                  <Link to={`/opdrachten/${template.id}`}>{template.title}</Link>
                </h3>
                <p className="muted">
                  {t('opdrachten.phaseCount', { count: template.phases.length })} · {t('opdrachten.goalCount', { count: template.nodeIds.length })} ·{' '}
                  {t('opdrachten.rubricCount', { count: template.rubricIds.length })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {creating && (
        <NewOpdrachtDialog
          data={data}
          schoolYear={schoolYear}
          opdrachtgeverId={searchParams.get('opdrachtgever')}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/opdrachten/${id}`)}
        />
      )}
      {copying && <CopyYearDialog data={data} fromYear={schoolYear} onClose={() => setCopying(false)} />}
    </div>
  );
}

function OpdrachtCard({ opdracht, data, language }: { opdracht: Opdracht; data: OpdrachtenData; language: string }) {
  const { t } = useTranslation();
  const client = data.clients.find((candidate) => candidate.id === opdracht.opdrachtgeverId);
  const groups = opdracht.groupIds.map((id) => data.groups.find((group) => group.id === id)?.name).filter(Boolean);
  return (
    <li className="card form">
      <div>
        <h2 className="card-title">
          <Link to={`/opdrachten/${opdracht.id}`}>{opdracht.title}</Link>
        </h2>
        <p className="muted">{client ? client.name : t('opdrachten.fields.noClient')}</p>
      </div>
      <p>
        {formatDay(startOf(opdracht), language)} – {formatDay(deadlineOf(opdracht), language)}
      </p>
      <div className="actions">
        <span className={`badge status-${opdracht.status}`}>{t(`opdrachten.statuses.${opdracht.status}`)}</span>
        {groups.map((name) => (
          <span key={name} className="badge">
            {name}
          </span>
        ))}
      </div>
      <p className="muted">
        {t('opdrachten.goalCount', { count: opdracht.nodeIds.length })} · {t('opdrachten.rubricCount', { count: opdracht.rubricIds.length })}
      </p>
    </li>
  );
}
