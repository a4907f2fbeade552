import type { AuditKind } from '../../../../../shared/domain/audit';
import type { Assessor } from '../../../../../shared/domain/beoordeling';
import type { BewijsKind } from '../../../../../shared/domain/bewijs';

/** Fixed texts of the AVG export PDF; the caller passes the language's labels (no i18next in PDF modules). */
export interface StudentExportPdfLabels {
  kicker: string;
  band: string;
  bandDetail: string;
  sectionStudent: string;
  sectionObservations: string;
  sectionBeoordelingen: string;
  sectionResults: string;
  sectionAudit: string;
  sectionEvidence: string;
  sectionTeams: string;
  sectionOpdrachten: string;
  none: string;
  fields: {
    roepnaam: string;
    tussenvoegsel: string;
    achternaam: string;
    leerlingnummer: string;
    group: string;
    cohort: string;
    since: string;
    archived: string;
    deleted: string;
  };
  columns: {
    date: string;
    goal: string;
    level: string;
    by: string;
    opdracht: string;
    note: string;
    rubric: string;
    scores: string;
    toets: string;
    attempt: string;
    grade: string;
    override: string;
    voldaan: string;
    late: string;
    when: string;
    who: string;
    what: string;
    change: string;
    reason: string;
    file: string;
    kind: string;
    size: string;
    caption: string;
    team: string;
    groupCol: string;
    members: string;
    schoolYear: string;
    client: string;
  };
  assessors: Record<Assessor, string>;
  evidenceKinds: Record<BewijsKind, string>;
  auditKinds: Record<AuditKind, string>;
  yes: string;
  no: string;
  generalNote: string;
  /** Marks a row deleted in the app but still kept (for undo). */
  deletedMark: string;
  sharedMark: string;
  condition: (text: string, met: boolean | null) => string;
  membersCount: (count: number) => string;
  footer: (name: string) => string;
}

export const STUDENT_EXPORT_PDF_LABELS_NL: StudentExportPdfLabels = {
  kicker: 'Inzage in gegevens (AVG art. 15)',
  band: 'Alle gegevens die Vakwerk over deze leerling bewaart',
  bandDetail:
    'Vakwerk bewaart alleen naam, leerlingnummer, groep en gegevens over het onderwijs in dit vak; geen BSN, adres, geboortedatum of zorggegevens. Hetzelfde staat machineleesbaar in student.json; de bewijsbestanden staan in de map bewijs/. Namen van medeleerlingen (teamleden, medeleerlingen die beoordeelden) staan er niet in: dat zijn hun gegevens.',
  sectionStudent: 'Leerling',
  sectionObservations: 'Observaties',
  sectionBeoordelingen: 'Beoordelingen',
  sectionResults: 'Toetsresultaten',
  sectionAudit: 'Wijzigingen in cijfers en scores',
  sectionEvidence: 'Bewijs',
  sectionTeams: 'Teams',
  sectionOpdrachten: 'Opdrachten',
  none: 'Geen.',
  fields: {
    roepnaam: 'Roepnaam',
    tussenvoegsel: 'Tussenvoegsel',
    achternaam: 'Achternaam',
    leerlingnummer: 'Leerlingnummer',
    group: 'Groep',
    cohort: 'Cohort',
    since: 'Vastgelegd sinds',
    archived: 'Gearchiveerd',
    deleted: 'Verwijderd (nog bewaard om ongedaan te maken)',
  },
  columns: {
    date: 'Datum',
    goal: 'Doel',
    level: 'Niveau',
    by: 'Door',
    opdracht: 'Opdracht',
    note: 'Notitie',
    rubric: 'Rubric',
    scores: 'Scores en opmerkingen',
    toets: 'Toets',
    attempt: 'Poging',
    grade: 'Cijfer',
    override: 'Aangepast cijfer',
    voldaan: 'Voldaan',
    late: 'Te laat',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat',
    change: 'Oud → nieuw',
    reason: 'Reden',
    file: 'Bestand',
    kind: 'Soort',
    size: 'Grootte',
    caption: 'Bijschrift',
    team: 'Team',
    groupCol: 'Groep',
    members: 'Leden',
    schoolYear: 'Schooljaar',
    client: 'Opdrachtgever',
  },
  assessors: { examinator: 'Examinator', 'tweede-examinator': 'Tweede examinator', zelf: 'Zelf', peer: 'Medeleerling', opdrachtgever: 'Opdrachtgever' },
  evidenceKinds: { foto: 'foto', pdf: 'pdf', bestand: 'bestand' },
  auditKinds: { score: 'score', condition: 'voorwaarde', grade: 'cijfer', override: 'aangepast cijfer', voldaan: 'voldaan', late: 'te laat' },
  yes: 'ja',
  no: 'nee',
  generalNote: 'algemene notitie',
  deletedMark: '(verwijderd, nog bewaard)',
  sharedMark: '(gedeeld met teamgenoten)',
  condition: (text, met) => `${text}: ${met === null ? 'niet beoordeeld' : met ? 'voldaan' : 'niet voldaan'}`,
  membersCount: (count) => (count === 1 ? '1 leerling' : `${count} leerlingen`),
  footer: (name) => `Inzage AVG · ${name}`,
};

