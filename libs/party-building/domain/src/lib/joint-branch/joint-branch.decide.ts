import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { chinaDateOf, isCalendarDate } from '@qinqing/calendar/domain';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import { termEndOf } from '../enterprise-organisation/organisation.decide';
import { TERM_YEARS_RANGE } from '../enterprise-organisation/organisation.values';
import { type PartyBuildingRule, partyBuildingRuleError } from '../party-building-rules';
import type { JointBranchEvent, JointBranchMembershipEvent, JointBranchUnit } from './joint-branch.events';
import { evolveJointBranch, initialJointBranchState, type JointBranchState } from './joint-branch.state';

/** A joint branch joins neighbouring units: at least two, usually at most five (支部工作条例 第五条). */
export const JOINT_BRANCH_UNITS = { min: 2, max: 5 } as const;

const TEXT_LIMITS = { name: 100, superiorOrganisation: 100, secretary: 40 } as const;
const TEXT_NAMES: Readonly<Record<keyof typeof TEXT_LIMITS, LocalizedMessage>> = {
  name: { zh: '联合党支部名称', en: 'joint branch name' },
  superiorOrganisation: { zh: '上级党组织', en: 'superior organisation' },
  secretary: { zh: '书记', en: 'secretary' },
};

export interface FormJointBranch {
  readonly type: 'FormJointBranch';
  readonly jointBranchId: string;
  readonly name: string;
  /** The member units by 统一社会信用代码. */
  readonly units: readonly string[];
  readonly foundedOn: string;
  readonly superiorOrganisation: string;
  readonly secretary: string;
  readonly termStartedOn: string;
  /** Years of the term (3–5); absent or null: the deployment's default for a branch. */
  readonly termYears?: number | string | null;
  readonly formedBy: string;
}

export interface AddJointBranchUnit {
  readonly type: 'AddJointBranchUnit';
  readonly creditCode: string;
  readonly recordedBy: string;
}

export interface RemoveJointBranchUnit {
  readonly type: 'RemoveJointBranchUnit';
  readonly creditCode: string;
  readonly recordedBy: string;
}

export type JointBranchCommand = FormJointBranch | AddJointBranchUnit | RemoveJointBranchUnit;

/** What is known of a unit when deciding: its organisation record's counts and the joint branch holding it. */
export interface JointBranchUnitStanding {
  readonly record: {
    readonly enterpriseName: string;
    readonly fullMembers: number;
    readonly probationaryMembers: number;
  } | null;
  /** From the unit's reservation stream, read in the same decision and checked again when appending. */
  readonly jointBranchId: string | null;
}

export interface JointBranchContext extends DecisionContext {
  /** The deployment's default term of a branch, in years. */
  readonly branchTermYears: number;
  /** The standing of every unit the command names, by normalised credit code. */
  readonly units: ReadonlyMap<string, JointBranchUnitStanding>;
}

export type JointBranchErrorCode =
  | 'invalid-credit-code'
  | 'invalid-joint-branch-text'
  | 'invalid-date'
  | 'date-in-future'
  | 'term-before-founding'
  | 'invalid-term-years'
  | 'too-few-units'
  | 'too-many-units'
  | 'duplicate-unit'
  | 'unit-not-recorded'
  | 'unit-needs-own-branch'
  | 'unit-without-members'
  | 'unit-in-another-joint-branch'
  | 'already-formed'
  | 'not-formed'
  | 'already-a-unit'
  | 'not-a-unit';

type JointBranchError = DomainError<JointBranchErrorCode>;

const problem = (
  code: JointBranchErrorCode,
  rule: PartyBuildingRule,
  field: string,
  message: LocalizedMessage,
  kind: 'validation' | 'not-found' = 'validation',
): JointBranchError => partyBuildingRuleError(kind, code, rule, message, { field });

const isError = (value: object): value is JointBranchError => 'code' in value;

