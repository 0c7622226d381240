import {
  type CalendarDate,
  chinaDateOf,
  isCalendarDate,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import {
  misconductReportRuleError,
  NEGATIVE_LIST_ITEM_CODE,
  REPORT_CATEGORIES,
  REPORT_OUTCOMES,
  REPORT_TEXT_LIMITS,
  type ReportCategory,
  type ReportOutcome,
} from './misconduct-report-rules';
import type { MisconductReportEvent, RealNameReporter } from './misconduct-report.events';
import {
  evolveMisconductReport,
  initialMisconductReportState,
  type MisconductReportState,
} from './misconduct-report.state';

export interface FileReport {
  readonly type: 'FileReport';
  readonly reportId: string;
  readonly channel: 'anonymous' | 'real-name';
  readonly category: ReportCategory;
  readonly negativeListItemCode: string | null;
  readonly accused: {
    readonly name: string;
    readonly unitId: string;
    readonly position: string | null;
    readonly headsUnit: boolean;
  };
  readonly description: string;
  /** The day of receipt; for anonymous reports the intake's day, appended after that day has ended. */
  readonly filedOn: string;
  readonly reporter: RealNameReporter | null;
}

export interface SupplementReport {
  readonly type: 'SupplementReport';
  readonly text: string;
  readonly addedOn: string;
  readonly from: 'reporter' | 'inspector';
}

export interface RecordReportRead {
  readonly type: 'RecordReportRead';
  readonly readBy: string;
  readonly what: 'report' | 'flags';
}

export interface IdentifyAccused {
  readonly type: 'IdentifyAccused';
  readonly officialId: string | null;
  readonly headsUnit: boolean;
  readonly by: string;
}

export interface ClassifyReport {
  readonly type: 'ClassifyReport';
  readonly category: ReportCategory;
  readonly negativeListItemCode: string | null;
  readonly by: string;
}

export interface AnswerReporter {
  readonly type: 'AnswerReporter';
  readonly text: string;
  readonly by: string;
}

export interface EscalateReport {
  readonly type: 'EscalateReport';
  readonly toBody: string;
  readonly by: string;
}

export interface FlagEscalationOverdue {
  readonly type: 'FlagEscalationOverdue';
}

export interface ConcludeReport {
  readonly type: 'ConcludeReport';
  readonly outcome: ReportOutcome;
  readonly areaCode: string;
  readonly summary: string;
  readonly by: string;
}

export type MisconductReportCommand =
  | FileReport
  | SupplementReport
  | RecordReportRead
  | IdentifyAccused
  | ClassifyReport
  | AnswerReporter
  | EscalateReport
  | FlagEscalationOverdue
  | ConcludeReport;

export interface MisconductReportContext extends DecisionContext {
  readonly calendar: WorkingDayCalendar;
  /** Working days to send a report about the receiving body's head one level up (工作规则 第十五条). */
  readonly escalationWorkingDays: number;
}

export type MisconductReportErrorCode =
  | 'report-exists'
  | 'report-not-found'
  | 'report-concluded'
  | 'invalid-report-text'
  | 'invalid-category'
  | 'invalid-negative-list-item'
  | 'invalid-date'
  | 'invalid-area'
  | 'not-about-head'
  | 'already-escalated'
  | 'nothing-overdue';

type Refusal = DomainError<MisconductReportErrorCode>;
type Outcome = Decision<MisconductReportEvent, Refusal>;

const FIELD_NAMES: Readonly<Record<string, LocalizedMessage>> = {
  'accused.name': { zh: '被反映人姓名', en: 'name of the official reported' },
  'accused.unitId': { zh: '被反映人所在单位', en: 'unit of the official reported' },
  'accused.position': { zh: '被反映人职务', en: 'position of the official reported' },
  description: { zh: '问题描述', en: 'description' },
  text: { zh: '内容', en: 'text' },
  toBody: { zh: '上一级纪检监察机关', en: 'body one level up' },
  summary: { zh: '办结意见', en: 'conclusion' },
  'reporter.name': { zh: '举报人姓名', en: 'reporter’s name' },
};

const textProblem = (value: string, field: string, max: number, required = true): Refusal | null => {
  const length = [...value.trim()].length;
  if ((required && length === 0) || length > max) {
    const name = FIELD_NAMES[field] ?? { zh: field, en: field };
    return misconductReportRuleError(
      'validation',
      'invalid-report-text',
      'report-content',
      {
        zh: `${name.zh}${required ? '不能为空且' : ''}不超过${max}字`,
        en: `The ${name.en} must be ${required ? 'given and ' : ''}at most ${max} characters`,
      },
      { field },
    );
  }
  return null;
};

const firstOf = (...problems: (Refusal | null)[]): Refusal | null => problems.find((p) => p !== null) ?? null;

const categoryProblem = (category: string, code: string | null): Refusal | null => {
  if (!(REPORT_CATEGORIES as readonly string[]).includes(category))
    return misconductReportRuleError(
      'validation',
      'invalid-category',
      'report-content',
      { zh: '举报类别无效', en: 'Unknown report category' },
      { field: 'category' },
    );
  if (code !== null && !NEGATIVE_LIST_ITEM_CODE.test(code))
    return misconductReportRuleError(
      'validation',
      'invalid-negative-list-item',
      'report-content',
      {
        zh: '负面清单条目编号格式应如 K.5.5.3',
        en: 'A negative-list item code looks like K.5.5.3',
      },
      { field: 'negativeListItemCode' },
    );
  return null;
};

const escalationDue = (
  headsUnit: boolean,
  filedOn: string,
  { calendar, escalationWorkingDays }: MisconductReportContext,
): string | null =>
  headsUnit ? calendar.addWorkingDays(filedOn as CalendarDate, escalationWorkingDays) : null;

const decideFile = (
  command: FileReport,
  state: MisconductReportState,
  context: MisconductReportContext,
): Outcome => {
  if (state.status !== 'absent')
    return reject(
      misconductReportRuleError('conflict', 'report-exists', 'report-content', {
        zh: '该举报已受理',
        en: 'This report has been filed already',
      }),
    );
  const { accused } = command;
  const problem = firstOf(
    categoryProblem(command.category, command.negativeListItemCode),
    textProblem(accused.name, 'accused.name', REPORT_TEXT_LIMITS.accusedName),
    textProblem(accused.unitId, 'accused.unitId', 100),
    textProblem(accused.position ?? '', 'accused.position', REPORT_TEXT_LIMITS.accusedPosition, false),
    textProblem(command.description, 'description', REPORT_TEXT_LIMITS.description),
    command.reporter === null
      ? null
      : textProblem(command.reporter.name, 'reporter.name', REPORT_TEXT_LIMITS.reporterName),
  );
  if (problem !== null) return reject(problem);
  if (!isCalendarDate(command.filedOn) || command.filedOn > chinaDateOf(context.now))
    return reject(
      misconductReportRuleError(
        'validation',
        'invalid-date',
        'report-content',
        { zh: '受理日期无效', en: 'Invalid day of receipt' },
        { field: 'filedOn' },
      ),
    );
  const position = accused.position?.trim() ?? '';
  return accept({
    type: 'MisconductReportFiled',
    data: {
      reportId: command.reportId,
      channel: command.channel,
      category: command.category,
      negativeListItemCode: command.negativeListItemCode,
      accused: {
        name: accused.name.trim(),
        unitId: accused.unitId.trim(),
        position: position === '' ? null : position,
        headsUnit: accused.headsUnit,
        officialId: null,
      },
      description: command.description.trim(),
      filedOn: command.filedOn,
      reporter:
        command.reporter === null ? null : { ...command.reporter, name: command.reporter.name.trim() },
      escalationDueOn: escalationDue(accused.headsUnit, command.filedOn, context),
    },
  });
};

const notFound = (): Outcome =>
  reject(
    misconductReportRuleError('not-found', 'report-not-found', 'report-content', {
      zh: '该举报不存在',
      en: 'There is no such report',
    }),
  );

const concluded = (): Outcome =>
  reject(
    misconductReportRuleError('conflict', 'report-concluded', 'report-lifecycle', {
      zh: '该举报已办结',
      en: 'This report has been concluded',
    }),
  );

const decide = (
  command: MisconductReportCommand,
  state: MisconductReportState,
  context: MisconductReportContext,
): Outcome => {
  if (command.type === 'FileReport') return decideFile(command, state, context);
  if (state.status === 'absent') return notFound();
  const at = context.now.toISOString();
  switch (command.type) {
    case 'RecordReportRead':
      // Reads are recorded after the conclusion too: the file stays on record.
      return accept({
        type: 'MisconductReportRead',
        data: { readBy: command.readBy, readAt: at, what: command.what },
      });
    case 'SupplementReport': {
      if (state.status === 'concluded') return concluded();
      const problem = textProblem(command.text, 'text', REPORT_TEXT_LIMITS.supplement);
      if (problem !== null) return reject(problem);
      return accept({
        type: 'MisconductReportSupplemented',
        data: { text: command.text.trim(), addedOn: command.addedOn, from: command.from },
      });
    }
    case 'IdentifyAccused':
      if (state.status === 'concluded') return concluded();
      return accept({
        type: 'MisconductReportAccusedIdentified',
        data: {
          officialId: command.officialId,
          headsUnit: command.headsUnit,
          escalationDueOn: state.escalated
            ? state.escalationDueOn
            : escalationDue(command.headsUnit, state.filedOn, context),
          by: command.by,
          at,
        },
      });
    case 'ClassifyReport': {
      if (state.status === 'concluded') return concluded();
      const problem = categoryProblem(command.category, command.negativeListItemCode);
      if (problem !== null) return reject(problem);
      return accept({
        type: 'MisconductReportClassified',
        data: {
          category: command.category,
          negativeListItemCode: command.negativeListItemCode,
          by: command.by,
          at,
        },
      });
    }
    case 'AnswerReporter': {
      if (state.status === 'concluded') return concluded();
      const problem = textProblem(command.text, 'text', REPORT_TEXT_LIMITS.answer);
      if (problem !== null) return reject(problem);
      return accept({
        type: 'MisconductReportAnswered',
        data: { text: command.text.trim(), by: command.by, at },
      });
    }
    case 'EscalateReport': {
      if (state.status === 'concluded') return concluded();
      if (state.escalationDueOn === null)
        return reject(
          misconductReportRuleError('conflict', 'not-about-head', 'head-escalation', {
            zh: '该举报未反映受理单位主要负责人，无需报送上一级',
            en: 'This report is not about the head of the receiving body: it stays here',
          }),
        );
      if (state.escalated)
        return reject(
          misconductReportRuleError('conflict', 'already-escalated', 'head-escalation', {
            zh: '该举报已报送上一级',
            en: 'This report has been sent one level up already',
          }),
        );
      const problem = textProblem(command.toBody, 'toBody', REPORT_TEXT_LIMITS.body);
      if (problem !== null) return reject(problem);
      return accept({
        type: 'MisconductReportEscalated',
        data: {
          toBody: command.toBody.trim(),
          by: command.by,
          at,
          onTime: chinaDateOf(context.now) <= state.escalationDueOn,
        },
      });
    }
    case 'FlagEscalationOverdue': {
      const today = chinaDateOf(context.now);
      if (
        state.status === 'concluded' ||
        state.escalated ||
        state.overdueFlagged ||
        state.escalationDueOn === null ||
        today <= state.escalationDueOn
      )
        return reject(
          misconductReportRuleError(
            'conflict',
            'nothing-overdue',
            'head-escalation',
            { zh: '无逾期未报送的情形', en: 'Nothing is overdue' },
            { setting: 'SERVICE_CENTRE_REPORT_ESCALATION_WORKING_DAYS' },
          ),
        );
      return accept({
        type: 'MisconductReportEscalationOverdue',
        data: { dueOn: state.escalationDueOn, flaggedOn: today },
      });
    }
    case 'ConcludeReport': {
      if (state.status === 'concluded') return concluded();
      if (
        !(REPORT_OUTCOMES as readonly string[]).includes(command.outcome) ||
        !/^[1-9]\d{5}$/u.test(command.areaCode)
      )
        return reject(
          misconductReportRuleError(
            'validation',
            'invalid-area',
            'report-lifecycle',
            {
              zh: '办结须写明结论及6位行政区划代码',
              en: 'A conclusion needs an outcome and a 6-digit area code',
            },
            { field: 'areaCode' },
          ),
        );
      const problem = textProblem(command.summary, 'summary', REPORT_TEXT_LIMITS.answer);
      if (problem !== null) return reject(problem);
      return accept({
        type: 'MisconductReportConcluded',
        data: {
          outcome: command.outcome,
          areaCode: command.areaCode,
          summary: command.summary.trim(),
          by: command.by,
          at,
        },
      });
    }
  }
};

export const misconductReportDecider: Decider<
  MisconductReportCommand,
  MisconductReportEvent,
  MisconductReportState,
  Refusal,
  MisconductReportContext
> = {
  initialState: initialMisconductReportState,
  evolve: evolveMisconductReport,
  decide,
};
