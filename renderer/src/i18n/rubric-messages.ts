/**
 * Messages for the rubric problem codes of shared/rubrics/problems.ts, looked up as
 * t(`rubricProblems.${code}`, params). The params carry i18next's `count` (plurals, _one /
 * _other) and `context` ('unnamed': the level or criterion has no name yet, so the message
 * names its position; 'missing': a number field is empty), so one lookup gives the message.
 * Numbers go through i18next's number formatter: 2,5 and 5,5 in Dutch.
 *
 * Where: a CSV problem with a `row` is shown after "Rij {{row}}: " (import.where.row), as
 * renderer/src/features/rubrics/problem-messages.ts does, so these texts do not repeat the row:
 * "Rij 4: 3 cellen, de kopregel heeft er 6." Problems without a row name their place
 * themselves (niveau, criterium, rij van de cijfertabel).
 *
 * Every code needs a message in both languages (tests/unit/shared/rubrics/messages.test.ts).
 */
export const rubricMessagesNl = {
  // A rubric that cannot be saved or used (validateRubricContent).
  'too-few-levels_one': 'Een rubric heeft minstens 2 niveaus nodig; er is nu {{count}} niveau.',
  'too-few-levels_other': 'Een rubric heeft minstens 2 niveaus nodig; er zijn nu {{count}} niveaus.',
  'level-label-empty': 'Niveau {{level}} heeft geen naam.',
  'level-label-duplicate': 'Twee niveaus heten ‘{{label}}’ (niveau {{otherLevel}} en {{level}}). Geef elk niveau een eigen naam.',
  'level-points-missing': 'Niveau ‘{{label}}’ heeft geen geldig aantal punten. Vul een getal in (0 of meer).',
  'level-points-missing_unnamed': 'Niveau {{level}} heeft geen geldig aantal punten. Vul een getal in (0 of meer).',
  'level-points-negative': 'Niveau ‘{{label}}’ geeft {{points, number}} punten. Punten kunnen niet negatief zijn.',
  'level-points-negative_unnamed': 'Niveau {{level}} geeft {{points, number}} punten. Punten kunnen niet negatief zijn.',
  'level-points-decreasing':
    'Niveau ‘{{label}}’ geeft minder punten ({{points, number}}) dan het niveau ervoor ({{previousPoints, number}}). Zet de niveaus van laag naar hoog.',
  'level-points-decreasing_unnamed':
    'Niveau {{level}} geeft minder punten ({{points, number}}) dan het niveau ervoor ({{previousPoints, number}}). Zet de niveaus van laag naar hoog.',
  'level-points-equal':
    'Niveau ‘{{label}}’ geeft evenveel punten ({{points, number}}) als het niveau ervoor. Elk niveau moet meer punten geven dan het niveau ervoor.',
  'level-points-equal_unnamed':
    'Niveau {{level}} geeft evenveel punten ({{points, number}}) als het niveau ervoor. Elk niveau moet meer punten geven dan het niveau ervoor.',
  'level-color-invalid': 'Niveau ‘{{label}}’ heeft geen geldige kleur (‘{{color}}’). Kies een kleur.',
  'level-color-invalid_unnamed': 'Niveau {{level}} heeft geen geldige kleur (‘{{color}}’). Kies een kleur.',
  'level-id-duplicate':
    'De rubric is beschadigd: niveau {{otherLevel}} en {{level}} hebben hetzelfde kenmerk. Verwijder niveau {{level}} en voeg het opnieuw toe.',
  'no-criteria': 'De rubric heeft nog geen criteria. Voeg minstens één criterium toe.',
  'criterion-title-empty': 'Criterium {{criterion}} heeft geen titel.',
  'criterion-weight-invalid': 'Criterium ‘{{title}}’: het gewicht moet een getal groter dan 0 zijn.',
  'criterion-weight-invalid_unnamed': 'Criterium {{criterion}}: het gewicht moet een getal groter dan 0 zijn.',
  'criterion-id-duplicate':
    'De rubric is beschadigd: criterium {{otherCriterion}} en {{criterion}} hebben hetzelfde kenmerk. Verwijder criterium {{criterion}} en voeg het opnieuw toe.',
  'descriptor-unknown-level': 'Criterium ‘{{title}}’ heeft een beschrijving bij een niveau dat niet meer bestaat.',
  'descriptor-unknown-level_unnamed': 'Criterium {{criterion}} heeft een beschrijving bij een niveau dat niet meer bestaat.',
  'condition-text-empty': 'Voorwaardelijke eis {{condition}} is leeg. Vul de eis in of verwijder hem.',
  'condition-id-duplicate':
    'De rubric is beschadigd: voorwaardelijke eis {{otherCondition}} en {{condition}} hebben hetzelfde kenmerk. Verwijder eis {{condition}} en voeg hem opnieuw toe.',
  'max-points-zero': 'Met deze punten is het maximum 0, dus er kan geen cijfer uit komen. Geef het hoogste niveau meer dan 0 punten.',
  'caesura-out-of-range':
    'De cesuur staat op {{caesura, number(style: percent; maximumFractionDigits: 1)}}. Kies een percentage tussen 0% en 100%, bijvoorbeeld 55%.',
  'caesura-out-of-range_missing': 'De cesuur is niet ingevuld. Kies een percentage tussen 0% en 100%, bijvoorbeeld 55%.',
  'conversion-unknown': 'De omrekening van punten naar cijfer (‘{{kind}}’) is onbekend. Kies een cesuur of een cijfertabel.',
  'table-empty': 'De cijfertabel is leeg. Voeg rijen toe; de eerste begint bij 0 punten.',
  'table-first-row-not-zero':
    'De cijfertabel begint bij {{minPoints, number}} punten. De eerste rij moet bij 0 punten beginnen, anders krijgt een lagere score geen cijfer.',
  'table-min-points-invalid': 'Rij {{tableRow}} van de cijfertabel heeft geen geldig aantal punten. Vul een getal in (0 of meer).',
  'table-rows-not-increasing':
    'Rij {{tableRow}} van de cijfertabel begint bij {{minPoints, number}} punten, niet meer dan de rij ervoor ({{previousMinPoints, number}}). Elke rij begint bij meer punten dan de vorige.',
  'table-grade-out-of-range':
    'Rij {{tableRow}} van de cijfertabel geeft cijfer {{grade, number(minimumFractionDigits: 1)}}. Een cijfer ligt tussen 1,0 en 10,0.',
  'table-grade-out-of-range_missing': 'Rij {{tableRow}} van de cijfertabel heeft geen cijfer. Vul een cijfer in tussen 1,0 en 10,0.',
  'table-grades-decreasing':
    'Rij {{tableRow}} van de cijfertabel geeft een lager cijfer ({{grade, number(minimumFractionDigits: 1)}}) dan de rij ervoor ({{previousGrade, number(minimumFractionDigits: 1)}}), terwijl er meer punten voor nodig zijn.',
  'table-row-unreachable':
    'Rij {{tableRow}} van de cijfertabel begint bij {{minPoints, number}} punten, maar het maximum is {{maxPoints, number}}. Die rij kan niemand halen.',

  // Shown, but saving and grading go on (rubricWarnings).
  'criterion-title-duplicate': 'Twee criteria heten ‘{{title}}’. Een eigen titel per criterium is duidelijker voor leerlingen.',

  // A rubric CSV that cannot be read (rubricFromCsv); nothing from the file is used.
  'too-large': 'Het bestand is te groot voor een rubric (meer dan {{maxMegabytes}} MB). Kies het CSV-bestand van de rubric.',
  'empty-file': 'Het bestand is leeg.',
  'not-text': 'Dit is geen CSV-bestand. Sla de rubric in Excel op als ‘CSV UTF-8’ en probeer het opnieuw.',
  'header-only': 'Het bestand heeft alleen een kopregel (rij {{row}}) en geen criteria.',
  'no-level-columns': 'In de kopregel staan geen niveaus. Zet na de kolom met criteria elk niveau met zijn punten, zoals ‘Voldoende (3)’.',
  'level-header-no-points': 'Kolom {{columnLetter}} van de kopregel, ‘{{header}}’, heeft geen punten. Zet de punten tussen haakjes, zoals ‘Voldoende (3)’.',
  'level-header-empty': 'Kolom {{columnLetter}} van de kopregel is leeg. Vul het niveau in, zoals ‘Voldoende (3)’, of verwijder de kolom.',
  'level-points-not-number': 'In kolom {{columnLetter}} staat ‘{{header}}’, maar tussen de haakjes hoort het aantal punten in plaats van ‘{{value}}’, zoals ‘Voldoende (3)’.',
  'duplicate-column': '‘{{header}}’ (kolom {{columnLetter}}) staat twee keer in de kopregel.',
  'row-too-few-cells_one': '{{count}} cel, de kopregel heeft er {{expected}}. Door een ontbrekende cel komen beschrijvingen onder het verkeerde niveau.',
  'row-too-few-cells_other': '{{count}} cellen, de kopregel heeft er {{expected}}. Door een ontbrekende cel komen beschrijvingen onder het verkeerde niveau.',
  'row-too-many-cells_one': '{{count}} cel, de kopregel heeft er {{expected}}.',
  'row-too-many-cells_other': '{{count}} cellen, de kopregel heeft er {{expected}}. Staat er een puntkomma in een beschrijving zonder aanhalingstekens?',
  'weight-not-number': 'Het gewicht ‘{{value}}’ is geen getal. Schrijf bijvoorbeeld 1 of 0,5.',
  'client-input-invalid': 'In de kolom Opdrachtgever staat ‘{{value}}’. Schrijf ja of nee.',
  'meta-row-extra-cells': '‘{{keyword}}’ heeft meer gevulde cellen dan verwacht. Staat er een puntkomma in de tekst zonder aanhalingstekens?',
  'caesura-not-number': 'De cesuur ‘{{value}}’ is geen getal. Schrijf bijvoorbeeld 55%.',
  'table-row-not-number': '‘{{value}}’ in de cijfertabel is geen getal. Schrijf per rij vanaf hoeveel punten welk cijfer geldt, zoals ‘Cijfertabel;12;5,5’.',
  'conversion-conflict': 'Rij {{otherRow}} geeft al een omrekening naar een cijfer. Gebruik één cesuur óf een cijfertabel.',
  'duplicate-meta-row': '‘{{keyword}}’ staat ook al in rij {{otherRow}}.',
};

