import { accept, type Decider, type Decision, type DomainError, reject } from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf } from '../disclosure/calendar-date';
import type { RecordStanding } from '../integrity-record/record-standing';
import { caseTextProblem } from '../cases/case-text';
import { dueAfterWorkingDays, type WorkingDayLimitContext } from '../working-days/working-day-limit';
import type { CaseActor } from '../cases/case-actor';
import type { ObjectionEvent, ObjectionOutcome } from './objection.events';
import { evolveObjection, initialObjectionState, type ObjectionState } from './objection.state';

export const OBJECTION_TEXT_LIMITS = { grounds: 2000, evidenceReference: 500, reasons: 400 } as const;

/**
 * File an objection against a record. `creditCode` is the enterprise the caller acts for: the identified
 * enterprise at the kiosk, or the one a credit officer names. `record` is the record as it stands (null: none).
 */
export interface FileObjection {
  readonly type: 'FileObjection';
  readonly objectionId: string;
  readonly documentNumber: string;
  readonly record: RecordStanding | null;
  readonly creditCode: string;
  readonly grounds: string;
  readonly evidenceReference: string | null;
  readonly by: CaseActor;
}

/** Decide an open objection. A `corrected` one comes with the changes (applied to the record by the service). */
export interface DecideObjection {
  readonly type: 'DecideObjection';
  readonly objectionId: string;
  readonly outcome: ObjectionOutcome;
  readonly reasons: string;
  readonly withChanges: boolean;
  readonly decidedBy: string;
}

/** The enterprise takes back its own open objection; `creditCode` is the identified enterprise's. */
export interface RetractObjection {
  readonly type: 'RetractObjection';
  readonly objectionId: string;
  readonly creditCode: string;
  readonly by: CaseActor;
}

export type ObjectionCommand = FileObjection | DecideObjection | RetractObjection;

export type ObjectionErrorCode =
  | 'record-not-found'
  | 'credit-code-mismatch'
  | 'record-withdrawn'
  | 'objection-exists'
  | 'objection-not-found'
  | 'objection-closed'
  | 'invalid-objection-text'
  | 'changes-required'
  | 'changes-not-applicable';

type ObjectionError = DomainError<ObjectionErrorCode>;

const OBJECTION_FIELD_NAMES = {
  grounds: { zh: '异议理由', en: 'grounds' },
  evidenceReference: { zh: '证明材料索引', en: 'evidence reference' },
  reasons: { zh: '处理理由', en: 'reasons' },
} as const;

const textProblem = (field: keyof typeof OBJECTION_TEXT_LIMITS, value: string): ObjectionError | null =>
  caseTextProblem(
    'invalid-objection-text',
    'objection',
    field,
    OBJECTION_FIELD_NAMES[field],
    value,
    OBJECTION_TEXT_LIMITS[field],
  );

/** No such record, or (for the enterprise) not its own: the same answer, so nothing leaks about others. */
const recordNotFound = (documentNumber: string): ObjectionError =>
  creditRuleError(
    'not-found',
    'record-not-found',
    'objection',
    {
      zh: `没有文书号为 ${documentNumber.trim()} 的本企业记录`,
      en: `No record of this enterprise has document number ${documentNumber.trim()}`,
    },
    { field: 'documentNumber' },
  );

const objectionNotFound = (objectionId: string): ObjectionError =>
  creditRuleError('not-found', 'objection-not-found', 'objection', {
    zh: `没有编号为 ${objectionId} 的异议`,
    en: `No objection has id ${objectionId}`,
  });

const closed = (state: Exclude<ObjectionState, { status: 'absent' }>): ObjectionError =>
  creditRuleError('conflict', 'objection-closed', 'objection', {
    zh: `该异议已${state.status === 'retracted' ? '由企业撤回' : '作出处理决定'}，每项异议只处理一次`,
    en: `The objection was ${state.status === 'retracted' ? 'taken back by the enterprise' : 'decided already'}; an objection is decided once`,
  });

