import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CreditRule } from '../credit-rules';
import type { Severity } from '../disclosure/disclosure-period';
import type { RecordKind } from '../integrity-record/integrity-record.values';
import type { RestrictionPurpose, LiftReason } from './restriction.values';

/** A record restricts its enterprise for these purposes over [startsOn, endsOn], under `rule`. */
export type RestrictionImposed = DomainEvent<
  'RestrictionImposed',
  {
    readonly restrictionId: string;
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly kind: RecordKind;
    readonly severity: Severity | null;
    readonly rule: CreditRule;
    readonly purposes: readonly RestrictionPurpose[];
    readonly startsOn: string;
    readonly endsOn: string;
    readonly issuingAuthority: string;
    /** When the record's facts it follows were recorded or corrected: older facts arriving later change nothing. */
    readonly factsAt: string;
    readonly imposedAt: string;
  }
>;

/** The restriction ends before its end date, and why. */
export type RestrictionLifted = DomainEvent<
  'RestrictionLifted',
  {
    readonly restrictionId: string;
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly reason: LiftReason;
    readonly liftedOn: string;
    /** The correction's time when a correction lifted it; null for a repair or withdrawal. */
    readonly factsAt: string | null;
    readonly liftedAt: string;
  }
>;

/** Every event of a record's restriction stream; private to credit (the mapper decides what is public). */
export type RestrictionEvent = RestrictionImposed | RestrictionLifted;
