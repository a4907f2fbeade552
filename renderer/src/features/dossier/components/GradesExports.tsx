import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../../shared/domain/group';
import type { Pta } from '../../../../../shared/domain/pta';
import type { GradeFileRowInput } from './GradeFileDialog';
import '../dossier.css';

// The dialogs (and the dossier reads, content model and file code behind them) load when the
// teacher opens one, not with the grade screen: most visits to Cijfers export nothing.
const GroupDossiersDialog = lazy(async () => ({ default: (await import('./GroupDossiersDialog')).GroupDossiersDialog }));
const GradeFileDialog = lazy(async () => ({ default: (await import('./GradeFileDialog')).GradeFileDialog }));

interface GradesExportsProps {
  group: Group;
  pta: Pta;
  rows: readonly GradeFileRowInput[];
}

/** The grade screen's exports for the chosen group: every examendossier, and a grade file per toets. */
export const GradesExports = memo(function GradesExports({ group, pta, rows }: GradesExportsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'dossiers' | 'grade-file' | null>(null);
  if (rows.length === 0) return null;
  return (
    <div className="toolbar">
      <button type="button" className="btn" onClick={() => setOpen('dossiers')}>
        {t('dossier.batch.button')}
      </button>
      <button type="button" className="btn" onClick={() => setOpen('grade-file')}>
        {t('dossier.gradeFile.button')}
      </button>
      <Suspense fallback={null}>
        {open === 'dossiers' && <GroupDossiersDialog groupId={group.id} groupName={group.name} studentCount={rows.length} onClose={() => setOpen(null)} />}
        {open === 'grade-file' && <GradeFileDialog groupName={group.name} toetsen={pta.toetsen} rows={rows} onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  );
});
