import type { IntegrityFileEntry } from './integrity-record.bodies';

/**
 * One record of an enterprise's own file as the enterprise sees it at the kiosk: the public facts of the
 * decision and where it stands, never the internal evidence reference, who recorded it or how it was entered.
 */
export type MyIntegrityRecord = Pick<
  IntegrityFileEntry,
  | 'documentNumber'
  | 'kind'
  | 'polarity'
  | 'severity'
  | 'issuingAuthority'
  | 'decidedOn'
  | 'legalBasis'
  | 'penaltyCategory'
  | 'penaltyContent'
  | 'disclosureStatus'
  | 'withdrawnOn'
  | 'repairedOn'
  | 'publicationEndedOn'
> & {
  /** The last day it is public (null: never published, or positive). */
  readonly publicUntil: string | null;
  /** From when repair (信用修复) may be applied for; null for a positive record. */
  readonly repairableFrom: string | null;
};

/** `GET /api/credit/records/mine`: the identified enterprise's own integrity file. */
export interface MyIntegrityFile {
  readonly creditCode: string;
  /** The registered name (liaison's directory, else the records'); null when neither knows it. */
  readonly enterpriseName: string | null;
  /** Today in China, the day the statuses are computed for. */
  readonly asOf: string;
  /** Newest decision first. */
  readonly records: readonly MyIntegrityRecord[];
}
