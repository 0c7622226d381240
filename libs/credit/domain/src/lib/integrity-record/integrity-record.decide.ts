import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf, formatCalendarDate } from '../disclosure/calendar-date';
import { isSeverity, parseDecisionDate, periodOf, SEVERITIES } from '../disclosure/disclosure-period';
import type { IntegrityRecordEvent, RecordFacts, RecordSource } from './integrity-record.events';
import {
  evolveIntegrityRecord,
  initialIntegrityRecordState,
  type IntegrityRecordState,
} from './integrity-record.state';
import {
  isRecordKind,
  polarityOf,
  RECORD_FIELD_NAMES,
  RECORD_KINDS,
  RECORD_TEXT_LIMITS,
  type RecordTextField,
} from './integrity-record.values';

/** A record's facts as they arrive (from a form or an import row): checked and normalised by `decide`. */
export interface RecordFactsInput {
  readonly kind: string;
  readonly severity: string | null;
  readonly issuingAuthority: string;
  readonly decidedOn: string;
  readonly legalBasis: string;
  readonly evidenceReference: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  /** Administrative penalties only (双公示 处罚类别, 处罚内容); absent or null otherwise. */
  readonly penaltyCategory?: string | null;
  readonly penaltyContent?: string | null;
}

/** Record a decision in an enterprise's integrity file; its document number names it, once. */
export interface RecordIntegrity {
  readonly type: 'RecordIntegrity';
  readonly documentNumber: string;
  readonly facts: RecordFactsInput;
  readonly source: RecordSource;
  readonly recordedBy: string;
}

/** Correct a record by a new event with a reason; the fields not named keep their value. */
export interface CorrectRecord {
  readonly type: 'CorrectRecord';
  readonly documentNumber: string;
  readonly changes: Partial<RecordFactsInput>;
  readonly reason: string;
  readonly correctedBy: string;
}

/** Record that publication stopped at the end of the maximum period (the scheduler's command). */
export interface EndPublication {
  readonly type: 'EndPublication';
  readonly documentNumber: string;
}

/** Withdraw the record (撤销) on an objection's decision; it stays in the file, marked withdrawn. */
export interface WithdrawRecord {
  readonly type: 'WithdrawRecord';
  readonly documentNumber: string;
  readonly objectionId: string;
  readonly reason: string;
  readonly withdrawnBy: string;
}

/** End publication early because repair was granted (信用修复: 终止公示). */
export interface RepairRecord {
  readonly type: 'RepairRecord';
  readonly documentNumber: string;
  readonly applicationId: string;
  readonly repairedBy: string;
}

export type IntegrityRecordCommand =
  RecordIntegrity | CorrectRecord | EndPublication | WithdrawRecord | RepairRecord;

export type IntegrityRecordErrorCode =
  | 'record-exists'
  | 'record-not-found'
  | 'nothing-to-correct'
  | 'invalid-record-text'
  | 'unknown-record-kind'
  | 'severity-required'
  | 'severity-not-applicable'
  | 'unknown-severity'
  | 'invalid-decision-date'
  | 'decision-in-future'
  | 'invalid-credit-code'
  | 'penalty-details-not-applicable'
  | 'not-published'
  | 'publication-not-over'
  | 'record-withdrawn'
  | 'record-already-repaired'
  | 'record-not-negative';

type RecordError = DomainError<IntegrityRecordErrorCode>;

const textProblem = (field: RecordTextField, value: string): RecordError | null => {
  const length = [...value.trim()].length;
  const max = RECORD_TEXT_LIMITS[field];
  if (length > 0 && length <= max) return null;
  const name = RECORD_FIELD_NAMES[field];
  return creditRuleError(
    'validation',
    'invalid-record-text',
    'integrity-file',
    {
      zh: `${name.zh}不能为空，且不超过${max}个字`,
      en: `The ${name.en} must not be blank and at most ${max} characters long`,
    },
    { field },
  );
};

const notFound = (documentNumber: string): RecordError =>
  creditRuleError(
    'not-found',
    'record-not-found',
    'integrity-file',
    {
      zh: `没有文书号为 ${documentNumber.trim()} 的记录`,
      en: `No record has document number ${documentNumber.trim()}`,
    },
    { field: 'documentNumber' },
  );

