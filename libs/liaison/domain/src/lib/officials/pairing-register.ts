import { validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  type DomainEvent,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { type Conflict, recusalNeeded } from '../integrity/conflicts/conflicts-between';
import { ruleError } from '../integrity/integrity-rules';
import { chinaDateOf, isCalendarDate } from './calendar-date';
import type { LiaisonSettings } from './liaison-settings';
import { underLiaisonRule } from './liaison-rules';
import { LIAISON_ID_PATTERN } from './official';

/** Target enterprises of Qingdao 二(二): 重点骨干, “四新”, 高成长 (advantaged, high potential), 暂时困难. */
export const PAIRING_CATEGORIES = [
  'key-backbone',
  'four-new',
  'high-growth',
  'temporarily-struggling',
] as const;
export type PairingCategory = (typeof PAIRING_CATEGORIES)[number];
export const PAIRING_CATEGORY_NAMES: Record<PairingCategory, { zh: string; en: string }> = {
  'key-backbone': { zh: '重点骨干企业', en: 'key backbone enterprise' },
  'four-new': { zh: '“四新”企业', en: '"four new" enterprise' },
  'high-growth': { zh: '优势明显、潜力大的企业', en: 'high-growth enterprise' },
  'temporarily-struggling': { zh: '暂时遇到困难的企业', en: 'temporarily struggling enterprise' },
};

export interface PairedEnterprise {
  /** 统一社会信用代码, normalised: the enterprise directory's key. */
  readonly creditCode: string;
  readonly name: string;
}

export interface Pairing {
  readonly pairingId: string;
  readonly officialId: string;
  /** The official's unit when the pairing was made (who receives its problems). */
  readonly officialUnitId: string;
  readonly enterprise: PairedEnterprise;
  readonly category: PairingCategory;
  readonly startDate: string;
  /** The administrator's justification for a second official on the enterprise (Qingdao "原则上"). */
  readonly exception: { readonly justification: string; readonly grantedBy: string } | null;
  readonly endDate: string | null;
  readonly endReason: string | null;
}

export type PairingStarted = DomainEvent<
  'PairingStarted',
  Omit<Pairing, 'endDate' | 'endReason'> & { readonly pairedBy: string; readonly pairedAt: string }
>;
export type PairingEnded = DomainEvent<
  'PairingEnded',
  {
    readonly pairingId: string;
    readonly officialId: string;
    readonly creditCode: string;
    readonly endDate: string;
    readonly reason: string;
    readonly endedBy: string;
    readonly endedAt: string;
  }
>;
export type PairingRegisterEvent = PairingStarted | PairingEnded;

export interface PairOfficial {
  readonly type: 'PairOfficial';
  readonly pairingId: string;
  readonly officialId: string;
  readonly officialUnitId: string;
  readonly enterprise: PairedEnterprise;
  readonly category: PairingCategory;
  readonly startDate: string;
  /** Needed only when another official liaises with the enterprise already. */
  readonly exceptionJustification?: string;
  readonly by: string;
}
export interface EndPairing {
  readonly type: 'EndPairing';
  readonly pairingId: string;
  readonly endDate: string;
  readonly reason: string;
  readonly by: string;
}
export type PairingRegisterCommand = PairOfficial | EndPairing;

/**
 * Every pairing of the jurisdiction, with the active ones indexed by official and by enterprise — the two
 * invariants (at most `maxPairingsPerOfficial` per official; one official per enterprise unless excepted) span
 * both, so one decider over one stream holds them (docs/liaison.md, "Consistency").
 */
export interface PairingRegisterState {
  readonly pairings: Readonly<Record<string, Pairing>>;
  readonly activeByOfficial: Readonly<Record<string, readonly string[]>>;
  readonly activeByEnterprise: Readonly<Record<string, readonly string[]>>;
}

export interface PairingDecisionContext extends DecisionContext {
  readonly settings: LiaisonSettings;
  /**
   * conflictsBetween(the official's declarations, the official, the enterprise) for a PairOfficial (回避, 晋江 四):
   * the service asks, the rule decides. None when not given.
   */
  readonly conflicts?: readonly Conflict[];
  /**
   * The credit restriction in force on the enterprise for `key-enterprise-pairing` (一处失信、处处受限), from
   * liaison's replica of credit's restriction events; none when not given or not restricted.
   */
  readonly creditRestriction?: CreditRestrictionInForce | null;
}

/** What liaison knows of a credit restriction: enough to refuse and name the record, the rule and its source. */
export interface CreditRestrictionInForce {
  readonly documentNumber: string;
  readonly issuingAuthority: string;
  readonly endsOn: string;
  readonly rule: string;
  readonly ruleSource: { readonly zh: string; readonly en: string };
}

export type PairingErrorCode =
  | 'invalid-pairing'
  | 'pairing-exists'
  | 'already-paired'
  | 'conflict-of-interest'
  | 'credit-restricted'
  | 'official-at-capacity'
  | 'enterprise-already-paired'
  | 'pairing-not-found'
  | 'pairing-ended';

/** One stream per jurisdiction (deployment): the register of pairings. */
export const PAIRING_REGISTER_STREAM_ID = 'liaison-pairing-register';

export const initialPairingRegister = (): PairingRegisterState => ({
  pairings: {},
  activeByOfficial: {},
  activeByEnterprise: {},
});

const add = (index: Readonly<Record<string, readonly string[]>>, key: string, id: string) => ({
  ...index,
  [key]: [...(index[key] ?? []), id],
});
const remove = (index: Readonly<Record<string, readonly string[]>>, key: string, id: string) => {
  const rest = (index[key] ?? []).filter((other) => other !== id);
  const next = { ...index };
  if (rest.length === 0) delete next[key];
  else next[key] = rest;
  return next;
};

export const evolvePairingRegister = (
  state: PairingRegisterState,
  event: PairingRegisterEvent,
): PairingRegisterState => {
  switch (event.type) {
    case 'PairingStarted': {
      const { pairedBy: _by, pairedAt: _at, ...pairing } = event.data;
      return {
        pairings: { ...state.pairings, [pairing.pairingId]: { ...pairing, endDate: null, endReason: null } },
        activeByOfficial: add(state.activeByOfficial, pairing.officialId, pairing.pairingId),
        activeByEnterprise: add(state.activeByEnterprise, pairing.enterprise.creditCode, pairing.pairingId),
      };
    }
    case 'PairingEnded': {
      const pairing = state.pairings[event.data.pairingId];
      if (pairing === undefined) return state;
      return {
        pairings: {
          ...state.pairings,
          [pairing.pairingId]: { ...pairing, endDate: event.data.endDate, endReason: event.data.reason },
        },
        activeByOfficial: remove(state.activeByOfficial, pairing.officialId, pairing.pairingId),
        activeByEnterprise: remove(
          state.activeByEnterprise,
          pairing.enterprise.creditCode,
          pairing.pairingId,
        ),
      };
    }
    default:
      return state;
  }
};

const invalid = (field: string, zh: string, en: string): DomainError<PairingErrorCode> =>
  domainError('validation', 'invalid-pairing', { zh, en }, field);

const text = (value: unknown, max: number): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length === 0 || [...trimmed].length > max ? null : trimmed;
};

