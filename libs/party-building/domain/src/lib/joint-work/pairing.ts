import { chinaDateOf } from '@qinqing/calendar/domain';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { partyBuildingRuleError } from '../party-building-rules';
import { checkedDate, checkedText, isFieldProblem } from './joint-work-checks';

/**
 * 四联四帮 (Jinjiang 三(一)): a government department's party branch paired with enterprises — "组织联建、队伍联育、
 * 活动联抓、发展联谋，帮指导建立党的组织、帮促进党务企务融合、帮创新文化融合渠道、帮创新人才成长平台". The branch, its
 * department, the enterprises by credit code, the start and a planned end; ended when it ends.
 */
export const PAIRING_ENTERPRISES = { min: 1, max: 20 } as const;

export interface StartPairing {
  readonly type: 'StartPairing';
  readonly pairingId: string;
  readonly branchName: string;
  readonly department: string;
  readonly enterprises: readonly string[];
  readonly startedOn: string;
  /** The planned end, if the pairing has one. */
  readonly endsOn: string | null;
  readonly recordedBy: string;
}

export interface EndPairing {
  readonly type: 'EndPairing';
  readonly endedOn: string;
  readonly recordedBy: string;
}

export type PairingCommand = StartPairing | EndPairing;

export type PairingStarted = DomainEvent<
  'PairingStarted',
  {
    readonly pairingId: string;
    readonly branchName: string;
    readonly department: string;
    readonly enterprises: readonly string[];
    readonly startedOn: string;
    readonly endsOn: string | null;
    readonly recordedBy: string;
  }
>;

export type PairingEnded = DomainEvent<
  'PairingEnded',
  { readonly pairingId: string; readonly endedOn: string; readonly recordedBy: string }
>;

export type PairingEvent = PairingStarted | PairingEnded;

export type PairingState =
  | { readonly status: 'absent' }
  | { readonly status: 'active' | 'ended'; readonly pairingId: string; readonly startedOn: string };

const RULE = 'four-links-four-helps' as const;

const refuse = (code: string, field: string, zh: string, en: string) =>
  reject(partyBuildingRuleError('validation', code, RULE, { zh, en }, { field }));

const start = (command: StartPairing, today: string): Decision<PairingEvent, DomainError> => {
  const branch = checkedText(
    RULE,
    'branchName',
    { zh: '机关党支部名称', en: 'branch name' },
    command.branchName,
    100,
  );
  if (isFieldProblem(branch)) return reject(branch);
  const department = checkedText(
    RULE,
    'department',
    { zh: '所属部门', en: 'department' },
    command.department,
    100,
  );
  if (isFieldProblem(department)) return reject(department);
  const codes: string[] = [];
  for (const [index, raw] of command.enterprises.entries()) {
    const check = validateUnifiedSocialCreditCode(raw);
    if (!check.ok)
      return reject(
        partyBuildingRuleError('validation', 'invalid-credit-code', RULE, check.message, {
          field: `enterprises.${index}`,
        }),
      );
    const code = normaliseCreditCode(raw);
    if (codes.includes(code))
      return refuse(
        'duplicate-enterprise',
        `enterprises.${index}`,
        `企业 ${code} 重复`,
        `${code} is named twice`,
      );
    codes.push(code);
  }
  if (codes.length < PAIRING_ENTERPRISES.min || codes.length > PAIRING_ENTERPRISES.max)
    return refuse(
      'enterprise-count',
      'enterprises',
      `结对企业须为${PAIRING_ENTERPRISES.min}至${PAIRING_ENTERPRISES.max}家，这里有${codes.length}家`,
      `A pairing has ${PAIRING_ENTERPRISES.min} to ${PAIRING_ENTERPRISES.max} enterprises; there are ${codes.length}`,
    );
  const startedOn = checkedDate(
    RULE,
    'startedOn',
    { zh: '结对开始日期', en: 'start date' },
    command.startedOn,
    today,
  );
  if (isFieldProblem(startedOn)) return reject(startedOn);
  let endsOn: string | null = null;
  if ((command.endsOn?.trim() ?? '') !== '') {
    const end = checkedDate(
      RULE,
      'endsOn',
      { zh: '计划结束日期', en: 'planned end' },
      command.endsOn ?? '',
      null,
    );
    if (isFieldProblem(end)) return reject(end);
    if (end < startedOn)
      return refuse(
        'end-before-start',
        'endsOn',
        '结束日期不能早于开始日期',
        'The end cannot be before the start',
      );
    endsOn = end;
  }
  return accept({
    type: 'PairingStarted',
    data: {
      pairingId: command.pairingId,
      branchName: branch,
      department,
      enterprises: codes,
      startedOn,
      endsOn,
      recordedBy: command.recordedBy,
    },
  });
};

const decidePairing = (
  command: PairingCommand,
  state: PairingState,
  { now }: DecisionContext,
): Decision<PairingEvent, DomainError> => {
  const today = chinaDateOf(now);
  switch (command.type) {
    case 'StartPairing':
      if (state.status !== 'absent')
        return refuse('already-recorded', 'pairingId', '该结对已登记', 'This pairing is recorded already');
      return start(command, today);
    case 'EndPairing': {
      if (state.status === 'absent')
        return reject(
          partyBuildingRuleError(
            'not-found',
            'pairing-not-found',
            RULE,
            { zh: '该结对不存在', en: 'There is no such pairing' },
            { field: 'pairingId' },
          ),
        );
      if (state.status === 'ended')
        return refuse('already-ended', 'endedOn', '该结对已结束', 'The pairing has ended already');
      const endedOn = checkedDate(
        RULE,
        'endedOn',
        { zh: '结束日期', en: 'end date' },
        command.endedOn,
        today,
      );
      if (isFieldProblem(endedOn)) return reject(endedOn);
      if (endedOn < state.startedOn)
        return refuse(
          'end-before-start',
          'endedOn',
          '结束日期不能早于开始日期',
          'The end cannot be before the start',
        );
      return accept({
        type: 'PairingEnded',
        data: { pairingId: state.pairingId, endedOn, recordedBy: command.recordedBy },
      });
    }
  }
};

export const pairingDecider: Decider<
  PairingCommand,
  PairingEvent,
  PairingState,
  DomainError,
  DecisionContext
> = {
  initialState: () => ({ status: 'absent' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PairingStarted':
        return { status: 'active', pairingId: event.data.pairingId, startedOn: event.data.startedOn };
      case 'PairingEnded':
        return state.status === 'absent' ? state : { ...state, status: 'ended' };
      default:
        return state;
    }
  },
  decide: decidePairing,
};

const PAIRING_PREFIX = 'party-building-pairing-';
export const pairingStreamId = (id: string): string => `${PAIRING_PREFIX}${id}`;
export const pairingIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PAIRING_PREFIX) ? streamId.slice(PAIRING_PREFIX.length) : null;
