import type { StoredRecord } from './record';
import type { SchoolYear } from './school-year';

/** gemengde leerweg (gl) or theoretische leerweg (tl); the pgv/pgp is offered in both. */
export type Leerweg = 'gl' | 'tl';
export const LEERWEGEN: readonly Leerweg[] = ['gl', 'tl'];

/**
 * A cohort is the year group that sits its exam together, e.g. "Cohort 2025-2027":
 * one PTA per vak per leerweg per cohort, so the leerweg lives here.
 */
export interface Cohort extends StoredRecord {
  name: string;
  leerweg: Leerweg;
  /** Programme name, e.g. "Zorg en Welzijn" (data, not an enum: there are 13 and counting). */
  programme: string;
  /** The first schooljaar of the cohort's exam programme (leerjaar 3). */
  firstSchoolYear: SchoolYear;
  archivedAt?: number | null;
}

/** The 13 programmes named in the domain reference; offered as suggestions, never enforced. */
export const KNOWN_PROGRAMMES: readonly string[] = [
  'Dienstverlening en Producten',
  'Economie en Ondernemen',
  'Informatietechnologie',
  'Technologie en Toepassing',
  'Zorg en Welzijn',
  'Techniek en Innovatief Vakmanschap',
  'Bouwen, Wonen en Interieur',
  'Groen',
  'Horeca, Bakkerij en Recreatie',
  'Maritiem en Techniek',
  'Media, Vormgeving en ICT',
  'Mobiliteit en Transport',
  'Produceren, Installeren en Energie',
];
