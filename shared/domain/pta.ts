import type { StoredRecord } from './record';
import type { IsoDate } from './opdracht';

/**
 * Toetsvormen as PTAs name them (../shared/domain.md "PTA"): schriftelijk, mondeling,
 * praktische opdracht, praktijkopdracht, handelingsopdracht. A handelingsopdracht gets no
 * cijfer: it must be "voldaan" and has no weging.
 */
export type Toetsvorm = 'S' | 'M' | 'PO' | 'praktijkopdracht' | 'handelingsopdracht';
export const TOETSVORMEN: readonly Toetsvorm[] = ['S', 'M', 'PO', 'praktijkopdracht', 'handelingsopdracht'];

export function isGraded(toetsvorm: Toetsvorm): boolean {
  return toetsvorm !== 'handelingsopdracht';
}

/** One summative toets of a PTA. */
export interface PtaToets {
  id: string;
  /** The school's code, e.g. "312" = leerjaar 3, periode 1, toets 2; maps 1:1 to a Magister column. */
  code: string;
  name: string;
  /** What is tested, as the PTA describes it. */
  inhoud: string;
  /** Periode or tijdvak as the school names it ("3.1", "leerjaar 3, periode 1"). */
  periode: string;
  /** When the toets is due (missing work is flagged after it); null when not planned yet. */
  date: IsoDate | null;
  toetsvorm: Toetsvorm;
  /** "60 min", "8 weken": free text. */
  duur: string;
  /** Positive for a graded toets; null for a handelingsopdracht. */
  weging: number | null;
  herkansbaar: boolean;
  /** The toetsvorm of the herkansing, when herkansbaar. */
  herkansingVorm: Toetsvorm | null;
  /** Framework node ids (eindtermen) this toets covers. */
  nodeIds: string[];
  /** The opdracht whose work delivers the result, and the rubric it is scored with. */
  opdrachtId: string | null;
  rubricId: string | null;
}

export type PtaLogAction = 'vastgesteld' | 'ontgrendeld';

/** Why and when a PTA was locked or unlocked; kept for good. */
export interface PtaLogEntry {
  action: PtaLogAction;
  at: number;
  who: string;
  /** Required when unlocking. */
  reason: string;
}

/**
 * The PTA (programma van toetsing en afsluiting) of a cohort (which has one leerweg): one per
 * vak per leerweg per cohort, handed out before 1 October and then not changed. Once
 * vastgesteld it is read-only; a change needs an explicit unlock with a reason, logged.
 */
export interface Pta extends StoredRecord {
  cohortId: string;
  title: string;
  /** Toetsen in the order of the PTA. */
  toetsen: PtaToets[];
  status: 'concept' | 'vastgesteld';
  log: PtaLogEntry[];
}