export const STUDENT_EXPORT_PDF_LABELS_EN: StudentExportPdfLabels = {
  kicker: 'Access to personal data (GDPR art. 15)',
  band: 'All data Vakwerk holds about this student',
  bandDetail:
    'Vakwerk only keeps name, student number, group and data about teaching in this subject; no national ID number, address, birth date or care data. The same is in machine-readable form in student.json; evidence files are in the folder bewijs/. Names of classmates (team members, peers who assessed) are left out: that is their data.',
  sectionStudent: 'Student',
  sectionObservations: 'Observations',
  sectionBeoordelingen: 'Assessments',
  sectionResults: 'Test results',
  sectionAudit: 'Changes to grades and scores',
  sectionEvidence: 'Evidence',
  sectionTeams: 'Teams',
  sectionOpdrachten: 'Assignments',
  none: 'None.',
  fields: {
    roepnaam: 'First name',
    tussenvoegsel: 'Prefix',
    achternaam: 'Last name',
    leerlingnummer: 'Student number',
    group: 'Group',
    cohort: 'Cohort',
    since: 'Recorded since',
    archived: 'Archived',
    deleted: 'Deleted (still kept for undo)',
  },
  columns: {
    date: 'Date',
    goal: 'Goal',
    level: 'Level',
    by: 'By',
    opdracht: 'Assignment',
    note: 'Note',
    rubric: 'Rubric',
    scores: 'Scores and comments',
    toets: 'Test',
    attempt: 'Attempt',
    grade: 'Grade',
    override: 'Adjusted grade',
    voldaan: 'Passed',
    late: 'Late',
    when: 'When',
    who: 'Who',
    what: 'What',
    change: 'Old → new',
    reason: 'Reason',
    file: 'File',
    kind: 'Kind',
    size: 'Size',
    caption: 'Caption',
    team: 'Team',
    groupCol: 'Group',
    members: 'Members',
    schoolYear: 'School year',
    client: 'Client',
  },
  assessors: { examinator: 'Examiner', 'tweede-examinator': 'Second examiner', zelf: 'Self', peer: 'Peer', opdrachtgever: 'Client' },
  evidenceKinds: { foto: 'photo', pdf: 'pdf', bestand: 'file' },
  auditKinds: { score: 'score', condition: 'condition', grade: 'grade', override: 'adjusted grade', voldaan: 'passed', late: 'late' },
  yes: 'yes',
  no: 'no',
  generalNote: 'general note',
  deletedMark: '(deleted, still kept)',
  sharedMark: '(shared with team mates)',
  condition: (text, met) => `${text}: ${met === null ? 'not judged' : met ? 'met' : 'not met'}`,
  membersCount: (count) => (count === 1 ? '1 student' : `${count} students`),
  footer: (name) => `GDPR access · ${name}`,
};
