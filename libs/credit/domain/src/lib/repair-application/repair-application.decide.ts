import { accept, type Decider, type Decision, type DomainError, reject } from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf } from '../disclosure/calendar-date';
import type { RecordStanding } from '../integrity-record/record-standing';
import type { CaseActor } from '../cases/case-actor';
import { caseTextProblem } from '../cases/case-text';
import { dueAfterWorkingDays, type WorkingDayLimitContext } from '../working-days/working-day-limit';
import type { CreditCommitment, RepairApplicationEvent, RepairOutcome } from './repair-application.events';
import {
  evolveRepairApplications,
  initialRepairApplicationsState,
  pendingApplicationOf,
  type RepairApplicationsState,
} from './repair-application.state';
import { repairApplicationId } from './repair-application.stream';

export const REPAIR_TEXT_LIMITS = {
  correctionEvidence: 2000,
  signatoryName: 50,
  signatoryPosition: 50,
  reasons: 500,
} as const;

/**
 * Apply for the repair of a record. `creditCode` is the enterprise the caller acts for (the identified one at
 * the kiosk, or the one a credit officer names); `record` the record as it stands; `currentCommitmentVersion`
 * the version of the commitment text in force.
 */
export interface ApplyForRepair {
  readonly type: 'ApplyForRepair';
  readonly documentNumber: string;
  /** `documentNumberKey(documentNumber)`: the stream's and the application id's key. */
  readonly documentKey: string;
  readonly record: RecordStanding | null;
  readonly creditCode: string;
  readonly correctionEvidence: string;
  readonly commitment: CreditCommitment;
  readonly currentCommitmentVersion: string;
  readonly by: CaseActor;
}

export interface DecideRepair {
  readonly type: 'DecideRepair';
  readonly applicationId: string;
  readonly outcome: RepairOutcome;
  readonly reasons: string;
  readonly decidedBy: string;
}

export type RepairApplicationCommand = ApplyForRepair | DecideRepair;

export type RepairApplicationErrorCode =
  | 'record-not-found'
  | 'credit-code-mismatch'
  | 'record-not-negative'
  | 'record-withdrawn'
  | 'record-already-repaired'
  | 'repair-pending'
  | 'minimum-period-not-over'
  | 'invalid-repair-text'
  | 'commitment-text-outdated'
  | 'application-not-found'
  | 'repair-decided';

type RepairError = DomainError<RepairApplicationErrorCode>;

const FIELD_NAMES = {
  correctionEvidence: { zh: '纠正失信行为的证明材料', en: 'correction evidence' },
  signatoryName: { zh: '信用承诺书签署人姓名', en: 'commitment signatory’s name' },
  signatoryPosition: { zh: '信用承诺书签署人职务', en: 'commitment signatory’s position' },
  reasons: { zh: '决定理由', en: 'reasons' },
} as const;

const FIELD_PATHS = {
  correctionEvidence: 'correctionEvidence',
  signatoryName: 'commitment.signatoryName',
  signatoryPosition: 'commitment.signatoryPosition',
  reasons: 'reasons',
} as const;

const textProblem = (field: keyof typeof REPAIR_TEXT_LIMITS, value: string): RepairError | null =>
  caseTextProblem(
    'invalid-repair-text',
    field === 'signatoryName' || field === 'signatoryPosition' ? 'credit-commitment' : 'credit-repair',
    FIELD_PATHS[field],
    FIELD_NAMES[field],
    value,
    REPAIR_TEXT_LIMITS[field],
  );

const conflict = (code: RepairApplicationErrorCode, zh: string, en: string): RepairError =>
  creditRuleError('conflict', code, 'credit-repair', { zh, en });

/** Why the record cannot be repaired now, or null when its own conditions are met on `today`. */
const recordProblem = (
  record: RecordStanding,
  state: RepairApplicationsState,
  today: string,
): RepairError | null => {
  const number = record.documentNumber;
  if (record.polarity !== 'negative' || record.repairableFrom === null) {
    return conflict(
      'record-not-negative',
      `文书号 ${number} 是守信记录，无需信用修复`,
      `The record ${number} is a positive one; there is nothing to repair`,
    );
  }
  if (record.withdrawnOn !== null) {
    return conflict(
      'record-withdrawn',
      `文书号 ${number} 的记录已于 ${record.withdrawnOn} 撤销，不再计入信用状况，无需修复`,
      `The record ${number} was withdrawn on ${record.withdrawnOn}; it no longer counts and needs no repair`,
    );
  }
  const granted = state.applications.find((application) => application.outcome === 'granted');
  if (record.repairedOn !== null || granted !== undefined) {
    return conflict(
      'record-already-repaired',
      `文书号 ${number} 的记录已完成信用修复，不能再次修复`,
      `The record ${number} was repaired already; it cannot be repaired again`,
    );
  }
  const pending = pendingApplicationOf(state);
  if (pending !== null) {
    return conflict(
      'repair-pending',
      `文书号 ${number} 的记录已有一份信用修复申请待决定（${pending.applicationId}，${pending.dueOn} 前作出决定）`,
      `The record ${number} has a repair application awaiting its decision (${pending.applicationId}, due ${pending.dueOn})`,
    );
  }
  if (today < record.repairableFrom) {
    return conflict(
      'minimum-period-not-over',
      `文书号 ${number} 的最短公示期未满，自 ${record.repairableFrom} 起方可申请信用修复`,
      `The minimum publication period of ${number} has not passed; repair may be applied for from ${record.repairableFrom}`,
    );
  }
  return null;
};

