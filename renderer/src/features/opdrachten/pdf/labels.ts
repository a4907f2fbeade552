/**
 * Every fixed text of the opdrachtkaart and the feedback form. The PDF modules do not import
 * i18next (they run in Node tests and may run in a worker): the caller passes translated
 * labels, Dutch is the default. Numbers and dates arrive formatted for the document's language
 * ("24", "vr 29 jan 2027").
 *
 * The opdrachtkaart is read by students (je/jij, as the rubric speaks to them) and by the
 * client; the feedback form is read by the client only (u).
 */
export interface OpdrachtkaartPdfLabels {
  /** Above the title. */
  kicker: string;
  /** Under the title: "Een opdracht van Kinderopvang De Vlinder". */
  forClient: (client: string) => string;
  /** Labels of the facts beside the deadline. */
  client: string;
  contact: string;
  /** "Groep" for one group, "Groepen" for more. */
  groups: (count: number) => string;
  hours: string;
  /** "24 uur". */
  hoursValue: (hours: string) => string;
  location: string;
  period: string;
  schoolYear: string;
  /** Over the date in the deadline box. */
  deadline: string;
  /** Under the date and phase in the deadline box. */
  deadlineNote: string;
  questionTitle: string;
  contextTitle: string;
  specificationsTitle: string;
  deliverablesTitle: string;
  deliverablesIntro: string;
  phasesTitle: string;
  /** Header of the phase column. */
  phase: string;
  /** Header of the dates column. */
  phaseDates: string;
  /** In the row of the phase that holds the deadline: "deadline: vr 29 jan 2027". */
  phaseDeadline: (date: string) => string;
  goalsTitle: string;
  goalsIntro: string;
  /** Left in the footer: "Opdrachtkaart · Gezonde lunch voor de kinderopvang". */
  footer: (title: string) => string;
}

export const OPDRACHTKAART_PDF_LABELS_NL: OpdrachtkaartPdfLabels = {
  kicker: 'Opdrachtkaart',
  forClient: (client) => `Een opdracht van ${client}`,
  client: 'Opdrachtgever',
  contact: 'Contactpersoon',
  groups: (count) => (count === 1 ? 'Groep' : 'Groepen'),
  hours: 'Studielast',
  hoursValue: (hours) => `${hours} uur`,
  location: 'Locatie',
  period: 'Periode',
  schoolYear: 'Schooljaar',
  deadline: 'Deadline',
  deadlineNote: 'Dan is alles af.',
  questionTitle: 'De vraag van de opdrachtgever',
  contextTitle: 'Achtergrond',
  specificationsTitle: 'Eisen',
  deliverablesTitle: 'Dit lever je op',
  deliverablesIntro: 'Vink af wat klaar is.',
  phasesTitle: 'Planning',
  phase: 'Fase',
  phaseDates: 'Wanneer',
  phaseDeadline: (date) => `deadline: ${date}`,
  goalsTitle: 'Dit leer je',
  goalsIntro: 'Met deze opdracht werk je aan deze eindtermen en vaardigheden:',
  footer: (title) => `Opdrachtkaart · ${title}`,
};

export interface FeedbackFormPdfLabels {
  /** Above the title (the opdracht). */
  kicker: string;
  /** Under the title: "Opdrachtgever: Kinderopvang De Vlinder, Zwolle". */
  client: (client: string) => string;
  /** Label before the team name. */
  team: string;
  /** Label before the group name. */
  group: string;
  /** Label before the members. */
  members: string;
  /** The client's input is advice; the teacher decides. */
  advisory: string;
  /** How to fill in the form. */
  instructions: string;
  /** When no criterion is marked for the client and the form shows all of them. */
  allCriteriaNote: string;
  /** When there is no rubric: only the open questions. */
  noCriteriaInstructions: string;
  /** Above the lines under a criterion. */
  remarks: string;
  generalRemarks: string;
  /** Above the signature lines. */
  filledInBy: string;
  name: string;
  role: string;
  date: string;
  signature: string;
  /** Left in the footer: "Feedbackformulier · Team Wortel". */
  footer: (team: string) => string;
  /** Running title on a team's later pages. */
  runningTitle: (title: string, team: string) => string;
}

