import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isGraded } from '../../../../../shared/domain/pta';
import type { SchoolSettings } from '../../../../../shared/domain/school-settings';
import { gradeTable, type ToetsCell } from '../../../../../shared/grades/grade-table';
import { localToday } from '../../../../../shared/opdrachten/dates';
import { formatDecimal, formatGrade } from '../../../ui/format-number';
import type { StudentPageData } from '../use-student-page';

/** The student's row of the grade table, turned on its side: one line per PTA toets, then the SE-cijfer. */
export function ResultsSection({ data, settings }: { data: StudentPageData; settings: SchoolSettings }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const heading = <h2 id="student-results">{t('studentPage.results.title')}</h2>;
  if (!data.cohort) return <section aria-labelledby="student-results" className="card">{heading}<p className="muted">{t('studentPage.results.noCohort')}</p></section>;
  if (!data.pta) return <section aria-labelledby="student-results" className="card">{heading}<p className="muted">{t('studentPage.results.noPta')}</p></section>;

  const [grades] = gradeTable({ studentIds: [data.student.id], toetsen: data.pta.toetsen, results: data.results, rubricGrades: data.rubricGrades, settings, today: localToday() });
  const se = grades!.se;
  const cellText = (graded: boolean, cell: ToetsCell) => {
    if (!graded) return cell.voldaan === null ? '—' : cell.voldaan ? t('grades.cell.voldaan') : t('grades.cell.nietVoldaan');
    return cell.grade == null ? '—' : formatGrade(cell.grade, language);
  };
  const seNote = !se.ok
    ? t(`grades.seImpossible.${se.reason}`, { codes: se.toetsIds.map((id) => data.pta!.toetsen.find((toets) => toets.id === id)?.code ?? '').join(', ') })
    : !se.complete && se.raw != null
      ? t('grades.cell.provisionalHint', { count: se.missingToetsIds.length })
      : null;
  const flags = (cell: ToetsCell) =>
    [cell.missing && t('grades.cell.missing'), cell.late && t('grades.cell.late'), cell.counted === 2 && t('grades.cell.resit'), (cell.first?.source === 'override' || cell.resit?.source === 'override') && t('grades.cell.override')].filter(Boolean).join(', ');

  return (
    <section aria-labelledby="student-results" className="card">
      <div className="section-header">
        {heading}
        <Link to={`/cijfers?cohort=${data.cohort.id}${data.group ? `&groep=${data.group.id}` : ''}`}>{t('studentPage.results.toGrades')}</Link>
      </div>
      <table className="data student-results">
        <thead>
          <tr>
            <th scope="col">{t('studentPage.results.toets')}</th>
            <th scope="col" className="num">{t('studentPage.results.weging')}</th>
            <th scope="col" className="num">{t('studentPage.results.grade')}</th>
            <th scope="col"><span className="visually-hidden">{t('studentPage.results.flags')}</span></th>
          </tr>
        </thead>
        <tbody>
          {data.pta.toetsen.map((toets) => {
            const cell = grades!.cells[toets.id]!;
            const graded = isGraded(toets.toetsvorm);
            return (
              <tr key={toets.id}>
                <th scope="row">
                  {toets.code} {toets.name}
                </th>
                <td className="num">{graded && toets.weging != null ? formatDecimal(toets.weging, language, 2) : '—'}</td>
                <td className="num">{cellText(graded, cell)}</td>
                <td className={cell.missing ? 'grade-flag-missing' : 'muted'}>{flags(cell)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('studentPage.results.se')}</th>
            <td />
            <td className="num">{se.ok && se.oneDecimal != null ? formatGrade(se.oneDecimal, language) : '—'}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {seNote && <p className="muted">{seNote}</p>}
    </section>
  );
}