const textOf = (field: keyof typeof TEXT_LIMITS, value: string): { value: string } | JointBranchError => {
  const text = value.trim();
  const max = TEXT_LIMITS[field];
  if (text.length > 0 && [...text].length <= max) return { value: text };
  const name = TEXT_NAMES[field];
  return problem('invalid-joint-branch-text', 'joint-branch', field, {
    zh: `${name.zh}不能为空，且不超过${max}个字`,
    en: `The ${name.en} must not be blank and must be at most ${max} characters long`,
  });
};

const dateOf = (field: 'foundedOn' | 'termStartedOn', value: string, today: string) => {
  const text = value.trim();
  const name =
    field === 'foundedOn'
      ? { zh: '成立日期', en: 'founding date' }
      : { zh: '本届任期起始日', en: 'term start' };
  if (!isCalendarDate(text))
    return problem('invalid-date', 'joint-branch', field, {
      zh: `请填写${name.zh}，须为存在的日期（YYYY-MM-DD）`,
      en: `The ${name.en} is required and must be a date that exists (YYYY-MM-DD)`,
    });
  if (text > today)
    return problem('date-in-future', 'joint-branch', field, {
      zh: `${name.zh}不能晚于今天（${today}）`,
      en: `The ${name.en} cannot be after today (${today})`,
    });
  return { value: text };
};

const termYearsOf = (value: number | string | null | undefined, fallback: number) => {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') return { value: fallback };
  const years = /^\d$/u.test(text) ? Number(text) : Number.NaN;
  if (years >= TERM_YEARS_RANGE.min && years <= TERM_YEARS_RANGE.max) return { value: years };
  return problem('invalid-term-years', 'term-length', 'termYears', {
    zh: `任期年数须为${TERM_YEARS_RANGE.min}至${TERM_YEARS_RANGE.max}的整数，收到“${text}”`,
    en: `The term must be a whole number of years from ${TERM_YEARS_RANGE.min} to ${TERM_YEARS_RANGE.max}; got “${text}”`,
  });
};

const codeOf = (raw: string, field: string): { value: string } | JointBranchError => {
  const code = validateUnifiedSocialCreditCode(raw);
  if (!code.ok)
    return partyBuildingRuleError('validation', 'invalid-credit-code', 'joint-branch', code.message, {
      field,
    });
  return { value: normaliseCreditCode(raw) };
};

/**
 * Whether a unit may belong to this joint branch: its organisation is recorded, it has at least one member and
 * fewer than three full members (three or more must set up their own branch), and no other joint branch holds it.
 */
const unitFor = (
  creditCode: string,
  jointBranchId: string,
  units: ReadonlyMap<string, JointBranchUnitStanding>,
  field: string,
): JointBranchUnit | JointBranchError => {
  const standing = units.get(creditCode);
  const record = standing?.record ?? null;
  if (record === null)
    return problem('unit-not-recorded', 'joint-branch', field, {
      zh: `统一社会信用代码为 ${creditCode} 的企业尚未登记党组织情况（党员人数），请先登记`,
      en: `No party organisation (member counts) is recorded for ${creditCode}; record it first`,
    });
  if (record.fullMembers >= 3)
    return problem('unit-needs-own-branch', 'branch-threshold', field, {
      zh: `${record.enterpriseName}有正式党员${record.fullMembers}名，应当单独成立党支部，不能加入联合党支部`,
      en: `${record.enterpriseName} has ${record.fullMembers} full members and must set up its own branch, not join a joint branch`,
    });
  if (record.fullMembers + record.probationaryMembers < 1)
    return problem('unit-without-members', 'joint-branch', field, {
      zh: `${record.enterpriseName}没有党员，不能加入联合党支部（可选派党建指导员）`,
      en: `${record.enterpriseName} has no members and cannot join a joint branch (an instructor may be assigned)`,
    });
  const holder = standing?.jointBranchId ?? null;
  if (holder !== null && holder !== jointBranchId)
    return problem('unit-in-another-joint-branch', 'joint-branch', field, {
      zh: `${record.enterpriseName}已是另一个联合党支部（${holder}）的成员单位，须先退出`,
      en: `${record.enterpriseName} is a unit of another joint branch (${holder}); it must leave it first`,
    });
  return {
    creditCode,
    enterpriseName: record.enterpriseName,
    fullMembers: record.fullMembers,
    probationaryMembers: record.probationaryMembers,
  };
};

