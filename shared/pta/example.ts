import type { PtaToets, Toetsvorm } from '../domain/pta';

type ExampleRow = [code: string, name: string, periode: string, toetsvorm: Toetsvorm, weging: number | null, herkansing: Toetsvorm | null, inhoud: string];

/**
 * A realistic starting point for a PTA of a praktijkgericht vak over leerjaar 3 and 4, for the
 * teacher to adapt (a quick start, not a prescription: the school decides its PTA). Codes follow
 * the common pattern leerjaar, periode, volgnummer (../shared/domain.md "PTA"); the loopbaandossier
 * is a handelingsopdracht (voldaan, no weging).
 */
const EXAMPLE: readonly ExampleRow[] = [
  ['311', 'Praktijkopdracht 1', '3.1', 'praktijkopdracht', 2, 'praktijkopdracht', 'Een opdracht voor een externe opdrachtgever: oriënteren, voorbereiden, uitvoeren en opleveren.'],
  ['312', 'Samenwerken en plannen', '3.1', 'PO', 1, null, 'Beoordeeld met de rubric samenwerken tijdens praktijkopdracht 1.'],
  ['321', 'Programmaspecifieke kennis', '3.2', 'S', 1, 'S', 'Schriftelijke toets over de vakkennis van het programma.'],
  ['331', 'Praktijkopdracht 2', '3.3', 'praktijkopdracht', 2, 'praktijkopdracht', 'Een tweede opdracht, in een ander werkveld.'],
  ['332', 'Presentatie aan de opdrachtgever', '3.3', 'M', 1, 'M', 'Het resultaat van praktijkopdracht 2 presenteren aan de opdrachtgever.'],
  ['341', 'Loopbaandossier leerjaar 3', '3.4', 'handelingsopdracht', null, null, 'Loopbaanactiviteiten met doel, resultaat, evaluatie en vervolg.'],
  ['411', 'Praktijkopdracht 3', '4.1', 'praktijkopdracht', 3, 'praktijkopdracht', 'Een opdracht die de leerling grotendeels zelfstandig plant en uitvoert.'],
  ['421', 'Eindpresentatie en reflectie', '4.2', 'M', 2, 'M', 'Terugblik op de opdrachten en de eigen ontwikkeling, met bewijs.'],
];

export function examplePtaToetsen(newId: () => string): PtaToets[] {
  return EXAMPLE.map(([code, name, periode, toetsvorm, weging, herkansing, inhoud]) => ({
    id: newId(),
    code,
    name,
    inhoud,
    periode,
    date: null,
    toetsvorm,
    duur: '',
    weging,
    herkansbaar: herkansing !== null,
    herkansingVorm: herkansing,
    nodeIds: [],
    opdrachtId: null,
    rubricId: null,
  }));
}
