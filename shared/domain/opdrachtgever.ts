import type { StoredRecord } from './record';

/**
 * An opdrachtgever: the external client an opdracht is done for (a company, an institution,
 * a municipality, an mbo school) or an internal one. Only what the teacher needs to work with
 * them is stored (AVG dataminimalisatie): names, roles and work contact details.
 */
export type OpdrachtgeverType = 'bedrijf' | 'instelling' | 'overheid' | 'vervolgonderwijs' | 'intern';
export const OPDRACHTGEVER_TYPES: readonly OpdrachtgeverType[] = ['bedrijf', 'instelling', 'overheid', 'vervolgonderwijs', 'intern'];

/** actief: works with the school; benaderd: asked, not (yet) agreed; gearchiveerd: no longer. */
export type OpdrachtgeverStatus = 'actief' | 'benaderd' | 'gearchiveerd';
export const OPDRACHTGEVER_STATUSES: readonly OpdrachtgeverStatus[] = ['actief', 'benaderd', 'gearchiveerd'];

export interface Contactpersoon {
  id: string;
  name: string;
  /** "Teamleider", "Eigenaar", "Stagecoördinator". */
  role: string;
  email: string;
  phone: string;
}

export interface Opdrachtgever extends StoredRecord {
  name: string;
  type: OpdrachtgeverType;
  /** Sector or werkveld, e.g. "Zorg", "Horeca", "Bouw". */
  sector: string;
  /** Place (plaats), e.g. "Zwolle". */
  place: string;
  contacts: Contactpersoon[];
  notes: string;
  tags: string[];
  status: OpdrachtgeverStatus;
}