const tooMany = (count: number): JointBranchError =>
  problem('too-many-units', 'joint-branch', 'units', {
    zh: `联合党支部的成员单位一般不超过${JOINT_BRANCH_UNITS.max}个，这里有${count}个`,
    en: `A joint branch has at most ${JOINT_BRANCH_UNITS.max} units; this would have ${count}`,
  });

const form = (
  command: FormJointBranch,
  context: JointBranchContext,
  today: string,
): Decision<JointBranchEvent, JointBranchError> => {
  const name = textOf('name', command.name);
  if (isError(name)) return reject(name);
  const codes: string[] = [];
  for (const [index, raw] of command.units.entries()) {
    const code = codeOf(raw, `units.${index}`);
    if (isError(code)) return reject(code);
    if (codes.includes(code.value))
      return reject(
        problem('duplicate-unit', 'joint-branch', `units.${index}`, {
          zh: `成员单位 ${code.value} 重复`,
          en: `The unit ${code.value} is named twice`,
        }),
      );
    codes.push(code.value);
  }
  if (codes.length < JOINT_BRANCH_UNITS.min)
    return reject(
      problem('too-few-units', 'joint-branch', 'units', {
        zh: `联合党支部由${JOINT_BRANCH_UNITS.min}个以上单位联合成立，这里只有${codes.length}个`,
        en: `A joint branch joins at least ${JOINT_BRANCH_UNITS.min} units; there are ${codes.length}`,
      }),
    );
  if (codes.length > JOINT_BRANCH_UNITS.max) return reject(tooMany(codes.length));
  const units: JointBranchUnit[] = [];
  for (const [index, code] of codes.entries()) {
    const unit = unitFor(code, command.jointBranchId, context.units, `units.${index}`);
    if (isError(unit)) return reject(unit);
    units.push(unit);
  }
  const superior = textOf('superiorOrganisation', command.superiorOrganisation);
  if (isError(superior)) return reject(superior);
  const secretary = textOf('secretary', command.secretary);
  if (isError(secretary)) return reject(secretary);
  const founded = dateOf('foundedOn', command.foundedOn, today);
  if (isError(founded)) return reject(founded);
  const term = dateOf('termStartedOn', command.termStartedOn, today);
  if (isError(term)) return reject(term);
  if (term.value < founded.value)
    return reject(
      problem('term-before-founding', 'joint-branch', 'termStartedOn', {
        zh: '本届任期不能早于党组织成立',
        en: 'The term cannot start before the organisation was founded',
      }),
    );
  const years = termYearsOf(command.termYears, context.branchTermYears);
  if (isError(years)) return reject(years);
  return accept({
    type: 'JointBranchFormed',
    data: {
      jointBranchId: command.jointBranchId,
      name: name.value,
      units,
      foundedOn: founded.value,
      superiorOrganisation: superior.value,
      secretary: secretary.value,
      termStartedOn: term.value,
      termYears: years.value,
      termEndsOn: termEndOf(term.value, years.value) ?? term.value,
      formedBy: command.formedBy,
      formedAt: context.now.toISOString(),
    },
  });
};

/** Refusals against the joint branch as it stands: 400 naming the field, like every other refusal here. */
const conflict = (code: JointBranchErrorCode, field: string, zh: string, en: string) =>
  reject(problem(code, 'joint-branch', field, { zh, en }));

const notFormed = () =>
  reject(
    problem(
      'not-formed',
      'joint-branch',
      'jointBranchId',
      { zh: '该联合党支部不存在', en: 'There is no such joint branch' },
      'not-found',
    ),
  );

/**
 * The rules of a joint branch (联合党支部, 支部工作条例 第五条): units with fewer than three full members and at
 * least one member join with neighbouring units, two to five of them; a unit that must have its own branch is
 * refused, and so is a unit another joint branch holds. The units' counts and current joint branch arrive as
 * input (`context.units`); time too.
 */
