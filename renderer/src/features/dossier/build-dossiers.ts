import { dossierContents, type DossierContent } from '../../../../shared/dossier/content';
import { localToday } from '../../../../shared/opdrachten/dates';
import type { DossierRows } from '../../db/repositories/dossier';
import { evidencePointsOf } from '../../db/repositories/evidence';

/** The examendossiers of the read students, in the order read (achternaam). */
export function buildDossiers(rows: DossierRows, includeExtras: boolean): DossierContent[] {
  return dossierContents({
    students: rows.students,
    group: rows.group,
    cohort: rows.cohort,
    pta: rows.pta,
    results: rows.results,
    rubricGrades: rows.rubricGrades,
    settings: rows.settings,
    today: localToday(),
    nodes: rows.nodes,
    opdrachten: rows.opdrachten,
    opdrachtgevers: rows.opdrachtgevers,
    programme: rows.programme,
    evidence: evidencePointsOf(rows.evidence),
    observaties: rows.evidence.observaties,
    bewijs: rows.bewijs,
    includeExtras,
  });
}
