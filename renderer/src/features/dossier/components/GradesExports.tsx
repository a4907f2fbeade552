import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../../shared/domain/group';
import type { Pta } from '../../../../../shared/domain/pta';
import { GradeFileDialog, type GradeFileRowInput } from './GradeFileDialog';
import { GroupDossiersDialog } from './GroupDossiersDialog';
import '../dossier.css';

interface GradesExportsProps {
  group: Group;
  pta: Pta;
  rows: readonly GradeFileRowInput[];
}

/** The grade screen's exports for the chosen group: every examendossier, and a grade file per toets. */
export function GradesExports({ group, pta, rows }: GradesExportsProps) {
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
      {open === 'dossiers' && <GroupDossiersDialog groupId={group.id} groupName={group.name} studentCount={rows.length} onClose={() => setOpen(null)} />}
      {open === 'grade-file' && <GradeFileDialog groupName={group.name} toetsen={pta.toetsen} rows={rows} onClose={() => setOpen(null)} />}
    </div>
  );
}