const decideJointBranch = (
  command: JointBranchCommand,
  state: JointBranchState,
  context: JointBranchContext,
): Decision<JointBranchEvent, JointBranchError> => {
  const today = chinaDateOf(context.now);
  switch (command.type) {
    case 'FormJointBranch':
      if (state.status === 'formed')
        return conflict(
          'already-formed',
          'jointBranchId',
          '该联合党支部已成立',
          'The joint branch exists already',
        );
      return form(command, context, today);
    case 'AddJointBranchUnit': {
      if (state.status !== 'formed') return notFormed();
      const code = codeOf(command.creditCode, 'creditCode');
      if (isError(code)) return reject(code);
      if (state.units.some((u) => u.creditCode === code.value))
        return conflict(
          'already-a-unit',
          'creditCode',
          `${code.value} 已是该联合党支部的成员单位`,
          `${code.value} is a unit of this joint branch already`,
        );
      if (state.units.length >= JOINT_BRANCH_UNITS.max) return reject(tooMany(state.units.length + 1));
      const unit = unitFor(code.value, state.jointBranchId, context.units, 'creditCode');
      if (isError(unit)) return reject(unit);
      return accept({
        type: 'JointBranchUnitJoined',
        data: { jointBranchId: state.jointBranchId, unit, joinedOn: today, recordedBy: command.recordedBy },
      });
    }
    case 'RemoveJointBranchUnit': {
      if (state.status !== 'formed') return notFormed();
      const code = codeOf(command.creditCode, 'creditCode');
      if (isError(code)) return reject(code);
      if (!state.units.some((u) => u.creditCode === code.value))
        return conflict(
          'not-a-unit',
          'creditCode',
          `${code.value} 不是该联合党支部的成员单位`,
          `${code.value} is not a unit of this joint branch`,
        );
      if (state.units.length <= JOINT_BRANCH_UNITS.min)
        return conflict(
          'too-few-units',
          'creditCode',
          `联合党支部至少由${JOINT_BRANCH_UNITS.min}个单位组成，不能再减少成员单位`,
          `A joint branch keeps at least ${JOINT_BRANCH_UNITS.min} units; none can leave now`,
        );
      return accept({
        type: 'JointBranchUnitLeft',
        data: {
          jointBranchId: state.jointBranchId,
          creditCode: code.value,
          leftOn: today,
          recordedBy: command.recordedBy,
        },
      });
    }
  }
};

export const jointBranchDecider: Decider<
  JointBranchCommand,
  JointBranchEvent,
  JointBranchState,
  JointBranchError,
  JointBranchContext
> = {
  initialState: initialJointBranchState,
  evolve: evolveJointBranch,
  decide: decideJointBranch,
};

/** The reservations a joint branch's events take and release, by unit: appended atomically with them. */
export const membershipEventsOf = (
  event: JointBranchEvent,
): readonly { readonly creditCode: string; readonly event: JointBranchMembershipEvent }[] => {
  switch (event.type) {
    case 'JointBranchFormed':
      return event.data.units.map((unit) => ({
        creditCode: unit.creditCode,
        event: {
          type: 'JointBranchMembershipTaken',
          data: {
            creditCode: unit.creditCode,
            jointBranchId: event.data.jointBranchId,
            takenOn: event.data.foundedOn,
          },
        },
      }));
    case 'JointBranchUnitJoined':
      return [
        {
          creditCode: event.data.unit.creditCode,
          event: {
            type: 'JointBranchMembershipTaken',
            data: {
              creditCode: event.data.unit.creditCode,
              jointBranchId: event.data.jointBranchId,
              takenOn: event.data.joinedOn,
            },
          },
        },
      ];
    case 'JointBranchUnitLeft':
      return [
        {
          creditCode: event.data.creditCode,
          event: {
            type: 'JointBranchMembershipReleased',
            data: {
              creditCode: event.data.creditCode,
              jointBranchId: event.data.jointBranchId,
              releasedOn: event.data.leftOn,
            },
          },
        },
      ];
    default:
      return [];
  }
};
