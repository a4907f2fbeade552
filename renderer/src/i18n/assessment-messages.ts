/**
 * Messages for the problem codes of shared/pta/problems.ts (`ptaProblems`), the cijfer input of
 * shared/grades/grade-input.ts (`gradeProblems`) and evidence files of shared/evidence/files.ts
 * (`evidenceProblems`), looked up as t(`ptaProblems.${code}`, params). Each says what is wrong
 * and where: the toets by code (or by position when it has none yet), a file by its name.
 * Every code needs a message in both languages (tests/unit/renderer/i18n/assessment-messages.test.ts).
 */
export const ptaMessagesNl = {
  'code-empty': 'Toets {{toets}} heeft geen code. Geef elke toets een code, zoals 312; die wordt de kolom in Magister of SOMtoday.',
  'code-duplicate': 'Toets {{toets}} heeft code {{code}}, net als toets {{otherToets}}. Elke code komt één keer voor.',
  'name-empty': 'Toets {{code}} heeft geen naam.',
  'name-empty_unnamed': 'Toets {{toets}} heeft geen naam.',
  'weging-missing': 'Toets {{code}} heeft geen weging. Zonder weging kan het SE-cijfer niet worden berekend.',
  'weging-missing_unnamed': 'Toets {{toets}} heeft geen weging. Zonder weging kan het SE-cijfer niet worden berekend.',
  'weging-not-positive': 'Toets {{code}} heeft weging {{weging, number}}. Een weging is groter dan 0.',
  'weging-not-positive_unnamed': 'Toets {{toets}} heeft weging {{weging, number}}. Een weging is groter dan 0.',
  'date-invalid': 'Toets {{code}}: ‘{{date}}’ is geen geldige datum.',
  'date-invalid_unnamed': 'Toets {{toets}}: ‘{{date}}’ is geen geldige datum.',
  'herkansing-vorm-missing': 'Toets {{code}} is herkansbaar, maar de toetsvorm van de herkansing ontbreekt.',
  'herkansing-vorm-missing_unnamed': 'Toets {{toets}} is herkansbaar, maar de toetsvorm van de herkansing ontbreekt.',
  'no-weighted-toets': 'Het PTA heeft geen toets met een weging, dus kan er geen SE-cijfer worden berekend. Voeg een toets met een weging toe.',
  'unlock-reason-empty': 'Schrijf op waarom het vastgestelde PTA wordt gewijzigd. Die reden wordt bewaard.',
  locked: 'Het PTA is vastgesteld en kan niet worden gewijzigd. Ontgrendel het eerst, met een reden.',
};

export const ptaMessagesEn: typeof ptaMessagesNl = {
  'code-empty': 'Test {{toets}} has no code. Give every test a code, such as 312; it becomes the column in Magister or SOMtoday.',
  'code-duplicate': 'Test {{toets}} has code {{code}}, just like test {{otherToets}}. Each code is used once.',
  'name-empty': 'Test {{code}} has no name.',
  'name-empty_unnamed': 'Test {{toets}} has no name.',
  'weging-missing': 'Test {{code}} has no weight. Without a weight the SE grade cannot be computed.',
  'weging-missing_unnamed': 'Test {{toets}} has no weight. Without a weight the SE grade cannot be computed.',
  'weging-not-positive': 'Test {{code}} has weight {{weging, number}}. A weight is greater than 0.',
  'weging-not-positive_unnamed': 'Test {{toets}} has weight {{weging, number}}. A weight is greater than 0.',
  'date-invalid': 'Test {{code}}: ‘{{date}}’ is not a valid date.',
  'date-invalid_unnamed': 'Test {{toets}}: ‘{{date}}’ is not a valid date.',
  'herkansing-vorm-missing': 'Test {{code}} can be resat, but the form of the resit is missing.',
  'herkansing-vorm-missing_unnamed': 'Test {{toets}} can be resat, but the form of the resit is missing.',
  'no-weighted-toets': 'The PTA has no test with a weight, so no SE grade can be computed. Add a test with a weight.',
  'unlock-reason-empty': 'Write down why the adopted PTA is being changed. The reason is kept.',
  locked: 'The PTA has been adopted and cannot be changed. Unlock it first, with a reason.',
};