const applyForRepair = (
  command: ApplyForRepair,
  state: RepairApplicationsState,
  { now, calendar, workingDays }: WorkingDayLimitContext,
): Decision<RepairApplicationEvent, RepairError> => {
  const record = command.record;
  const ownRecord = record !== null && record.creditCode === command.creditCode;
  if (record === null || (!ownRecord && command.by.role === 'kiosk-enterprise')) {
    return reject(
      creditRuleError(
        'not-found',
        'record-not-found',
        'credit-repair',
        {
          zh: `没有文书号为 ${command.documentNumber.trim()} 的本企业记录`,
          en: `No record of this enterprise has document number ${command.documentNumber.trim()}`,
        },
        { field: 'documentNumber' },
      ),
    );
  }
  if (!ownRecord) {
    return reject(
      creditRuleError(
        'validation',
        'credit-code-mismatch',
        'credit-repair',
        {
          zh: `文书号 ${record.documentNumber} 的记录不属于统一社会信用代码 ${command.creditCode} 的企业`,
          en: `The record ${record.documentNumber} is not of the enterprise with credit code ${command.creditCode}`,
        },
        { field: 'creditCode' },
      ),
    );
  }
  const today = chinaDateOf(now);
  const problem =
    recordProblem(record, state, today) ??
    textProblem('correctionEvidence', command.correctionEvidence) ??
    textProblem('signatoryName', command.commitment.signatoryName) ??
    textProblem('signatoryPosition', command.commitment.signatoryPosition);
  if (problem !== null) return reject(problem);
  if (command.commitment.textVersion !== command.currentCommitmentVersion) {
    return reject(
      creditRuleError(
        'validation',
        'commitment-text-outdated',
        'credit-commitment',
        {
          zh: `信用承诺书须按现行文本（版本 ${command.currentCommitmentVersion}）签署，所签版本为 ${command.commitment.textVersion}`,
          en: `The commitment must be signed on the text in force (version ${command.currentCommitmentVersion}), not version ${command.commitment.textVersion}`,
        },
        { field: 'commitment.textVersion' },
      ),
    );
  }
  const applicationNumber = state.applications.length + 1;
  return accept({
    type: 'RepairApplied',
    data: {
      applicationId: repairApplicationId(command.documentKey, applicationNumber),
      applicationNumber,
      documentNumber: record.documentNumber,
      creditCode: record.creditCode,
      correctionEvidence: command.correctionEvidence.trim(),
      commitment: {
        signatoryName: command.commitment.signatoryName.trim(),
        signatoryPosition: command.commitment.signatoryPosition.trim(),
        textVersion: command.commitment.textVersion,
      },
      appliedBy: command.by,
      appliedOn: today,
      dueOn: dueAfterWorkingDays(calendar, today, workingDays),
      workingDays,
      appliedAt: now.toISOString(),
    },
  });
};

const decideRepair = (
  command: DecideRepair,
  state: RepairApplicationsState,
  now: Date,
): Decision<RepairApplicationEvent, RepairError> => {
  const application = state.applications.find(
    (candidate) => candidate.applicationId === command.applicationId,
  );
  if (application === undefined || state.documentNumber === null || state.creditCode === null) {
    return reject(
      creditRuleError('not-found', 'application-not-found', 'credit-repair', {
        zh: `没有编号为 ${command.applicationId} 的信用修复申请`,
        en: `No repair application has id ${command.applicationId}`,
      }),
    );
  }
  if (application.outcome !== null) {
    return reject(
      conflict(
        'repair-decided',
        `该信用修复申请已作出决定（${application.outcome === 'granted' ? '准予修复' : '不予修复'}），每份申请只决定一次`,
        `The repair application was decided already (${application.outcome}); an application is decided once`,
      ),
    );
  }
  const problem = textProblem('reasons', command.reasons);
  if (problem !== null) return reject(problem);
  const decidedOn = chinaDateOf(now);
  return accept({
    type: 'RepairDecided',
    data: {
      applicationId: application.applicationId,
      documentNumber: state.documentNumber,
      creditCode: state.creditCode,
      outcome: command.outcome,
      reasons: command.reasons.trim(),
      decidedBy: command.decidedBy,
      decidedOn,
      late: decidedOn > application.dueOn,
      decidedAt: now.toISOString(),
    },
  });
};

/**
 * A record's repair applications (信用修复, 《信用修复管理办法》): an application is accepted only when the record
 * is negative, stands (not withdrawn), is not repaired, has no other application pending, its minimum
 * publication period has passed (a minor one: from its decision date), the correction evidence is given and
 * the credit commitment is signed on the text in force; it is due a set number of working days later and is
 * decided once, granted or refused with reasons. A refusal leaves the way open for a new application.
 */
export const repairApplicationDecider: Decider<
  RepairApplicationCommand,
  RepairApplicationEvent,
  RepairApplicationsState,
  RepairError,
  WorkingDayLimitContext
> = {
  initialState: initialRepairApplicationsState,
  evolve: evolveRepairApplications,
  decide: (command, state, context) =>
    command.type === 'ApplyForRepair'
      ? applyForRepair(command, state, context)
      : decideRepair(command, state, context.now),
};
