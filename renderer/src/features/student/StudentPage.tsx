import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_SCHOOL_SETTINGS } from '../../../../shared/domain/school-settings';
import { fullName } from '../../../../shared/domain/student';
import { usePageTitle } from '../../hooks/use-page-title';
import { useSchoolSettings } from '../../hooks/use-school-settings';
import { EmptyState } from '../../ui/EmptyState';
import { ObservationIcon } from '../../ui/icons';
import { AuditList } from '../grades/components/AuditList';
import { StudentDossierButton } from '../dossier';
import { useObservationDialog } from '../observations';
import { StudentPrivacyActions } from '../privacy';
import { CoverageChecklist } from './components/CoverageChecklist';
import { EvidenceGallery } from './components/EvidenceGallery';
import { GrowthSection } from './components/GrowthSection';
import { ObservationList } from './components/ObservationList';
import { ResultsSection } from './components/ResultsSection';
import { usePointWords } from './point-words';
import './profile.css';
import { useStudentGrowth } from './use-student-growth';
import { useStudentPage } from './use-student-page';

const NO_ROWS = new Map();

/**
 * One student: growth per skill and the eindterm checklist, PTA results and SE-cijfer, observations, the evidence gallery and every change
 * to their cijfers and scores. Observations are noted from here with the student filled in.
 */
export function StudentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const data = useStudentPage(id);
  const settings = useSchoolSettings() ?? DEFAULT_SCHOOL_SETTINGS;
  const openObservation = useObservationDialog((state) => state.open);
  const observe = useCallback(() => openObservation({ studentIds: [id] }), [openObservation, id]);
  const growth = useStudentGrowth(id, settings.observationScale.length);
  const words = usePointWords(settings.observationScale, growth?.rows.opdrachten ?? NO_ROWS, growth?.rows.opdrachtgevers ?? NO_ROWS);
  usePageTitle(data ? fullName(data.student) : t('nav.students'));

  if (data === undefined) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  if (data === null) {
    return (
      <div className="page">
        <EmptyState
          title={t('studentPage.notFound')}
          actions={
            <Link className="btn btn-primary" to="/leerlingen">
              {t('studentPage.back')}
            </Link>
          }
        >
          {null}
        </EmptyState>
      </div>
    );
  }

  const { student, group, cohort } = data;
  return (
    <div className="page student-page">
      <nav aria-label={t('nav.students')} className="breadcrumb">
        <Link to={group ? `/leerlingen?groep=${group.id}` : '/leerlingen'}>{t('studentPage.back')}</Link>
      </nav>
      <div className="page-header">
        <div>
          <h1>
            {fullName(student)} {student.archivedAt != null && <span className="badge">{t('studentPage.archived')}</span>}
          </h1>
          <p className="muted">{[group?.name, cohort?.name, t('studentPage.number', { number: student.leerlingnummer })].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="toolbar">
          <StudentPrivacyActions student={student} group={group} cohort={cohort} />
          <button type="button" className="btn btn-primary" onClick={observe}>
            <ObservationIcon size={16} /> {t('studentPage.addObservation')}
          </button>
          {group && <StudentDossierButton studentId={student.id} groupId={group.id} studentName={fullName(student)} />}
        </div>
      </div>
      {/* Keyed by student (like the checklist): another student's page draws what is on screen first again. */}
      <GrowthSection key={student.id} growth={growth?.growth} scale={settings.observationScale} words={words} onObserve={observe} />
      <div className="student-columns">
        <ResultsSection data={data} settings={settings} />
        <CoverageChecklist
          key={student.id}
          coverage={growth === undefined ? undefined : (growth?.growth.coverage ?? null)}
          cohort={growth === undefined ? undefined : growth?.rows.cohort}
          programme={growth?.rows.programme}
          eindtermen={growth?.rows.eindtermen ?? []}
          words={words}
        />
        <section aria-labelledby="student-observations" className="card">
          <h2 id="student-observations">{t('studentPage.observations.title')}</h2>
          <ObservationList observaties={data.observaties} nodes={data.nodes} opdrachten={data.opdrachten} scale={settings.observationScale} />
        </section>
        <section aria-labelledby="student-evidence" className="card">
          <h2 id="student-evidence">{t('studentPage.gallery.title')}</h2>
          <EvidenceGallery bewijs={data.bewijs} />
        </section>
        <section aria-labelledby="student-audit" className="card">
          <h2 id="student-audit">{t('studentPage.audit.title')}</h2>
          <AuditList entries={data.audit} />
        </section>
      </div>
    </div>
  );
}
