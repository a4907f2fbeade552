import type { i18n } from 'i18next';
import { parseIsoDate } from '../../../shared/opdrachten/dates';

/**
 * Messages for the problem codes of shared/opdrachten/problems.ts (opdrachten and their phases,
 * teams, opdrachtgevers, the client CSV), wired under `opdrachtProblems` and looked up as
 * t(`opdrachtProblems.${problem.code}`, problem.params). The codes are grouped by their prefix
 * (opdracht., phase., team., client., contact., csv.), which i18next reads as nested keys.
 *
 * - Every message says what is wrong and where: the phase, team or contact by name (or by
 *   position when it has none: i18next context 'unnamed'), a CSV problem by row and column.
 * - Dates arrive as IsoDate strings and go through the `isodate` formatter that
 *   registerOpdrachtFormats adds: "3 maart", or with `(year: numeric)` "14 augustus 2027".
 *   Without it i18next prints the ISO date, so a missing registration is ugly, not wrong.
 * - Numbers go through i18next's number formatter (decimal comma in Dutch); `count` selects
 *   the _one/_other plural form; lists of names go through the `list` formatter ("A, B en C").
 *
 * Every code needs a message in both languages (tests/unit/shared/opdrachten/messages.test.ts).
 */
export const opdrachtMessagesNl = {
  opdracht: {
    'title-empty': 'De opdracht heeft nog geen titel.',
    'hours-negative': 'Het aantal uren ({{hours, number}}) kan niet negatief zijn.',
    'hours-not-a-number': 'Het aantal uren is geen getal. Vul een getal in of laat het veld leeg.',
    'no-phases': 'Een opdracht die gepland, lopend of afgerond is, heeft fasen met data nodig. Voeg fasen toe of zet de opdracht op concept.',
    'deadline-outside-school-year':
      'De deadline {{deadline, isodate(year: numeric)}} valt buiten schooljaar {{schoolYear}}. Dat schooljaar loopt van {{yearStart, isodate(year: numeric)}} tot en met {{yearEnd, isodate(year: numeric)}}.',
  },
  phase: {
    'name-empty': 'Fase {{phase}} heeft geen naam.',
    'name-duplicate': 'Twee fasen heten ‘{{name}}’ (fase {{otherPhase}} en {{phase}}). Een eigen naam per fase is duidelijker.',
    'start-invalid': 'Fase ‘{{name}}’ heeft geen geldige begindatum.',
    'start-invalid_unnamed': 'Fase {{phase}} heeft geen geldige begindatum.',
    'end-invalid': 'Fase ‘{{name}}’ heeft geen geldige einddatum.',
    'end-invalid_unnamed': 'Fase {{phase}} heeft geen geldige einddatum.',
    'end-before-start': 'Fase ‘{{name}}’ eindigt ({{end, isodate}}) vóór hij begint ({{start, isodate}}).',
    'end-before-start_unnamed': 'Fase {{phase}} eindigt ({{end, isodate}}) vóór hij begint ({{start, isodate}}).',
    'out-of-order':
      'Fase ‘{{name}}’ begint ({{start, isodate}}) vóór de fase ervoor ({{previousStart, isodate}}). Zet de fasen in de volgorde waarin ze beginnen.',
    'out-of-order_unnamed':
      'Fase {{phase}} begint ({{start, isodate}}) vóór de fase ervoor ({{previousStart, isodate}}). Zet de fasen in de volgorde waarin ze beginnen.',
    overlap: 'Fase ‘{{name}}’ begint ({{start, isodate}}) voordat ‘{{previousName}}’ is afgelopen ({{previousEnd, isodate}}). Dat mag, als het zo bedoeld is.',
    overlap_unnamed: 'Fase {{phase}} begint ({{start, isodate}}) voordat de fase ervoor is afgelopen ({{previousEnd, isodate}}). Dat mag, als het zo bedoeld is.',
    'outside-school-year':
      'Fase ‘{{name}}’ ({{start, isodate(year: numeric)}} – {{end, isodate(year: numeric)}}) valt niet helemaal in schooljaar {{schoolYear}}.',
    'outside-school-year_unnamed':
      'Fase {{phase}} ({{start, isodate(year: numeric)}} – {{end, isodate(year: numeric)}}) valt niet helemaal in schooljaar {{schoolYear}}.',
  },
  team: {
    'name-empty': 'Team {{team}} heeft geen naam.',
    'name-duplicate': 'Twee teams heten ‘{{name}}’ (team {{otherTeam}} en {{team}}). Geef elk team een eigen naam.',
    'student-other-group': '{{student}} zit niet in groep {{group}}. Haal de leerling uit team ‘{{teamName}}’.',
    'student-unknown': 'In team ‘{{teamName}}’ staat een leerling die niet meer bestaat. Haal die uit het team.',
    'student-twice': '{{student}} zit in twee teams: ‘{{otherTeamName}}’ en ‘{{teamName}}’. Een leerling zit in één team.',
    empty: 'Team ‘{{name}}’ is nog leeg.',
    'students-without-team_one': '{{students, list}} zit nog niet in een team.',
    'students-without-team_other': '{{count}} leerlingen van {{group}} zitten nog niet in een team: {{students, list}}.',
  },
  client: {
    'name-empty': 'De opdrachtgever heeft nog geen naam.',
    'name-exists': 'Er is al een opdrachtgever die ‘{{name}}’ heet. Is het dezelfde? Vul die dan liever aan.',
    'type-unknown': '‘{{value}}’ is geen soort opdrachtgever die Vakwerk kent. Kies bedrijf, instelling, overheid, vervolgonderwijs of intern.',
    'status-unknown': '‘{{value}}’ is geen status die Vakwerk kent. Kies actief, benaderd of gearchiveerd.',
  },
  contact: {
    'name-empty': 'Contactpersoon {{contact}} heeft geen naam.',
    'name-duplicate': 'Twee contactpersonen heten ‘{{name}}’ (contactpersoon {{otherContact}} en {{contact}}).',
    'email-invalid': 'Contactpersoon ‘{{name}}’: ‘{{email}}’ is geen geldig e-mailadres.',
    'email-invalid_unnamed': 'Contactpersoon {{contact}}: ‘{{email}}’ is geen geldig e-mailadres.',
    'phone-invalid': 'Contactpersoon ‘{{name}}’: ‘{{phone}}’ is geen geldig telefoonnummer. Gebruik cijfers, spaties en streepjes, en eventueel + vooraan.',
    'phone-invalid_unnamed':
      'Contactpersoon {{contact}}: ‘{{phone}}’ is geen geldig telefoonnummer. Gebruik cijfers, spaties en streepjes, en eventueel + vooraan.',
  },
  csv: {
    'too-large': 'Het bestand is te groot ({{sizeMb, number}} MB). Een lijst met opdrachtgevers mag hoogstens {{maxMb, number}} MB zijn.',
    'empty-file': 'Het bestand is leeg.',
    'not-text': 'Dit is geen CSV-bestand. Sla de lijst in Excel op als ‘CSV UTF-8’ en probeer het opnieuw.',
    'header-only': 'Het bestand heeft alleen een kopregel (rij {{row}}) en geen opdrachtgevers.',
    'too-many-rows_one': 'Het bestand heeft {{count}} rij; hoogstens {{max}} kunnen in één keer worden geïmporteerd.',
    'too-many-rows_other': 'Het bestand heeft {{count}} rijen; hoogstens {{max}} kunnen in één keer worden geïmporteerd.',
    'no-name-column': 'Rij {{row}} (kopregel): er is geen kolom met de naam van de opdrachtgever. Noem die kolom ‘Naam’ of ‘Organisatie’.',
    'duplicate-column': 'Rij {{row}} (kopregel): de kolommen ‘{{otherColumn}}’ en ‘{{column}}’ betekenen hetzelfde. Laat er één staan.',
    'too-many-cells':
      'Rij {{row}}: de rij heeft {{cells}} cellen, de kopregel maar {{expected}}. Staat er een scheidingsteken in een tekst? Zet die tekst dan tussen aanhalingstekens.',
    'name-missing': 'Rij {{row}}, kolom ‘{{column}}’: de naam van de opdrachtgever ontbreekt.',
    'name-duplicate': 'Rij {{row}}, kolom ‘{{column}}’: ‘{{name}}’ staat ook in rij {{otherRow}}. Beide rijen zijn overgeslagen; laat de opdrachtgever één keer staan.',
    'name-ambiguous':
      'Rij {{row}}, kolom ‘{{column}}’: er zijn {{clients}} opdrachtgevers die ‘{{name}}’ heten, dus welke bijgewerkt moet worden is niet duidelijk. Geef ze in Vakwerk een verschillende naam.',
    'email-invalid': 'Rij {{row}}, kolom ‘{{column}}’: ‘{{value}}’ is geen geldig e-mailadres.',
    'phone-invalid': 'Rij {{row}}, kolom ‘{{column}}’: ‘{{value}}’ is geen geldig telefoonnummer.',
    'type-unknown': 'Rij {{row}}, kolom ‘{{column}}’: ‘{{value}}’ is geen soort die Vakwerk kent (bedrijf, instelling, overheid, vervolgonderwijs of intern).',
    'status-unknown': 'Rij {{row}}, kolom ‘{{column}}’: ‘{{value}}’ is geen status die Vakwerk kent (actief, benaderd of gearchiveerd).',
    formula: 'Rij {{row}}, kolom ‘{{column}}’: ‘{{value}}’ is een formule, geen tekst. Typ de tekst zelf in, of zet er een apostrof (\') voor.',
    'contact-name-missing': 'Rij {{row}}, kolom ‘{{column}}’: er staan gegevens van een contactpersoon, maar geen naam.',
    'contact-duplicate': 'Rij {{row}}, kolom ‘{{column}}’: contactpersoon ‘{{name}}’ staat twee keer bij deze opdrachtgever.',
  },
};

