import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGraded, type PtaToets } from '../../../../../shared/domain/pta';
import { fullName, type Student } from '../../../../../shared/domain/student';
import { checkGradeFileColumns, GRADE_FILE_COLUMNS, GRADE_FILE_PRESETS, gradeFile, type GradeFileColumn, type GradeFilePresetId } from '../../../../../shared/grades/grade-file';
import type { StudentGrades } from '../../../../../shared/grades/grade-table';
import { platform } from '../../../platform';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { plainFileName } from '../file-names';

export interface GradeFileRowInput {
  student: Student;
  grades: StudentGrades;
}

interface GradeFileDialogProps {
  groupName: string;
  toetsen: readonly PtaToets[];
  rows: readonly GradeFileRowInput[];
  onClose: () => void;
}

const PREVIEW_LINES = 6;

/**
 * A grade file for one PTA toets, for Magister or SOMtoday: the system's preset gives the
 * headers, the teacher chooses the columns (and their order) and sees the file before saving.
 */
export function GradeFileDialog({ groupName, toetsen, rows, onClose }: GradeFileDialogProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const graded = toetsen.filter((toets) => isGraded(toets.toetsvorm));
  const [toetsId, setToetsId] = useState(graded[0]?.id ?? '');
  const [preset, setPreset] = useState<GradeFilePresetId>('magister');
  const [columns, setColumns] = useState<GradeFileColumn[]>([...GRADE_FILE_PRESETS.magister.columns]);
  const [header, setHeader] = useState(true);
  const toets = graded.find((candidate) => candidate.id === toetsId);
  const problem = checkGradeFileColumns(columns);

  // A group's rows: cheap enough to build on every render, so the preview is always the file.
  const file =
    toets && !problem ? gradeFile(rows.map(({ student, grades }) => ({ ...student, grade: grades.cells[toets.id]?.grade ?? null })), { preset, columns, header }) : null;

  const toggle = (column: GradeFileColumn, on: boolean) =>
    setColumns((current) => (on ? GRADE_FILE_COLUMNS.filter((c) => c === column || current.includes(c)) : current.filter((c) => c !== column)));
  const moveLeft = (index: number) =>
    setColumns((current) => {
      const next = [...current];
      [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
      return next;
    });
  const save = async () => {
    if (!file || !toets) return;
    const result = await platform.saveFile({
      suggestedName: `${plainFileName(t('dossier.gradeFile.fileName'))}-${plainFileName(toets.code || toets.name)}-${plainFileName(groupName)}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: new TextEncoder().encode(file.text),
    });
    if (result.status === 'saved') {
      show({ message: t('dossier.gradeFile.saved', { file: result.fileName }), tone: 'success' });
      onClose();
    }
  };

  const preview = file ? file.text.replace('\uFEFF', '').split('\r\n').slice(0, PREVIEW_LINES).join('\n') : '';
  const missingNames = file?.withoutGrade.map((row) => fullName(row)) ?? [];

  return (
    <Dialog open title={t('dossier.gradeFile.title', { group: groupName })} onClose={onClose} className="dossier-dialog">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="muted">{t('dossier.gradeFile.intro')}</p>
        {graded.length === 0 ? (
          <p>{t('dossier.gradeFile.noToetsen')}</p>
        ) : (
          <>
            <Field label={t('dossier.gradeFile.toets')}>
              <select value={toetsId} onChange={(event) => setToetsId(event.target.value)} data-autofocus>
                {graded.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {[candidate.code, candidate.name].filter(Boolean).join(' ')}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('dossier.gradeFile.system')}>
              <select
                value={preset}
                onChange={(event) => {
                  const id = event.target.value as GradeFilePresetId;
                  setPreset(id);
                  setColumns([...GRADE_FILE_PRESETS[id].columns]);
                }}
              >
                {(Object.keys(GRADE_FILE_PRESETS) as GradeFilePresetId[]).map((id) => (
                  <option key={id} value={id}>
                    {t(`dossier.gradeFile.systems.${id}`)}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset>
              <legend>{t('dossier.gradeFile.columns')}</legend>
              <div className="grade-file-columns">
                {GRADE_FILE_COLUMNS.map((column) => {
                  const index = columns.indexOf(column);
                  const label = t(`dossier.gradeFile.columnNames.${column}`);
                  return (
                    <span key={column} className="column-choice">
                      <label className="check">
                        <input type="checkbox" checked={index >= 0} onChange={(event) => toggle(column, event.target.checked)} /> {label}
                      </label>
                      {index > 0 && (
                        <button type="button" className="btn btn-ghost icon-btn" aria-label={t('dossier.gradeFile.moveUp', { column: label })} onClick={() => moveLeft(index)}>
                          ←
                        </button>
                      )}
                    </span>
                  );
                })}
                <label className="check">
                  <input type="checkbox" checked={header} onChange={(event) => setHeader(event.target.checked)} /> {t('dossier.gradeFile.header')}
                </label>
              </div>
              {problem && (
                <p className="error" role="alert">
                  {t(`dossier.gradeFile.problems.${problem}`)}
                </p>
              )}
            </fieldset>
            {file && (
              <div>
                <strong id="grade-file-preview-label">{t('dossier.gradeFile.preview')}</strong>
                <pre className="grade-file-preview" aria-labelledby="grade-file-preview-label" tabIndex={0}>
                  {preview}
                </pre>
                {file.written === 0 ? (
                  <p className="muted">{t('dossier.gradeFile.noGrades')}</p>
                ) : (
                  missingNames.length > 0 && <p className="muted">{t('dossier.gradeFile.withoutGrade', { count: missingNames.length, names: missingNames.join(', ') })}</p>
                )}
              </div>
            )}
          </>
        )}
        <div className="dialog-footer">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!file}>
            {t('dossier.gradeFile.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