const creditRestricted = (restriction: CreditRestrictionInForce): DomainError<PairingErrorCode> => ({
  kind: 'conflict',
  code: 'credit-restricted',
  message: {
    zh: `该企业因 ${restriction.issuingAuthority} ${restriction.documentNumber} 受信用约束至 ${restriction.endsOn}，不得作为重点企业结对联系（一处失信、处处受限；依据：${restriction.ruleSource.zh}）`,
    en: `The enterprise is restricted until ${restriction.endsOn} by ${restriction.documentNumber} of ${restriction.issuingAuthority} and is not paired as a key enterprise (credit restriction; source: ${restriction.ruleSource.en})`,
  },
  rule: { rule: restriction.rule, source: restriction.ruleSource.zh },
});

const pair = (
  command: PairOfficial,
  state: PairingRegisterState,
  { now, settings, conflicts, creditRestriction }: PairingDecisionContext,
) => {
  for (const field of ['pairingId', 'officialId', 'officialUnitId'] as const) {
    if (!LIAISON_ID_PATTERN.test(command[field])) {
      return reject(invalid(field, '编号格式不正确', 'not a valid id'));
    }
  }
  const code = validateUnifiedSocialCreditCode(String(command.enterprise?.creditCode ?? ''));
  if (!code.ok) return reject(invalid('enterprise.creditCode', code.message.zh, code.message.en));
  const name = text(command.enterprise.name, 200);
  if (name === null) {
    return reject(
      invalid(
        'enterprise.name',
        '企业名称不能为空，且不超过200个字',
        'the enterprise name must not be blank and at most 200 characters',
      ),
    );
  }
  if (!(PAIRING_CATEGORIES as readonly string[]).includes(command.category)) {
    return reject(
      underLiaisonRule(
        invalid(
          'category',
          '联系对象类别须为重点骨干、“四新”、高成长或暂时困难企业之一',
          'the category must be key-backbone, four-new, high-growth or temporarily-struggling',
        ),
        'target-enterprises',
      ),
    );
  }
  if (!isCalendarDate(command.startDate) || command.startDate < '2000-01-01') {
    return reject(invalid('startDate', '开始日期不是有效日期', 'the start date is not a valid date'));
  }
  if (state.pairings[command.pairingId] !== undefined) {
    return reject(
      domainError('conflict', 'pairing-exists', {
        zh: `结对 ${command.pairingId} 已存在`,
        en: `Pairing ${command.pairingId} exists already`,
      }),
    );
  }
  // An enterprise restricted by a credit record is not paired as a key enterprise; the refusal names the record.
  if (creditRestriction !== undefined && creditRestriction !== null) {
    return reject(creditRestricted(creditRestriction));
  }
  // A declared relation with the enterprise, or a recusal in force, blocks the pairing and names the recusal.
  if (conflicts !== undefined && conflicts.length > 0) {
    return reject(
      ruleError('conflict', 'conflict-of-interest', 'recusal', recusalNeeded(conflicts, code.value)),
    );
  }
  const officialActive = state.activeByOfficial[command.officialId] ?? [];
  const onEnterprise = state.activeByEnterprise[code.value] ?? [];
  if (onEnterprise.some((id) => state.pairings[id]?.officialId === command.officialId)) {
    return reject(
      domainError('conflict', 'already-paired', {
        zh: '该领导干部已在联系这家企业',
        en: 'This official liaises with this enterprise already',
      }),
    );
  }
  const max = settings.maxPairingsPerOfficial;
  if (officialActive.length >= max) {
    return reject(
      underLiaisonRule(
        domainError('conflict', 'official-at-capacity', {
          zh: `该领导干部已联系${officialActive.length}家企业，达到上限`,
          en: `This official liaises with ${officialActive.length} enterprise(s) already, the most allowed`,
        }),
        'pairings-per-official',
        { name: 'maxPairingsPerOfficial', value: max },
      ),
    );
  }
  let exception: Pairing['exception'] = null;
  if (onEnterprise.length > 0) {
    const justification = text(command.exceptionJustification, 500);
    if (justification === null) {
      const other = state.pairings[onEnterprise[0] ?? ''];
      return reject(
        underLiaisonRule(
          domainError('conflict', 'enterprise-already-paired', {
            zh: `该企业已由另一名领导干部联系（结对 ${other?.pairingId ?? ''}）；确需重复联系的，须由管理员说明理由登记例外`,
            en: `Another official liaises with this enterprise (pairing ${other?.pairingId ?? ''}); a second one needs an administrator's justified exception`,
          }),
          'one-official-per-enterprise',
        ),
      );
    }
    exception = { justification, grantedBy: command.by };
  }
  return accept<PairingRegisterEvent>({
    type: 'PairingStarted',
    data: {
      pairingId: command.pairingId,
      officialId: command.officialId,
      officialUnitId: command.officialUnitId,
      enterprise: { creditCode: code.value, name },
      category: command.category,
      startDate: command.startDate,
      exception,
      pairedBy: command.by,
      pairedAt: now.toISOString(),
    },
  });
};

