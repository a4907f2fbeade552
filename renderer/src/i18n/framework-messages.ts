/**
 * Messages for the problems the goal-framework importers report (shared/frameworks/problems.ts).
 * Wired into the i18n resources under `frameworkProblems`, so a problem reads as
 * t(`frameworkProblems.${problem.code}`, problem.params). Each message says what is wrong and
 * where (the JSON path, or the row and column as the spreadsheet shows them), and what to do
 * where that is not obvious. Codes with a `count` param have _one/_other plural forms.
 */
export const frameworkMessagesNl = {
  file: {
    empty: 'Het bestand is leeg.',
    binary: 'Dit is geen tekstbestand. Vakwerk leest kaders als CASE-JSON, SLO-JSON of CSV; sla een Excel-bestand eerst op als CSV.',
    'too-large': 'Het bestand is te groot ({{sizeMb}} MB). Een kader mag hoogstens {{maxMb}} MB zijn.',
    'not-json': 'Het bestand is geen geldige JSON. Is het misschien de webpagina in plaats van het bestand zelf? Download het CASE- of SLO-bestand opnieuw.',
    'unknown-format':
      '{{fileName}} is geen kader dat Vakwerk kan lezen. Gebruik CASE-JSON (met een CFDocument), SLO-JSON (met een examenprogramma) of een CSV met de kolommen code; omschrijving; bovenliggende code.',
  },
  json: {
    'not-an-object': '{{path}}: hier hoort een object met velden, maar er staat iets anders.',
    'not-a-list': '{{path}}: hier hoort een lijst, maar er staat iets anders.',
    'missing-field': '{{path}}: het veld ‘{{field}}’ ontbreekt of is leeg.',
    'duplicate-id': '{{path}}: de identifier {{id}} staat ook bij {{otherPath}}. Elke identifier mag maar één keer voorkomen.',
  },
  case: {
    'missing-document': 'Dit is geen CASE-bestand: het CFDocument ontbreekt.',
    'no-items': 'Het CASE-bestand bevat geen CFItems, dus geen domeinen of eindtermen om te importeren.',
    'unknown-association-type': '{{path}}: het associatietype ‘{{type}}’ bestaat niet in CASE 1.1.',
    'unknown-parent': '{{path}}: de bovenliggende knoop {{identifier}} bestaat niet in het bestand.',
    'unknown-child': '{{path}}: het onderliggende item {{identifier}} bestaat niet in het bestand.',
    'document-as-child': '{{path}}: het CFDocument staat hier als onderliggend item, maar het document is altijd de top van het kader.',
    'two-parents': '{{path}}: item {{item}} staat al onder {{firstParent}} en hier ook onder {{secondParent}}. Een item kan maar één bovenliggende knoop hebben.',
    cycle_one: '{{path}}: een item is zijn eigen bovenliggende knoop ({{items}}).',
    cycle_other: '{{path}}: {{count}} items zijn in een kring elkaars bovenliggende knoop: {{items}}.',
    orphan: '{{path}}: item {{item}} hangt nergens onder. Er is geen isChildOf-associatie naar het document of naar een ander item.',
    'duplicate-code': '{{path}}: de code {{code}} (humanCodingScheme) staat ook bij {{otherPath}}. Codes moeten uniek zijn binnen een kader.',
  },
  slo: {
    'missing-programme': 'Dit is geen SLO-examenprogramma: de lijst ‘examenprogramma’ ontbreekt of is leeg.',
    'several-programmes_one': 'Het bestand bevat {{count}} examenprogramma; importeer één examenprogramma per bestand.',
    'several-programmes_other': 'Het bestand bevat {{count}} examenprogramma’s; importeer één examenprogramma per bestand.',
    'dangling-id': '{{path}}: {{parent}} verwijst naar {{id}}, maar dat id staat niet in {{array}}.',
    'two-parents': '{{path}}: {{id}} staat ook al bij {{otherPath}}. Een onderdeel kan maar onder één bovenliggend onderdeel staan.',
    'duplicate-code': '{{path}}: de code {{code}} (prefix) staat ook bij {{otherPath}}. Codes moeten uniek zijn binnen een kader.',
  },
  csv: {
    'header-only': 'Het bestand bevat alleen een kopregel (rij {{row}}) en geen domeinen of eindtermen.',
    'too-many-rows_one': 'Het bestand heeft {{count}} rij; hoogstens {{max}} kunnen in één keer worden geïmporteerd.',
    'too-many-rows_other': 'Het bestand heeft {{count}} rijen; hoogstens {{max}} kunnen in één keer worden geïmporteerd.',
    'no-header': 'Rij {{row}} is geen kopregel die Vakwerk herkent. Zet bovenaan de kolommen code; omschrijving; bovenliggende code (en eventueel type).',
    'missing-column': 'Rij {{row}} (kopregel): de kolom ‘{{column}}’ ontbreekt.',
    'duplicate-column': 'Rij {{row}} (kopregel): de kolommen ‘{{first}}’ en ‘{{second}}’ betekenen allebei ‘{{field}}’. Laat er één staan.',
    'too-many-columns':
      'Rij {{row}}: de rij heeft {{actual}} kolommen, de kopregel maar {{expected}}. Staat er een scheidingsteken in een tekst? Zet die tekst dan tussen aanhalingstekens.',
    'missing-code': 'Rij {{row}}, kolom ‘{{column}}’: de code ontbreekt.',
    'missing-text': 'Rij {{row}}, kolom ‘{{column}}’: de omschrijving ontbreekt.',
    'duplicate-code': 'Rij {{row}}, kolom ‘{{column}}’: code {{code}} staat ook in rij {{otherRow}}. Elke code mag maar één keer voorkomen.',
    'unknown-parent': 'Rij {{row}}, kolom ‘{{column}}’: code {{code}} bestaat niet in het bestand.',
    'unknown-type':
      'Rij {{row}}, kolom ‘{{column}}’: ‘{{value}}’ is geen soort die Vakwerk kent (domein, subdomein, eindterm, subitem, leerdoel, vaardigheid of competentie).',
    cycle_one: 'Rij {{row}}: een code is zijn eigen bovenliggende code ({{codes}}).',
    cycle_other: 'Rij {{row}}: {{count}} codes zijn in een kring elkaars bovenliggende code: {{codes}}.',
  },
};

