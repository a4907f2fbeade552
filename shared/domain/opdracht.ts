import type { StoredRecord } from './record';
import type { SchoolYear } from './school-year';

/** An ISO calendar date, yyyy-mm-dd (no time, no zone: a lesson day is a day). */
export type IsoDate = string;

export type OpdrachtStatus = 'concept' | 'gepland' | 'lopend' | 'afgerond' | 'gearchiveerd';
export const OPDRACHT_STATUSES: readonly OpdrachtStatus[] = ['concept', 'gepland', 'lopend', 'afgerond', 'gearchiveerd'];

/** A phase of an opdracht with its dates; default phases follow the SLO formats. */
export interface OpdrachtFase {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
}

/**
 * An opdracht: a real assignment for an opdrachtgever, tied to eindtermen, skills and rubrics,
 * done by one or more groups in a schooljaar. A template is an opdracht with `isTemplate` set:
 * it is not planned and not done by anyone, but new opdrachten start from it.
 */
export interface Opdracht extends StoredRecord {
  title: string;
  opdrachtgeverId: string | null;
  /** A Contactpersoon id of the opdrachtgever. */
  contactId: string | null;
  /** The client's question, in their words ("Wij willen…"). */
  question: string;
  context: string;
  /** Eisen and specificaties the result must meet. */
  specifications: string;
  /** The products (producten) to deliver, one per entry. */
  deliverables: string[];
  phases: OpdrachtFase[];
  /** Framework node ids: the eindtermen, leerdoelen and vaardigheden this opdracht assesses. */
  nodeIds: string[];
  /** The rubrics used to assess it (by rubric id; the version is chosen when assessing). */
  rubricIds: string[];
  groupIds: string[];
  /** Study load in clock hours (studielast), null when not set. */
  hours: number | null;
  location: string;
  status: OpdrachtStatus;
  schoolYear: SchoolYear;
  isTemplate: boolean;
  /** The opdracht or template this one was made from. */
  copiedFromId?: string | null;
}

/** A team of students of one group working on one opdracht. */
export interface Team extends StoredRecord {
  opdrachtId: string;
  groupId: string;
  name: string;
  studentIds: string[];
  /** Order among the teams of the opdracht and group. */
  order: number;
}
