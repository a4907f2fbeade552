import type { Assessor } from './beoordeling';
import type { IsoDate } from './opdracht';
import type { StoredRecord } from './record';

/**
 * A formative observation: a quick note on one student, about a skill or eindterm, with a
 * level on the school's observation scale, the date it was seen and, optionally, the opdracht
 * and evidence. Formative: it never counts for the PTA. Observations made for several
 * students at once share a batchId (one record each, so a student's history is one index read).
 */
export interface Observatie extends StoredRecord {
  studentId: string;
  /** The skill, leerdoel or eindterm (framework node id); null for a general note. */
  nodeId: string | null;
  /** 1 = the lowest level of the scale; null when no level was given. */
  level: number | null;
  /** How many levels the scale had when observed (levels on other scales are normalised later). */
  scaleSize: number;
  date: IsoDate;
  note: string;
  opdrachtId: string | null;
  /** Who observed: the teacher (examinator), or the student, a peer, the client. */
  assessor: Assessor;
  batchId: string;
  evidenceIds: string[];
}