/** English, the second language. CASE and SLO field names stay as the files write them. */
export const frameworkMessagesEn: typeof frameworkMessagesNl = {
  file: {
    empty: 'The file is empty.',
    binary: 'This is not a text file. Vakwerk reads frameworks as CASE JSON, SLO JSON or CSV; save an Excel file as CSV first.',
    'too-large': 'The file is too large ({{sizeMb}} MB). A framework may be at most {{maxMb}} MB.',
    'not-json': 'The file is not valid JSON. Is it the web page rather than the file itself? Download the CASE or SLO file again.',
    'unknown-format':
      '{{fileName}} is not a framework Vakwerk can read. Use CASE JSON (with a CFDocument), SLO JSON (with an examenprogramma) or a CSV with the columns code; omschrijving; bovenliggende code.',
  },
  json: {
    'not-an-object': '{{path}}: an object with fields belongs here, but there is something else.',
    'not-a-list': '{{path}}: a list belongs here, but there is something else.',
    'missing-field': '{{path}}: the field ‘{{field}}’ is missing or empty.',
    'duplicate-id': '{{path}}: the identifier {{id}} is also used at {{otherPath}}. Each identifier may occur only once.',
  },
  case: {
    'missing-document': 'This is not a CASE file: the CFDocument is missing.',
    'no-items': 'The CASE file has no CFItems, so there are no domains or attainment targets to import.',
    'unknown-association-type': '{{path}}: the association type ‘{{type}}’ does not exist in CASE 1.1.',
    'unknown-parent': '{{path}}: the parent node {{identifier}} does not exist in the file.',
    'unknown-child': '{{path}}: the child item {{identifier}} does not exist in the file.',
    'document-as-child': '{{path}}: the CFDocument is used as a child here, but the document is always the top of the framework.',
    'two-parents': '{{path}}: item {{item}} is already under {{firstParent}} and here also under {{secondParent}}. An item can have only one parent.',
    cycle_one: '{{path}}: an item is its own parent ({{items}}).',
    cycle_other: '{{path}}: {{count}} items are each other’s parents in a cycle: {{items}}.',
    orphan: '{{path}}: item {{item}} is not attached to anything. There is no isChildOf association to the document or to another item.',
    'duplicate-code': '{{path}}: the code {{code}} (humanCodingScheme) is also used at {{otherPath}}. Codes must be unique within a framework.',
  },
  slo: {
    'missing-programme': 'This is not an SLO exam programme: the list ‘examenprogramma’ is missing or empty.',
    'several-programmes_one': 'The file contains {{count}} exam programme; import one exam programme per file.',
    'several-programmes_other': 'The file contains {{count}} exam programmes; import one exam programme per file.',
    'dangling-id': '{{path}}: {{parent}} refers to {{id}}, but that id is not in {{array}}.',
    'two-parents': '{{path}}: {{id}} is already used at {{otherPath}}. A part can be under only one parent.',
    'duplicate-code': '{{path}}: the code {{code}} (prefix) is also used at {{otherPath}}. Codes must be unique within a framework.',
  },
  csv: {
    'header-only': 'The file only has a header row (row {{row}}) and no domains or attainment targets.',
    'too-many-rows_one': 'The file has {{count}} row; at most {{max}} can be imported at once.',
    'too-many-rows_other': 'The file has {{count}} rows; at most {{max}} can be imported at once.',
    'no-header': 'Row {{row}} is not a header row Vakwerk recognises. Put the columns code; omschrijving; bovenliggende code (and optionally type) at the top.',
    'missing-column': 'Row {{row}} (header): the column ‘{{column}}’ is missing.',
    'duplicate-column': 'Row {{row}} (header): the columns ‘{{first}}’ and ‘{{second}}’ both mean ‘{{field}}’. Keep one of them.',
    'too-many-columns':
      'Row {{row}}: the row has {{actual}} columns, the header only {{expected}}. Is there a delimiter in a text? Then put that text in quotes.',
    'missing-code': 'Row {{row}}, column ‘{{column}}’: the code is missing.',
    'missing-text': 'Row {{row}}, column ‘{{column}}’: the description is missing.',
    'duplicate-code': 'Row {{row}}, column ‘{{column}}’: code {{code}} is also in row {{otherRow}}. Each code may occur only once.',
    'unknown-parent': 'Row {{row}}, column ‘{{column}}’: code {{code}} does not exist in the file.',
    'unknown-type':
      'Row {{row}}, column ‘{{column}}’: ‘{{value}}’ is not a type Vakwerk knows (domein, subdomein, eindterm, subitem, leerdoel, vaardigheid or competentie).',
    cycle_one: 'Row {{row}}: a code is its own parent code ({{codes}}).',
    cycle_other: 'Row {{row}}: {{count}} codes are each other’s parent codes in a cycle: {{codes}}.',
  },
};