export const FEEDBACK_FORM_PDF_LABELS_NL: FeedbackFormPdfLabels = {
  kicker: 'Feedbackformulier opdrachtgever',
  client: (client) => `Opdrachtgever: ${client}`,
  team: 'Team',
  group: 'Groep',
  members: 'Teamleden',
  advisory: 'Uw oordeel is een advies aan de docent. De docent gebruikt uw feedback bij de beoordeling en beslist zelf over het cijfer.',
  instructions: 'Kruis per onderdeel één vakje aan: wat past het best bij wat dit team liet zien? Schrijf eronder wat goed ging en wat beter kan.',
  allCriteriaNote:
    'Voor deze opdracht zijn geen onderdelen speciaal voor u gekozen. Daarom staan hieronder alle onderdelen van de rubric: vul in wat u kunt beoordelen en sla de rest over.',
  noCriteriaInstructions: 'Schrijf hieronder wat dit team goed deed en wat beter kan.',
  remarks: 'Toelichting',
  generalRemarks: 'Overige opmerkingen voor het team',
  filledInBy: 'Ingevuld door',
  name: 'Naam',
  role: 'Functie',
  date: 'Datum',
  signature: 'Handtekening',
  footer: (team) => `Feedbackformulier · ${team}`,
  runningTitle: (title, team) => `Feedbackformulier · ${title} · ${team}`,
};

/** English labels, for teachers who use the interface in English. */
export const OPDRACHTKAART_PDF_LABELS_EN: OpdrachtkaartPdfLabels = {
  kicker: 'Assignment brief',
  forClient: (client) => `An assignment for ${client}`,
  client: 'Client',
  contact: 'Contact person',
  groups: (count) => (count === 1 ? 'Group' : 'Groups'),
  hours: 'Study load',
  hoursValue: (hours) => `${hours} hours`,
  location: 'Location',
  period: 'Period',
  schoolYear: 'School year',
  deadline: 'Deadline',
  deadlineNote: 'Everything is finished by then.',
  questionTitle: 'The client’s question',
  contextTitle: 'Background',
  specificationsTitle: 'Requirements',
  deliverablesTitle: 'What you deliver',
  deliverablesIntro: 'Tick off what is done.',
  phasesTitle: 'Planning',
  phase: 'Phase',
  phaseDates: 'When',
  phaseDeadline: (date) => `deadline: ${date}`,
  goalsTitle: 'What you learn',
  goalsIntro: 'In this assignment you work on these attainment targets and skills:',
  footer: (title) => `Assignment brief · ${title}`,
};

export const FEEDBACK_FORM_PDF_LABELS_EN: FeedbackFormPdfLabels = {
  kicker: 'Client feedback form',
  client: (client) => `Client: ${client}`,
  team: 'Team',
  group: 'Group',
  members: 'Team members',
  advisory: 'Your assessment is advice to the teacher. The teacher uses your feedback in the assessment and decides on the grade.',
  instructions: 'For each part, tick one box: which fits best with what this team showed? Below it, write what went well and what could be better.',
  allCriteriaNote:
    'No parts were chosen especially for you for this assignment, so all parts of the rubric are below: fill in what you can judge and skip the rest.',
  noCriteriaInstructions: 'Write below what this team did well and what could be better.',
  remarks: 'Comments',
  generalRemarks: 'Other remarks for the team',
  filledInBy: 'Filled in by',
  name: 'Name',
  role: 'Role',
  date: 'Date',
  signature: 'Signature',
  footer: (team) => `Feedback form · ${team}`,
  runningTitle: (title, team) => `Feedback form · ${title} · ${team}`,
};