const withdrawn = (documentNumber: string, on: string): RecordError =>
  creditRuleError('conflict', 'record-withdrawn', 'integrity-file', {
    zh: `文书号 ${documentNumber} 的记录已于 ${on} 撤销，不再计入信用状况`,
    en: `The record ${documentNumber} was withdrawn on ${on}; it no longer counts`,
  });

const alreadyRepaired = (documentNumber: string, on: string): RecordError =>
  creditRuleError('conflict', 'record-already-repaired', 'credit-repair', {
    zh: `文书号 ${documentNumber} 的记录已于 ${on} 完成信用修复，不能再次修复`,
    en: `The record ${documentNumber} was repaired on ${on}; it cannot be repaired again`,
  });

const blankToNull = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : value.trim();

/** Checks the facts and returns them normalised, or the first problem, naming its field. */
const checkFacts = (input: RecordFactsInput, today: string): RecordFacts | RecordError => {
  if (!isRecordKind(input.kind)) {
    return creditRuleError(
      'validation',
      'unknown-record-kind',
      'integrity-file',
      {
        zh: `记录类别“${input.kind}”不存在，可选：${RECORD_KINDS.join('、')}`,
        en: `Record kind “${input.kind}” does not exist; it is one of ${RECORD_KINDS.join(', ')}`,
      },
      { field: 'kind' },
    );
  }
  const polarity = polarityOf(input.kind);
  if (polarity === 'negative' && (input.severity === null || input.severity.trim() === '')) {
    return creditRuleError(
      'validation',
      'severity-required',
      'disclosure-period',
      {
        zh: '失信记录须注明失信程度：minor（轻微）、general（一般）或 serious（严重），公示期限由此而定',
        en: 'A negative record needs its severity (minor, general or serious): the publication periods follow from it',
      },
      { field: 'severity' },
    );
  }
  if (polarity === 'positive' && input.severity !== null) {
    return creditRuleError(
      'validation',
      'severity-not-applicable',
      'disclosure-period',
      {
        zh: '表扬、荣誉等守信记录不分失信程度，请勿填写',
        en: 'A positive record (praise, honour) has no severity; leave it empty',
      },
      { field: 'severity' },
    );
  }
  const severity = input.severity === null ? null : input.severity.trim();
  if (severity !== null && !isSeverity(severity)) {
    return creditRuleError(
      'validation',
      'unknown-severity',
      'disclosure-period',
      {
        zh: `失信程度“${severity}”不存在，可选：${SEVERITIES.join('、')}`,
        en: `Severity “${severity}” does not exist; it is one of ${SEVERITIES.join(', ')}`,
      },
      { field: 'severity' },
    );
  }
  for (const field of ['issuingAuthority', 'legalBasis', 'evidenceReference', 'enterpriseName'] as const) {
    const problem = textProblem(field, input[field]);
    if (problem !== null) return problem;
  }
  const decided = parseDecisionDate(input.decidedOn.trim());
  if (decided === null) {
    return creditRuleError(
      'validation',
      'invalid-decision-date',
      'period-counting',
      {
        zh: `决定日期“${input.decidedOn}”不是存在的日期（格式 YYYY-MM-DD）`,
        en: `Decision date “${input.decidedOn}” is not a date that exists (YYYY-MM-DD)`,
      },
      { field: 'decidedOn' },
    );
  }
  const decidedOn = formatCalendarDate(decided);
  if (decidedOn > today) {
    return creditRuleError(
      'validation',
      'decision-in-future',
      'integrity-file',
      {
        zh: `决定日期 ${decidedOn} 晚于今天（${today}），只能登记已作出的决定`,
        en: `Decision date ${decidedOn} is after today (${today}); only decisions already taken are recorded`,
      },
      { field: 'decidedOn' },
    );
  }
  const penalty = {
    penaltyCategory: blankToNull(input.penaltyCategory),
    penaltyContent: blankToNull(input.penaltyContent),
  };
  for (const field of ['penaltyCategory', 'penaltyContent'] as const) {
    const value = penalty[field];
    if (value === null) continue;
    if (input.kind !== 'administrative-penalty') {
      return creditRuleError(
        'validation',
        'penalty-details-not-applicable',
        'double-publicity',
        {
          zh: `只有行政处罚记录有${RECORD_FIELD_NAMES[field].zh}`,
          en: `Only an administrative penalty has a ${RECORD_FIELD_NAMES[field].en}`,
        },
        { field },
      );
    }
    const problem = textProblem(field, value);
    if (problem !== null) return problem;
  }
  const code = validateUnifiedSocialCreditCode(input.creditCode);
  if (!code.ok) {
    return creditRuleError('validation', 'invalid-credit-code', 'integrity-file', code.message, {
      field: 'creditCode',
    });
  }
  return {
    kind: input.kind,
    severity: severity as RecordFacts['severity'],
    issuingAuthority: input.issuingAuthority.trim(),
    decidedOn,
    legalBasis: input.legalBasis.trim(),
    evidenceReference: input.evidenceReference.trim(),
    creditCode: normaliseCreditCode(input.creditCode),
    enterpriseName: input.enterpriseName.trim(),
    ...penalty,
  };
};