export const opdrachtMessagesEn: typeof opdrachtMessagesNl = {
  opdracht: {
    'title-empty': 'The assignment has no title yet.',
    'hours-negative': 'The number of hours ({{hours, number}}) cannot be negative.',
    'hours-not-a-number': 'The number of hours is not a number. Enter a number or leave the field empty.',
    'no-phases': 'An assignment that is planned, running or finished needs phases with dates. Add phases or set the assignment to draft.',
    'deadline-outside-school-year':
      'The deadline {{deadline, isodate(year: numeric)}} is outside school year {{schoolYear}}. That school year runs from {{yearStart, isodate(year: numeric)}} to {{yearEnd, isodate(year: numeric)}}.',
  },
  phase: {
    'name-empty': 'Phase {{phase}} has no name.',
    'name-duplicate': 'Two phases are called ‘{{name}}’ (phase {{otherPhase}} and {{phase}}). A name of its own per phase is clearer.',
    'start-invalid': 'Phase ‘{{name}}’ has no valid start date.',
    'start-invalid_unnamed': 'Phase {{phase}} has no valid start date.',
    'end-invalid': 'Phase ‘{{name}}’ has no valid end date.',
    'end-invalid_unnamed': 'Phase {{phase}} has no valid end date.',
    'end-before-start': 'Phase ‘{{name}}’ ends ({{end, isodate}}) before it starts ({{start, isodate}}).',
    'end-before-start_unnamed': 'Phase {{phase}} ends ({{end, isodate}}) before it starts ({{start, isodate}}).',
    'out-of-order': 'Phase ‘{{name}}’ starts ({{start, isodate}}) before the phase above it ({{previousStart, isodate}}). Put the phases in the order they start.',
    'out-of-order_unnamed':
      'Phase {{phase}} starts ({{start, isodate}}) before the phase above it ({{previousStart, isodate}}). Put the phases in the order they start.',
    overlap: 'Phase ‘{{name}}’ starts ({{start, isodate}}) before ‘{{previousName}}’ has ended ({{previousEnd, isodate}}). That is fine if it is meant that way.',
    overlap_unnamed: 'Phase {{phase}} starts ({{start, isodate}}) before the phase above it has ended ({{previousEnd, isodate}}). That is fine if it is meant that way.',
    'outside-school-year': 'Phase ‘{{name}}’ ({{start, isodate(year: numeric)}} – {{end, isodate(year: numeric)}}) is not entirely within school year {{schoolYear}}.',
    'outside-school-year_unnamed':
      'Phase {{phase}} ({{start, isodate(year: numeric)}} – {{end, isodate(year: numeric)}}) is not entirely within school year {{schoolYear}}.',
  },
  team: {
    'name-empty': 'Team {{team}} has no name.',
    'name-duplicate': 'Two teams are called ‘{{name}}’ (team {{otherTeam}} and {{team}}). Give each team a name of its own.',
    'student-other-group': '{{student}} is not in group {{group}}. Take the student out of team ‘{{teamName}}’.',
    'student-unknown': 'Team ‘{{teamName}}’ holds a student who no longer exists. Take them out of the team.',
    'student-twice': '{{student}} is in two teams: ‘{{otherTeamName}}’ and ‘{{teamName}}’. A student is in one team.',
    empty: 'Team ‘{{name}}’ is still empty.',
    'students-without-team_one': '{{students, list}} is not in a team yet.',
    'students-without-team_other': '{{count}} students of {{group}} are not in a team yet: {{students, list}}.',
  },
  client: {
    'name-empty': 'The client has no name yet.',
    'name-exists': 'There already is a client called ‘{{name}}’. Is it the same one? Then better add to that one.',
    'type-unknown': '‘{{value}}’ is not a kind of client Vakwerk knows. Choose bedrijf, instelling, overheid, vervolgonderwijs or intern.',
    'status-unknown': '‘{{value}}’ is not a status Vakwerk knows. Choose actief, benaderd or gearchiveerd.',
  },
  contact: {
    'name-empty': 'Contact person {{contact}} has no name.',
    'name-duplicate': 'Two contact persons are called ‘{{name}}’ (contact person {{otherContact}} and {{contact}}).',
    'email-invalid': 'Contact person ‘{{name}}’: ‘{{email}}’ is not a valid e-mail address.',
    'email-invalid_unnamed': 'Contact person {{contact}}: ‘{{email}}’ is not a valid e-mail address.',
    'phone-invalid': 'Contact person ‘{{name}}’: ‘{{phone}}’ is not a valid phone number. Use digits, spaces and dashes, and optionally + at the start.',
    'phone-invalid_unnamed':
      'Contact person {{contact}}: ‘{{phone}}’ is not a valid phone number. Use digits, spaces and dashes, and optionally + at the start.',
  },
  csv: {
    'too-large': 'The file is too large ({{sizeMb, number}} MB). A list of clients may be at most {{maxMb, number}} MB.',
    'empty-file': 'The file is empty.',
    'not-text': 'This is not a CSV file. Save the list in Excel as ‘CSV UTF-8’ and try again.',
    'header-only': 'The file only has a header row (row {{row}}) and no clients.',
    'too-many-rows_one': 'The file has {{count}} row; at most {{max}} can be imported at once.',
    'too-many-rows_other': 'The file has {{count}} rows; at most {{max}} can be imported at once.',
    'no-name-column': 'Row {{row}} (header): there is no column with the client’s name. Call that column ‘Naam’ or ‘Organisatie’.',
    'duplicate-column': 'Row {{row}} (header): the columns ‘{{otherColumn}}’ and ‘{{column}}’ mean the same. Keep one of them.',
    'too-many-cells':
      'Row {{row}}: the row has {{cells}} cells, the header only {{expected}}. Is there a delimiter inside a text? Then put that text between quotes.',
    'name-missing': 'Row {{row}}, column ‘{{column}}’: the client’s name is missing.',
    'name-duplicate': 'Row {{row}}, column ‘{{column}}’: ‘{{name}}’ is also in row {{otherRow}}. Both rows were skipped; keep the client once.',
    'name-ambiguous':
      'Row {{row}}, column ‘{{column}}’: {{clients}} clients are called ‘{{name}}’, so which one to update is unclear. Give them different names in Vakwerk.',
    'email-invalid': 'Row {{row}}, column ‘{{column}}’: ‘{{value}}’ is not a valid e-mail address.',
    'phone-invalid': 'Row {{row}}, column ‘{{column}}’: ‘{{value}}’ is not a valid phone number.',
    'type-unknown': 'Row {{row}}, column ‘{{column}}’: ‘{{value}}’ is not a kind Vakwerk knows (bedrijf, instelling, overheid, vervolgonderwijs or intern).',
    'status-unknown': 'Row {{row}}, column ‘{{column}}’: ‘{{value}}’ is not a status Vakwerk knows (actief, benaderd or gearchiveerd).',
    formula: 'Row {{row}}, column ‘{{column}}’: ‘{{value}}’ is a formula, not text. Type the text itself, or put an apostrophe (\') in front of it.',
    'contact-name-missing': 'Row {{row}}, column ‘{{column}}’: there are details of a contact person, but no name.',
    'contact-duplicate': 'Row {{row}}, column ‘{{column}}’: contact person ‘{{name}}’ appears twice for this client.',
  },
};

/**
 * Formats an IsoDate for a message: "3 maart" / "3 March", with `year: numeric` "14 augustus 2027".
 * The date is built and formatted in UTC, so it is the same calendar day in every time zone.
 */
export function formatIsoDateForMessage(value: unknown, language: string | undefined, withYear: boolean): string {
  const text = String(value);
  const date = parseIsoDate(text);
  if (!date) return text;
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : (language ?? 'nl'), {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' as const } : {}),
    timeZone: 'UTC',
  });
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

/**
 * Adds the `isodate` formatter these messages use. Call once after i18next.init (the formatter
 * exists from then on): registerOpdrachtFormats(i18next).
 */
export function registerOpdrachtFormats(instance: Pick<i18n, 'services'>): void {
  instance.services.formatter?.add('isodate', (value, language, options: { year?: unknown }) =>
    formatIsoDateForMessage(value, language, options.year === 'numeric'),
  );
}