const end = (command: EndPairing, state: PairingRegisterState, { now }: PairingDecisionContext) => {
  const pairing = state.pairings[command.pairingId];
  if (pairing === undefined) {
    return reject(
      domainError<PairingErrorCode>('not-found', 'pairing-not-found', {
        zh: '没有该结对',
        en: 'No such pairing',
      }),
    );
  }
  if (pairing.endDate !== null) {
    return reject(
      domainError<PairingErrorCode>('conflict', 'pairing-ended', {
        zh: `该结对已于 ${pairing.endDate} 结束`,
        en: `This pairing ended on ${pairing.endDate}`,
      }),
    );
  }
  if (!isCalendarDate(command.endDate) || command.endDate < pairing.startDate) {
    return reject(
      invalid(
        'endDate',
        '结束日期须为有效日期且不早于开始日期',
        'the end date must be a valid date, not before the start',
      ),
    );
  }
  if (command.endDate > chinaDateOf(now)) {
    return reject(invalid('endDate', '结束日期不能晚于今天', 'the end date cannot be later than today'));
  }
  const reason = text(command.reason, 500);
  if (reason === null) {
    return reject(
      invalid('reason', '请说明结束理由（不超过500字）', 'give the reason (at most 500 characters)'),
    );
  }
  return accept<PairingRegisterEvent>({
    type: 'PairingEnded',
    data: {
      pairingId: pairing.pairingId,
      officialId: pairing.officialId,
      creditCode: pairing.enterprise.creditCode,
      endDate: command.endDate,
      reason,
      endedBy: command.by,
      endedAt: now.toISOString(),
    },
  });
};

export const pairingRegisterDecider: Decider<
  PairingRegisterCommand,
  PairingRegisterEvent,
  PairingRegisterState,
  DomainError<PairingErrorCode>,
  PairingDecisionContext
> = {
  initialState: initialPairingRegister,
  evolve: evolvePairingRegister,
  decide: (command, state, context) =>
    command.type === 'PairOfficial' ? pair(command, state, context) : end(command, state, context),
};

/** Whether a pairing is active on a day (started, not yet ended). */
export const isActivePairing = (pairing: Pairing): boolean => pairing.endDate === null;