/** English, the second language. Rubric words without a real equivalent (cesuur, voorwaardelijke eis) are explained. */
export const rubricMessagesEn: typeof rubricMessagesNl = {
  'too-few-levels_one': 'A rubric needs at least 2 levels; it now has {{count}} level.',
  'too-few-levels_other': 'A rubric needs at least 2 levels; it now has {{count}} levels.',
  'level-label-empty': 'Level {{level}} has no name.',
  'level-label-duplicate': 'Two levels are called ‘{{label}}’ (level {{otherLevel}} and {{level}}). Give each level its own name.',
  'level-points-missing': 'Level ‘{{label}}’ has no valid number of points. Enter a number (0 or more).',
  'level-points-missing_unnamed': 'Level {{level}} has no valid number of points. Enter a number (0 or more).',
  'level-points-negative': 'Level ‘{{label}}’ gives {{points, number}} points. Points cannot be negative.',
  'level-points-negative_unnamed': 'Level {{level}} gives {{points, number}} points. Points cannot be negative.',
  'level-points-decreasing':
    'Level ‘{{label}}’ gives fewer points ({{points, number}}) than the level before it ({{previousPoints, number}}). Order the levels from low to high.',
  'level-points-decreasing_unnamed':
    'Level {{level}} gives fewer points ({{points, number}}) than the level before it ({{previousPoints, number}}). Order the levels from low to high.',
  'level-points-equal':
    'Level ‘{{label}}’ gives as many points ({{points, number}}) as the level before it. Each level must give more points than the one before.',
  'level-points-equal_unnamed':
    'Level {{level}} gives as many points ({{points, number}}) as the level before it. Each level must give more points than the one before.',
  'level-color-invalid': 'Level ‘{{label}}’ has no valid colour (‘{{color}}’). Choose a colour.',
  'level-color-invalid_unnamed': 'Level {{level}} has no valid colour (‘{{color}}’). Choose a colour.',
  'level-id-duplicate': 'The rubric is damaged: levels {{otherLevel}} and {{level}} have the same identifier. Remove level {{level}} and add it again.',
  'no-criteria': 'The rubric has no criteria yet. Add at least one criterion.',
  'criterion-title-empty': 'Criterion {{criterion}} has no title.',
  'criterion-weight-invalid': 'Criterion ‘{{title}}’: the weight must be a number greater than 0.',
  'criterion-weight-invalid_unnamed': 'Criterion {{criterion}}: the weight must be a number greater than 0.',
  'criterion-id-duplicate':
    'The rubric is damaged: criteria {{otherCriterion}} and {{criterion}} have the same identifier. Remove criterion {{criterion}} and add it again.',
  'descriptor-unknown-level': 'Criterion ‘{{title}}’ has a description for a level that no longer exists.',
  'descriptor-unknown-level_unnamed': 'Criterion {{criterion}} has a description for a level that no longer exists.',
  'condition-text-empty': 'Voorwaardelijke eis (precondition) {{condition}} is empty. Fill it in or remove it.',
  'condition-id-duplicate':
    'The rubric is damaged: preconditions {{otherCondition}} and {{condition}} have the same identifier. Remove precondition {{condition}} and add it again.',
  'max-points-zero': 'With these points the maximum is 0, so no grade can come out. Give the highest level more than 0 points.',
  'caesura-out-of-range':
    'The cesuur (pass mark) is set to {{caesura, number(style: percent; maximumFractionDigits: 1)}}. Choose a percentage between 0% and 100%, for example 55%.',
  'caesura-out-of-range_missing': 'The cesuur (pass mark) is not filled in. Choose a percentage between 0% and 100%, for example 55%.',
  'conversion-unknown': 'The conversion from points to a grade (‘{{kind}}’) is unknown. Choose a cesuur or a grade table.',
  'table-empty': 'The grade table is empty. Add rows; the first starts at 0 points.',
  'table-first-row-not-zero':
    'The grade table starts at {{minPoints, number}} points. The first row must start at 0 points, or a lower score gets no grade.',
  'table-min-points-invalid': 'Row {{tableRow}} of the grade table has no valid number of points. Enter a number (0 or more).',
  'table-rows-not-increasing':
    'Row {{tableRow}} of the grade table starts at {{minPoints, number}} points, not more than the row before it ({{previousMinPoints, number}}). Each row starts at more points than the one before.',
  'table-grade-out-of-range': 'Row {{tableRow}} of the grade table gives grade {{grade, number(minimumFractionDigits: 1)}}. A grade is between 1.0 and 10.0.',
  'table-grade-out-of-range_missing': 'Row {{tableRow}} of the grade table has no grade. Enter a grade between 1.0 and 10.0.',
  'table-grades-decreasing':
    'Row {{tableRow}} of the grade table gives a lower grade ({{grade, number(minimumFractionDigits: 1)}}) than the row before it ({{previousGrade, number(minimumFractionDigits: 1)}}), while it takes more points.',
  'table-row-unreachable':
    'Row {{tableRow}} of the grade table starts at {{minPoints, number}} points, but the maximum is {{maxPoints, number}}. Nobody can reach that row.',

  'criterion-title-duplicate': 'Two criteria are called ‘{{title}}’. A title of its own per criterion is clearer for students.',

  'too-large': 'The file is too large for a rubric (more than {{maxMegabytes}} MB). Choose the rubric’s CSV file.',
  'empty-file': 'The file is empty.',
  'not-text': 'This is not a CSV file. Save the rubric in Excel as ‘CSV UTF-8’ and try again.',
  'header-only': 'The file has only a header row (row {{row}}) and no criteria.',
  'no-level-columns': 'The header has no levels. After the criteria column, put each level with its points, such as ‘Voldoende (3)’.',
  'level-header-no-points': 'Column {{columnLetter}} of the header, ‘{{header}}’, has no points. Put the points in brackets, such as ‘Voldoende (3)’.',
  'level-header-empty': 'Column {{columnLetter}} of the header is empty. Fill in the level, such as ‘Voldoende (3)’, or remove the column.',
  'level-points-not-number': 'Column {{columnLetter}} says ‘{{header}}’, but the brackets should hold the number of points instead of ‘{{value}}’, such as ‘Voldoende (3)’.',
  'duplicate-column': '‘{{header}}’ (column {{columnLetter}}) appears twice in the header.',
  'row-too-few-cells_one': '{{count}} cell, the header has {{expected}}. A missing cell would put descriptions under the wrong level.',
  'row-too-few-cells_other': '{{count}} cells, the header has {{expected}}. A missing cell would put descriptions under the wrong level.',
  'row-too-many-cells_one': '{{count}} cell, the header has {{expected}}.',
  'row-too-many-cells_other': '{{count}} cells, the header has {{expected}}. Is there a semicolon in a description without quotes?',
  'weight-not-number': 'The weight ‘{{value}}’ is not a number. Write, for example, 1 or 0,5.',
  'client-input-invalid': 'The Opdrachtgever column says ‘{{value}}’. Write ja (yes) or nee (no).',
  'meta-row-extra-cells': '‘{{keyword}}’ has more filled cells than expected. Is there a semicolon in the text without quotes?',
  'caesura-not-number': 'The cesuur ‘{{value}}’ is not a number. Write, for example, 55%.',
  'table-row-not-number': '‘{{value}}’ in the grade table is not a number. Write per row from how many points which grade applies, such as ‘Cijfertabel;12;5,5’.',
  'conversion-conflict': 'Row {{otherRow}} already gives a conversion to a grade. Use one cesuur or one grade table.',
  'duplicate-meta-row': '‘{{keyword}}’ already appears in row {{otherRow}}.',
};

/**
 * Names of the scale presets for the preset picker, by ScalePresetId. The level labels
 * themselves ("D minimaal") are rubric content students read, so they stay Dutch in both
 * languages (shared/rubrics/presets.ts).
 */
export const rubricPresetMessagesNl = {
  dcba: '4 niveaus: D minimaal – A expert',
  'beginnend-uitmuntend': '4 niveaus: Beginnend – Uitmuntend',
  'drie-niveaus': '3 niveaus: Onvoldoende – Voldoende – Goed',
  custom: 'Eigen schaal',
};

export const rubricPresetMessagesEn: typeof rubricPresetMessagesNl = {
  dcba: '4 levels: D minimaal – A expert',
  'beginnend-uitmuntend': '4 levels: Beginnend – Uitmuntend',
  'drie-niveaus': '3 levels: Onvoldoende – Voldoende – Goed',
  custom: 'Own scale',
};
