import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  domainError,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import { validateMainlandMobileNumber, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { parseIndustryCode } from '../size-class/industry-code';
import { classifySize } from '../size-class/size-class';
import type { EnterpriseEvent } from './enterprise.events';
import { evolveEnterprise, initialEnterpriseState, type EnterpriseState } from './enterprise.state';
import {
  CHAMBER_NAME_MAX,
  CHAMBERS_MAX,
  DETAIL_FIELDS,
  type EnterpriseDetails,
  type EnterpriseSize,
  ENTERPRISE_NAME_MAX,
  ENTERPRISE_TAGS,
} from './enterprise.values';

/** Who acts: staff roles that may keep the directory (administrator, service-staff; the controller checks). */
export interface DirectoryActor {
  readonly actorId: string;
  readonly role: string;
}

/** The details as given: the area may be left out (then it is characters 3–8 of the credit code). */
export type EnterpriseDetailsInput = Omit<EnterpriseDetails, 'areaCode'> & { readonly areaCode?: string };

export interface RegisterEnterprise {
  readonly type: 'RegisterEnterprise';
  readonly creditCode: string;
  readonly details: EnterpriseDetailsInput;
  readonly by: DirectoryActor;
}

/** Correct some details; a field left out is kept, a field given as it is changes nothing. */
export interface CorrectEnterpriseDetails {
  readonly type: 'CorrectEnterpriseDetails';
  readonly creditCode: string;
  readonly changes: Partial<EnterpriseDetails>;
  readonly by: DirectoryActor;
}

export type EnterpriseCommand = RegisterEnterprise | CorrectEnterpriseDetails;

export type EnterpriseErrorCode =
  | 'enterprise-registered'
  | 'enterprise-not-found'
  | 'invalid-credit-code'
  | 'invalid-enterprise-name'
  | 'invalid-area-code'
  | 'area-correction-forbidden'
  | 'unknown-industry-code'
  | 'invalid-size-indicator'
  | 'invalid-chambers'
  | 'invalid-tag'
  | 'invalid-contact-phone';

export type EnterpriseError = DomainError<EnterpriseErrorCode>;

/** The rules the directory enforces, each with its source. */
export const DIRECTORY_RULES = {
  'credit-code': {
    name: { zh: '法人和其他组织统一社会信用代码编码规则', en: 'unified social credit code' },
    source: { zh: 'GB 32100-2015', en: 'GB 32100-2015' },
  },
  'registered-area': {
    name: {
      zh: '登记地区取自统一社会信用代码第3–8位，仅管理员可更正',
      en: 'the registered area comes from characters 3–8 of the credit code; only an administrator corrects it',
    },
    source: { zh: 'GB 32100-2015 第4.3条；GB/T 2260', en: 'GB 32100-2015 §4.3; GB/T 2260' },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

const underRule = <E extends EnterpriseError>(error: E, rule: keyof typeof DIRECTORY_RULES): E => {
  const { name, source } = DIRECTORY_RULES[rule];
  return {
    ...error,
    message: {
      zh: `${error.message.zh}（规则：${name.zh}；依据：${source.zh}）`,
      en: `${error.message.en} (rule: ${name.en}; source: ${source.en})`,
    },
    rule: { rule, source: source.zh },
  };
};

const fail = (code: EnterpriseErrorCode, zh: string, en: string, field: string): EnterpriseError =>
  domainError('validation', code, { zh, en }, field);

/** The registered area a credit code names: its characters 3–8 (登记管理机关行政区划码). */
export const areaOfCreditCode = (creditCode: string): string => creditCode.slice(2, 8);

/** The size class the details give, or null when the rule does not class them (yet). */
export const sizeOfDetails = (details: EnterpriseDetails): EnterpriseSize => {
  const answer = classifySize(details.industry, {
    ...(details.employees === null ? {} : { employees: details.employees }),
    ...(details.revenue === null ? {} : { revenue: details.revenue }),
    ...(details.assets === null ? {} : { assets: details.assets }),
  });
  return answer.ok ? { size: answer.size, industryGroup: answer.industryGroup } : null;
};

type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EnterpriseError };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(error: EnterpriseError): Checked<T> => ({ ok: false, error });

const INDICATOR_NAMES = {
  employees: ['从业人员', 'employees'],
  revenue: ['营业收入（万元）', 'operating revenue (万元)'],
  assets: ['资产总额（万元）', 'total assets (万元)'],
} as const;

/** Checks and normalises one field; the decider and the import share it so both refuse alike. */
export const checkDetailField = <F extends keyof EnterpriseDetails>(
  field: F,
  value: EnterpriseDetails[F],
): Checked<EnterpriseDetails[F]> => {
  switch (field) {
    case 'name': {
      const name = (value as string).trim();
      if (name.length === 0 || [...name].length > ENTERPRISE_NAME_MAX)
        return bad(
          fail(
            'invalid-enterprise-name',
            `企业名称不能为空，且不超过${ENTERPRISE_NAME_MAX}个字`,
            `The name must not be blank and at most ${ENTERPRISE_NAME_MAX} characters long`,
            'name',
          ),
        );
      return ok(name as EnterpriseDetails[F]);
    }
    case 'areaCode': {
      const code = (value as string).trim();
      if (!/^\d{6}(\d{3})?$/u.test(code) || code.startsWith('00'))
        return bad(
          fail(
            'invalid-area-code',
            `登记地区“${code}”不是GB/T 2260行政区划代码（6位，乡镇、街道为9位）`,
            `Area "${code}" is not a GB/T 2260 code (6 digits, 9 for a town or street)`,
            'areaCode',
          ),
        );
      return ok(code as EnterpriseDetails[F]);
    }
    case 'industry': {
      const parsed = parseIndustryCode(value as string);
      if (!parsed.ok) return bad({ ...parsed.error, code: 'unknown-industry-code' });
      return ok(parsed.value.code as EnterpriseDetails[F]);
    }
    case 'employees':
    case 'revenue':
    case 'assets': {
      if (value === null) return ok(value);
      const n = value as number;
      const [zh, en] = INDICATOR_NAMES[field as 'employees' | 'revenue' | 'assets'];
      if (!Number.isFinite(n) || n < 0 || n > 1e12 || (field === 'employees' && !Number.isInteger(n)))
        return bad(
          fail(
            'invalid-size-indicator',
            `${zh}须为不小于0的${field === 'employees' ? '整数' : '数'}`,
            `${en} must be a ${field === 'employees' ? 'whole number' : 'number'} not below 0`,
            field,
          ),
        );
      return ok(value);
    }
    case 'chambers': {
      const names = [...new Set((value as readonly string[]).map((c) => c.trim()).filter((c) => c !== ''))];
      if (names.length > CHAMBERS_MAX || names.some((c) => [...c].length > CHAMBER_NAME_MAX))
        return bad(
          fail(
            'invalid-chambers',
            `所属商会至多${CHAMBERS_MAX}个，每个名称不超过${CHAMBER_NAME_MAX}个字`,
            `At most ${CHAMBERS_MAX} chambers, each name at most ${CHAMBER_NAME_MAX} characters`,
            'chambers',
          ),
        );
      return ok(names as unknown as EnterpriseDetails[F]);
    }
    case 'tags': {
      const tags = value as readonly string[];
      const unknown = tags.find((t) => !(ENTERPRISE_TAGS as readonly string[]).includes(t));
      if (unknown !== undefined)
        return bad(
          fail(
            'invalid-tag',
            `“${unknown}”不是企业类别（重点骨干 key-backbone、四新 four-new、高成长 high-growth、暂时困难 in-difficulty）`,
            `"${unknown}" is not a category (key-backbone, four-new, high-growth, in-difficulty)`,
            'tags',
          ),
        );
      // Kept in the catalogue's order, so the same set is the same value.
      return ok(ENTERPRISE_TAGS.filter((t) => tags.includes(t)) as unknown as EnterpriseDetails[F]);
    }
    case 'contactPhone': {
      if (value === null) return ok(value);
      const phone = validateMainlandMobileNumber(value as string);
      if (!phone.ok)
        return bad(fail('invalid-contact-phone', phone.message.zh, phone.message.en, 'contactPhone'));
      return ok(phone.value as string as EnterpriseDetails[F]);
    }
    default:
      return ok(value);
  }
};

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const areaForbidden = (): EnterpriseError =>
  underRule(
    domainError(
      'forbidden',
      'area-correction-forbidden',
      {
        zh: '只有管理员可以更正登记地区',
        en: 'Only an administrator may correct the registered area',
      },
      'areaCode',
    ),
    'registered-area',
  );

/**
 * The rules of the directory: an enterprise is registered once under a valid credit code; its area defaults
 * to characters 3–8 of the code and only an administrator sets another; every field is checked alike on
 * registration and correction; a correction that changes nothing records nothing (an import run twice is
 * silent); the size class is recomputed from the details every time. Time arrives as input (`now`).
 */
const decideEnterprise = (
  command: EnterpriseCommand,
  state: EnterpriseState,
  { now }: DecisionContext,
): Decision<EnterpriseEvent, EnterpriseError> => {
  switch (command.type) {
    case 'RegisterEnterprise': {
      const code = validateUnifiedSocialCreditCode(command.creditCode);
      if (!code.ok)
        return reject(
          underRule(
            fail('invalid-credit-code', code.message.zh, code.message.en, 'creditCode'),
            'credit-code',
          ),
        );
      if (state.status !== 'absent')
        return reject(
          domainError('conflict', 'enterprise-registered', {
            zh: `统一社会信用代码为 ${code.value} 的企业已在名录中，请更正其信息而不是重复登记`,
            en: `An enterprise with credit code ${code.value} is in the directory already; correct it instead`,
          }),
        );
      const defaultArea = areaOfCreditCode(code.value);
      const given = { ...command.details, areaCode: command.details.areaCode ?? defaultArea };
      if (given.areaCode.trim() !== defaultArea && command.by.role !== 'administrator')
        return reject(areaForbidden());
      const details: Record<string, unknown> = {};
      for (const field of DETAIL_FIELDS) {
        const checked = checkDetailField(field, given[field]);
        if (!checked.ok) return reject(checked.error);
        details[field] = checked.value;
      }
      const checkedDetails = details as unknown as EnterpriseDetails;
      return accept({
        type: 'EnterpriseRegistered',
        data: {
          creditCode: code.value,
          ...checkedDetails,
          size: sizeOfDetails(checkedDetails),
          registeredBy: command.by.actorId,
          registeredAt: now.toISOString(),
        },
      });
    }
    case 'CorrectEnterpriseDetails': {
      if (state.status !== 'registered')
        return reject(
          domainError('not-found', 'enterprise-not-found', {
            zh: `名录中没有统一社会信用代码为 ${command.creditCode} 的企业`,
            en: `No enterprise with credit code ${command.creditCode} is in the directory`,
          }),
        );
      const changes: Record<string, unknown> = {};
      for (const field of DETAIL_FIELDS) {
        if (!(field in command.changes) || command.changes[field] === undefined) continue;
        const checked = checkDetailField(field, command.changes[field] as never);
        if (!checked.ok) return reject(checked.error);
        if (sameValue(checked.value, state.details[field])) continue;
        if (field === 'areaCode' && command.by.role !== 'administrator') return reject(areaForbidden());
        changes[field] = checked.value;
      }
      if (Object.keys(changes).length === 0) return accept();
      const details = { ...state.details, ...changes } as EnterpriseDetails;
      return accept({
        type: 'EnterpriseDetailsCorrected',
        data: {
          creditCode: state.creditCode,
          changes: changes as Partial<EnterpriseDetails>,
          size: sizeOfDetails(details),
          correctedBy: command.by.actorId,
          correctedAt: now.toISOString(),
        },
      });
    }
  }
};

export const enterpriseDecider: Decider<
  EnterpriseCommand,
  EnterpriseEvent,
  EnterpriseState,
  EnterpriseError
> = {
  initialState: initialEnterpriseState,
  evolve: evolveEnterprise,
  decide: decideEnterprise,
};
