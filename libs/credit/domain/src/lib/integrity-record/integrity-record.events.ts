import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { DisclosurePeriod, Severity } from '../disclosure/disclosure-period';
import type { Polarity, RecordKind } from './integrity-record.values';

/** What a record says; corrections replace these facts by new events, never by editing the old ones. */
export interface RecordFacts {
  readonly kind: RecordKind;
  /** Negative records only; null for positive ones. */
  readonly severity: Severity | null;
  readonly issuingAuthority: string;
  /** The decision date (YYYY-MM-DD, China), from which the periods run. */
  readonly decidedOn: string;
  readonly legalBasis: string;
  /** Where the evidence is kept (a file number, an archive reference); stays inside the context. */
  readonly evidenceReference: string;
  /** 统一社会信用代码, normalised. */
  readonly creditCode: string;
  readonly enterpriseName: string;
  /** 处罚类别 (罚款, 警告, …) and 处罚内容 of an administrative penalty, as 双公示 publishes them; null otherwise. */
  readonly penaltyCategory: string | null;
  readonly penaltyContent: string | null;
}

export type RecordSource = 'staff' | 'import';

export type IntegrityRecorded = DomainEvent<
  'IntegrityRecorded',
  RecordFacts & {
    /** The document number (文书号) as written. */
    readonly documentNumber: string;
    readonly polarity: Polarity;
    /** The periods of 《信用修复管理办法》 for a negative record; null for a positive one. */
    readonly disclosure: DisclosurePeriod | null;
    readonly source: RecordSource;
    /** The staff member who recorded it (actor id). */
    readonly recordedBy: string;
    readonly recordedAt: string;
  }
>;

export type RecordCorrected = DomainEvent<
  'RecordCorrected',
  RecordFacts & {
    readonly documentNumber: string;
    readonly polarity: Polarity;
    readonly disclosure: DisclosurePeriod | null;
    /** The fields whose value changed, in the order of RecordFacts. */
    readonly changed: readonly (keyof RecordFacts)[];
    readonly reason: string;
    readonly correctedBy: string;
    readonly correctedAt: string;
  }
>;

/**
 * The maximum publication period passed: publication stopped by itself (《信用修复管理办法》). Recorded by the
 * publication scheduler, once per period (a correction that moves the period makes a new end due).
 */
export type PublicationEnded = DomainEvent<
  'PublicationEnded',
  {
    readonly documentNumber: string;
    readonly creditCode: string;
    /** The last day it was public: the period this event ends. */
    readonly publicUntil: string;
    /** The day the scheduler recorded it (China), after `publicUntil`. */
    readonly endedOn: string;
    readonly endedAt: string;
  }
>;

/** Why a record was withdrawn (撤销): the category the world may learn; the free-text reason stays inside. */
export type WithdrawalReasonCategory = 'objection';

/**
 * The record itself was withdrawn (撤销), so far only on an objection decided `withdrawn`. Nothing is erased: the
 * record stays in the file marked withdrawn, stops counting and is no longer published.
 */
export type RecordWithdrawn = DomainEvent<
  'RecordWithdrawn',
  {
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly reasonCategory: WithdrawalReasonCategory;
    /** The objection whose decision withdrew it. */
    readonly objectionId: string;
    /** The decision's reasons (may name people): private to the context. */
    readonly reason: string;
    readonly withdrawnBy: string;
    readonly withdrawnOn: string;
    readonly withdrawnAt: string;
  }
>;

/**
 * Credit repair was granted (信用修复): publication ends early (终止公示), sharing stops and restrictions are
 * lifted (《信用修复管理办法》第三条). A repaired record cannot be repaired again.
 */
export type RecordRepaired = DomainEvent<
  'RecordRepaired',
  {
    readonly documentNumber: string;
    readonly creditCode: string;
    /** The repair application that was granted. */
    readonly applicationId: string;
    readonly repairedBy: string;
    readonly repairedOn: string;
    readonly repairedAt: string;
  }
>;

/**
 * Every event of an integrity record's stream. Private to the credit context: what other contexts learn of
 * them is decided in one place, the integration mapper.
 */
export type IntegrityRecordEvent =
  IntegrityRecorded | RecordCorrected | PublicationEnded | RecordWithdrawn | RecordRepaired;