const isProblem = (value: RecordFacts | RecordError): value is RecordError => 'code' in value;

const disclosureOf = (facts: RecordFacts) => {
  const decided = parseDecisionDate(facts.decidedOn);
  return facts.severity === null || decided === null ? null : periodOf(facts.severity, decided);
};

const FACT_FIELDS = [
  'kind',
  'severity',
  'issuingAuthority',
  'decidedOn',
  'legalBasis',
  'evidenceReference',
  'creditCode',
  'enterpriseName',
  'penaltyCategory',
  'penaltyContent',
] as const satisfies readonly (keyof RecordFacts)[];

/**
 * The rules of an integrity record (诚信档案, Kunshan 六(3)): one record per document number (文书号); a negative
 * record carries its severity and so its periods (《信用修复管理办法》), a positive one none; only decisions
 * already taken are recorded; a record is corrected by a new event with its reason, and nothing is erased.
 * Time arrives as input (`now`).
 */
const decideIntegrityRecord = (
  command: IntegrityRecordCommand,
  state: IntegrityRecordState,
  { now }: DecisionContext,
): Decision<IntegrityRecordEvent, RecordError> => {
  const today = chinaDateOf(now);
  switch (command.type) {
    case 'RecordIntegrity': {
      const numberProblem = textProblem('documentNumber', command.documentNumber);
      if (numberProblem !== null) return reject(numberProblem);
      if (state.status !== 'absent') {
        return reject(
          creditRuleError('conflict', 'record-exists', 'integrity-file', {
            zh: `文书号 ${state.documentNumber} 已登记，同一文书只登记一次；如有错误请提交更正`,
            en: `Document number ${state.documentNumber} is recorded already; a document is recorded once — submit a correction instead`,
          }),
        );
      }
      const facts = checkFacts(command.facts, today);
      if (isProblem(facts)) return reject(facts);
      return accept({
        type: 'IntegrityRecorded',
        data: {
          documentNumber: command.documentNumber.trim(),
          ...facts,
          polarity: polarityOf(facts.kind),
          disclosure: disclosureOf(facts),
          source: command.source,
          recordedBy: command.recordedBy,
          recordedAt: now.toISOString(),
        },
      });
    }
    case 'EndPublication': {
      if (state.status !== 'recorded') return reject(notFound(command.documentNumber));
      // Withdrawn or repaired, publication stopped already: the maximum passing changes nothing.
      if (state.withdrawnOn !== null || state.repaired !== null) return accept();
      const publicUntil = state.disclosure?.publicUntil ?? null;
      if (publicUntil === null) {
        return reject(
          creditRuleError('conflict', 'not-published', 'disclosure-period', {
            zh: `文书号 ${state.documentNumber} 的记录不公示，无公示期可结束`,
            en: `The record ${state.documentNumber} is not published; there is no publication to end`,
          }),
        );
      }
      // Recorded once per period: asked again (a second scheduler pass, a retry), nothing happens.
      if (state.endedPublicUntil === publicUntil) return accept();
      if (today <= publicUntil) {
        return reject(
          creditRuleError('conflict', 'publication-not-over', 'disclosure-period', {
            zh: `文书号 ${state.documentNumber} 的最长公示期至 ${publicUntil} 止，今天（${today}）尚未届满`,
            en: `The record ${state.documentNumber} is public until ${publicUntil}; today (${today}) it has not ended`,
          }),
        );
      }
      return accept({
        type: 'PublicationEnded',
        data: {
          documentNumber: state.documentNumber,
          creditCode: state.facts.creditCode,
          publicUntil,
          endedOn: today,
          endedAt: now.toISOString(),
        },
      });
    }
    case 'CorrectRecord': {
      if (state.status !== 'recorded') {
        return reject(notFound(command.documentNumber));
      }
      if (state.withdrawnOn !== null) return reject(withdrawn(state.documentNumber, state.withdrawnOn));
      const reasonProblem = textProblem('reason', command.reason);
      if (reasonProblem !== null) return reject(reasonProblem);
      const facts = checkFacts({ ...state.facts, ...command.changes }, today);
      if (isProblem(facts)) return reject(facts);
      const changed = FACT_FIELDS.filter((field) => facts[field] !== state.facts[field]);
      if (changed.length === 0) {
        return reject(
          creditRuleError('validation', 'nothing-to-correct', 'integrity-file', {
            zh: '更正内容与现有记录相同，无需更正',
            en: 'The correction changes nothing in the record',
          }),
        );
      }
      return accept({
        type: 'RecordCorrected',
        data: {
          documentNumber: state.documentNumber,
          ...facts,
          polarity: polarityOf(facts.kind),
          disclosure: disclosureOf(facts),
          changed,
          reason: command.reason.trim(),
          correctedBy: command.correctedBy,
          correctedAt: now.toISOString(),
        },
      });
    }
    case 'WithdrawRecord': {
      if (state.status !== 'recorded') return reject(notFound(command.documentNumber));
      if (state.withdrawnOn !== null) {
        // The same objection's decision asked again (a retry): nothing more happens.
        if (state.withdrawnByObjection === command.objectionId) return accept();
        return reject(withdrawn(state.documentNumber, state.withdrawnOn));
      }
      const reasonProblem = textProblem('reason', command.reason);
      if (reasonProblem !== null) return reject(reasonProblem);
      return accept({
        type: 'RecordWithdrawn',
        data: {
          documentNumber: state.documentNumber,
          creditCode: state.facts.creditCode,
          reasonCategory: 'objection',
          objectionId: command.objectionId,
          reason: command.reason.trim(),
          withdrawnBy: command.withdrawnBy,
          withdrawnOn: today,
          withdrawnAt: now.toISOString(),
        },
      });
    }
    case 'RepairRecord': {
      if (state.status !== 'recorded') return reject(notFound(command.documentNumber));
      if (state.repaired !== null) {
        if (state.repaired.applicationId === command.applicationId) return accept();
        return reject(alreadyRepaired(state.documentNumber, state.repaired.on));
      }
      if (state.withdrawnOn !== null) return reject(withdrawn(state.documentNumber, state.withdrawnOn));
      if (state.polarity !== 'negative') {
        return reject(
          creditRuleError('conflict', 'record-not-negative', 'credit-repair', {
            zh: `文书号 ${state.documentNumber} 是守信记录，无需信用修复`,
            en: `The record ${state.documentNumber} is a positive one; there is nothing to repair`,
          }),
        );
      }
      return accept({
        type: 'RecordRepaired',
        data: {
          documentNumber: state.documentNumber,
          creditCode: state.facts.creditCode,
          applicationId: command.applicationId,
          repairedBy: command.repairedBy,
          repairedOn: today,
          repairedAt: now.toISOString(),
        },
      });
    }
  }
};

export const integrityRecordDecider: Decider<
  IntegrityRecordCommand,
  IntegrityRecordEvent,
  IntegrityRecordState,
  RecordError
> = {
  initialState: initialIntegrityRecordState,
  evolve: evolveIntegrityRecord,
  decide: decideIntegrityRecord,
};
