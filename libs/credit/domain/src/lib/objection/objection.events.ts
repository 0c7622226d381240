import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CaseActor } from '../cases/case-actor';

/** An objection (异议) against a record; the grounds and evidence may name people: private to the context. */
export type ObjectionFiled = DomainEvent<
  'ObjectionFiled',
  {
    readonly objectionId: string;
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly grounds: string;
    readonly evidenceReference: string | null;
    readonly filedBy: CaseActor;
    readonly filedOn: string;
    /** `workingDays` working days after `filedOn` (the limit in force when it was filed). */
    readonly dueOn: string;
    readonly workingDays: number;
    readonly filedAt: string;
  }
>;

/** 维持 (the record stands), 更正 (corrected), 撤销 (the record is withdrawn). */
export const OBJECTION_OUTCOMES = ['upheld', 'corrected', 'withdrawn'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export type ObjectionDecided = DomainEvent<
  'ObjectionDecided',
  {
    readonly objectionId: string;
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly outcome: ObjectionOutcome;
    /** Shown to the enterprise; never published. */
    readonly reasons: string;
    readonly decidedBy: string;
    readonly decidedOn: string;
    /** Decided after its due date. */
    readonly late: boolean;
    readonly decidedAt: string;
  }
>;

/** The enterprise took back its own open objection (撤回). */
export type ObjectionRetracted = DomainEvent<
  'ObjectionRetracted',
  {
    readonly objectionId: string;
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly retractedBy: CaseActor;
    readonly retractedOn: string;
    readonly retractedAt: string;
  }
>;

export type ObjectionEvent = ObjectionFiled | ObjectionDecided | ObjectionRetracted;