const fileObjection = (
  command: FileObjection,
  state: ObjectionState,
  { now, calendar, workingDays }: WorkingDayLimitContext,
): Decision<ObjectionEvent, ObjectionError> => {
  if (state.status !== 'absent') {
    return reject(
      creditRuleError('conflict', 'objection-exists', 'objection', {
        zh: `编号为 ${command.objectionId} 的异议已存在`,
        en: `An objection with id ${command.objectionId} exists already`,
      }),
    );
  }
  const record = command.record;
  const ownRecord = record !== null && record.creditCode === command.creditCode;
  if (record === null || (!ownRecord && command.by.role === 'kiosk-enterprise')) {
    return reject(recordNotFound(command.documentNumber));
  }
  if (!ownRecord) {
    return reject(
      creditRuleError(
        'validation',
        'credit-code-mismatch',
        'objection',
        {
          zh: `文书号 ${record.documentNumber} 的记录不属于统一社会信用代码 ${command.creditCode} 的企业`,
          en: `The record ${record.documentNumber} is not of the enterprise with credit code ${command.creditCode}`,
        },
        { field: 'creditCode' },
      ),
    );
  }
  if (record.withdrawnOn !== null) {
    return reject(
      creditRuleError('conflict', 'record-withdrawn', 'objection', {
        zh: `文书号 ${record.documentNumber} 的记录已于 ${record.withdrawnOn} 撤销，无需再提异议`,
        en: `The record ${record.documentNumber} was withdrawn on ${record.withdrawnOn}; there is nothing to object to`,
      }),
    );
  }
  const problem =
    textProblem('grounds', command.grounds) ??
    (command.evidenceReference === null ? null : textProblem('evidenceReference', command.evidenceReference));
  if (problem !== null) return reject(problem);
  const filedOn = chinaDateOf(now);
  return accept({
    type: 'ObjectionFiled',
    data: {
      objectionId: command.objectionId,
      documentNumber: record.documentNumber,
      creditCode: record.creditCode,
      grounds: command.grounds.trim(),
      evidenceReference: command.evidenceReference?.trim() ?? null,
      filedBy: command.by,
      filedOn,
      dueOn: dueAfterWorkingDays(calendar, filedOn, workingDays),
      workingDays,
      filedAt: now.toISOString(),
    },
  });
};

const decideObjection = (
  command: DecideObjection,
  state: ObjectionState,
  now: Date,
): Decision<ObjectionEvent, ObjectionError> => {
  if (state.status === 'absent') return reject(objectionNotFound(command.objectionId));
  if (state.status !== 'open') return reject(closed(state));
  const problem = textProblem('reasons', command.reasons);
  if (problem !== null) return reject(problem);
  if (command.outcome === 'corrected' && !command.withChanges) {
    return reject(
      creditRuleError(
        'validation',
        'changes-required',
        'objection',
        {
          zh: '更正记录须写明更正的内容（changes）',
          en: 'A correction names what changes (changes)',
        },
        { field: 'changes' },
      ),
    );
  }
  if (command.outcome !== 'corrected' && command.withChanges) {
    return reject(
      creditRuleError(
        'validation',
        'changes-not-applicable',
        'objection',
        {
          zh: '只有“更正”的处理决定带有更正内容；维持或撤销请勿填写',
          en: 'Only a “corrected” decision carries changes; leave them out when the record stands or is withdrawn',
        },
        { field: 'changes' },
      ),
    );
  }
  const decidedOn = chinaDateOf(now);
  return accept({
    type: 'ObjectionDecided',
    data: {
      objectionId: state.objectionId,
      documentNumber: state.documentNumber,
      creditCode: state.creditCode,
      outcome: command.outcome,
      reasons: command.reasons.trim(),
      decidedBy: command.decidedBy,
      decidedOn,
      late: decidedOn > state.dueOn,
      decidedAt: now.toISOString(),
    },
  });
};

const retractObjection = (
  command: RetractObjection,
  state: ObjectionState,
  now: Date,
): Decision<ObjectionEvent, ObjectionError> => {
  // Another enterprise's objection is as good as none.
  if (state.status === 'absent' || state.creditCode !== command.creditCode) {
    return reject(objectionNotFound(command.objectionId));
  }
  if (state.status !== 'open') return reject(closed(state));
  return accept({
    type: 'ObjectionRetracted',
    data: {
      objectionId: state.objectionId,
      documentNumber: state.documentNumber,
      creditCode: state.creditCode,
      retractedBy: command.by,
      retractedOn: chinaDateOf(now),
      retractedAt: now.toISOString(),
    },
  });
};

/**
 * An objection (异议) against a record in an integrity file (国办发〔2025〕22号 十): filed by the enterprise the
 * record is about (or a credit officer for it) within the record's life, due a set number of working days
 * later, decided once — upheld (维持), corrected (更正) or the record withdrawn (撤销), each with reasons — or
 * taken back by the enterprise while open. Time, the calendar and the limit arrive as input.
 */
export const objectionDecider: Decider<
  ObjectionCommand,
  ObjectionEvent,
  ObjectionState,
  ObjectionError,
  WorkingDayLimitContext
> = {
  initialState: initialObjectionState,
  evolve: evolveObjection,
  decide: (command, state, context) => {
    switch (command.type) {
      case 'FileObjection':
        return fileObjection(command, state, context);
      case 'DecideObjection':
        return decideObjection(command, state, context.now);
      case 'RetractObjection':
        return retractObjection(command, state, context.now);
    }
  },
};
