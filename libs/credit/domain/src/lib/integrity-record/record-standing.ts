import type { IntegrityRecordEvent } from './integrity-record.events';
import {
  evolveIntegrityRecord,
  initialIntegrityRecordState,
  type IntegrityRecordState,
} from './integrity-record.state';
import type { Polarity } from './integrity-record.values';

/**
 * What objections and repair applications need to know of the record they are about, read from its stream
 * before deciding: whose it is, whether it is negative, from when it may be repaired, and whether it was
 * withdrawn or repaired already. Null when there is no such record.
 */
export interface RecordStanding {
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly polarity: Polarity;
  /** 《信用修复管理办法》: the first day repair may be applied for; null for a positive record. */
  readonly repairableFrom: string | null;
  readonly withdrawnOn: string | null;
  readonly repairedOn: string | null;
}

export const standingOf = (state: IntegrityRecordState): RecordStanding | null =>
  state.status !== 'recorded'
    ? null
    : {
        documentNumber: state.documentNumber,
        creditCode: state.facts.creditCode,
        polarity: state.polarity,
        repairableFrom: state.disclosure?.repairableFrom ?? null,
        withdrawnOn: state.withdrawnOn,
        repairedOn: state.repaired?.on ?? null,
      };

/** The state of a record's stream from its events. */
export const foldRecord = (events: readonly IntegrityRecordEvent[]): IntegrityRecordState =>
  events.reduce(evolveIntegrityRecord, initialIntegrityRecordState());
