/** Texts of the school settings (names and grade rules). */
export const schoolNl = {
  title: 'School en cijfers',
  body: 'Je naam staat in de geschiedenis van elk cijfer en op de documenten. De regels voor herkansen en afronden komen uit het examenreglement van je school.',
  schoolName: 'Naam van de school',
  teacherName: 'Jouw naam (examinator)',
  teacherNameHint: 'Zo staat je naam bij elke wijziging van een score of cijfer.',
  resitRule: 'Herkansing',
  resitRules: {
    highest: 'Het hoogste cijfer telt',
    last: 'Het laatste cijfer telt',
  },
  intermediateRounding: 'SE-cijfer met één decimaal',
  intermediateRoundings: {
    'half-up': 'Afronden (5,45 wordt 5,5)',
    truncate: 'Afkappen (5,49 wordt 5,4)',
  },
  finalRoundingFrom: 'Eindcijfer (heel getal)',
  finalRoundingsFrom: {
    'one-decimal': 'Uit het SE-cijfer met één decimaal (5,45 → 5,5 → 6)',
    raw: 'Uit het onafgeronde gemiddelde (5,45 → 5)',
  },
  observationScale: 'Schaal voor observaties',
  observationScales: {
    dcba: 'D minimaal – C basis – B gevorderd – A expert',
    'beginnend-uitmuntend': 'Beginnend – In ontwikkeling – Voldoende – Uitmuntend',
    'drie-niveaus': 'Onvoldoende – Voldoende – Goed',
  },
  saved: 'Instellingen opgeslagen.',
  unnamed: '(naam niet ingesteld)',
};

export const schoolEn: typeof schoolNl = {
  title: 'School and grades',
  body: 'Your name is recorded with every change of a score or grade and printed on documents. The rules for resits and rounding come from your school’s exam regulations.',
  schoolName: 'School name',
  teacherName: 'Your name (examiner)',
  teacherNameHint: 'Your name is recorded with every change of a score or grade.',
  resitRule: 'Resit',
  resitRules: {
    highest: 'The highest grade counts',
    last: 'The last grade counts',
  },
  intermediateRounding: 'SE grade with one decimal',
  intermediateRoundings: {
    'half-up': 'Round (5.45 becomes 5.5)',
    truncate: 'Truncate (5.49 becomes 5.4)',
  },
  finalRoundingFrom: 'Final grade (whole number)',
  finalRoundingsFrom: {
    'one-decimal': 'From the one-decimal SE grade (5.45 → 5.5 → 6)',
    raw: 'From the unrounded average (5.45 → 5)',
  },
  observationScale: 'Scale for observations',
  observationScales: {
    dcba: 'D minimaal – C basis – B gevorderd – A expert',
    'beginnend-uitmuntend': 'Beginnend – In ontwikkeling – Voldoende – Uitmuntend',
    'drie-niveaus': 'Onvoldoende – Voldoende – Goed',
  },
  saved: 'Settings saved.',
  unnamed: '(name not set)',
};