export const gradeMessagesNl = {
  'grade-empty': 'Vul een cijfer in.',
  'grade-not-a-number': '‘{{text}}’ is geen cijfer. Typ een getal van 1,0 tot en met 10,0, zoals 6,5.',
  'grade-out-of-range': '{{grade, number}} ligt niet tussen 1,0 en 10,0.',
  'grade-too-precise': '{{grade, number}} heeft te veel decimalen. Een cijfer heeft er hoogstens één, zoals 6,5.',
  'reason-empty': 'Schrijf op waarom je het cijfer aanpast. De reden wordt bewaard.',
};

export const gradeMessagesEn: typeof gradeMessagesNl = {
  'grade-empty': 'Enter a grade.',
  'grade-not-a-number': '‘{{text}}’ is not a grade. Type a number from 1.0 to 10.0, such as 6.5.',
  'grade-out-of-range': '{{grade, number}} is not between 1.0 and 10.0.',
  'grade-too-precise': '{{grade, number}} has too many decimals. A grade has at most one, such as 6.5.',
  'reason-empty': 'Write down why you change the grade. The reason is kept.',
};

export const evidenceMessagesNl = {
  'file-empty': '‘{{fileName}}’ is leeg.',
  'file-too-large': '‘{{fileName}}’ is {{sizeMb, number}} MB. Bewijs mag hoogstens {{maxMb, number}} MB zijn; maak de foto of de PDF kleiner.',
  'not-an-image': '‘{{fileName}}’ is geen foto die Vakwerk kan lezen. Kies een JPEG-, PNG-, GIF- of WebP-bestand.',
  'heic-not-supported': '‘{{fileName}}’ is een HEIC-foto (iPhone). Die kan Vakwerk niet lezen. Zet de camera op ‘Meest compatibel’ of stuur de foto als JPEG.',
  'image-unreadable': '‘{{fileName}}’ lijkt een foto, maar kan niet worden gelezen. Is het bestand beschadigd?',
  'camera-denied': 'Vakwerk mag de camera niet gebruiken. Geef toestemming voor de camera, of kies een foto uit een bestand.',
  'camera-missing': 'Er is geen camera gevonden. Kies een foto uit een bestand.',
  'camera-busy': 'De camera wordt al door een ander programma gebruikt. Sluit dat programma, of kies een foto uit een bestand.',
  'camera-failed': 'De camera kon niet worden gestart. Kies een foto uit een bestand.',
};

export const evidenceMessagesEn: typeof evidenceMessagesNl = {
  'file-empty': '‘{{fileName}}’ is empty.',
  'file-too-large': '‘{{fileName}}’ is {{sizeMb, number}} MB. Evidence may be at most {{maxMb, number}} MB; make the photo or PDF smaller.',
  'not-an-image': '‘{{fileName}}’ is not a photo Vakwerk can read. Choose a JPEG, PNG, GIF or WebP file.',
  'heic-not-supported': '‘{{fileName}}’ is a HEIC photo (iPhone). Vakwerk cannot read it. Set the camera to ‘Most compatible’ or send the photo as JPEG.',
  'image-unreadable': '‘{{fileName}}’ looks like a photo but cannot be read. Is the file damaged?',
  'camera-denied': 'Vakwerk may not use the camera. Allow the camera, or choose a photo from a file.',
  'camera-missing': 'No camera was found. Choose a photo from a file.',
  'camera-busy': 'The camera is in use by another program. Close that program, or choose a photo from a file.',
  'camera-failed': 'The camera could not be started. Choose a photo from a file.',
};
