import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf } from '../disclosure/calendar-date';
import type { PledgeEvent, PledgeSigned } from './pledge.events';
import { CURRENT_PLEDGE_TEXT } from './pledge-text';

export type PledgeState =
  { readonly status: 'absent' } | { readonly status: 'signed'; readonly pledge: PledgeSigned['data'] };

export interface SignPledge {
  readonly type: 'SignPledge';
  readonly pledgeId: string;
  /** The identified enterprise of the kiosk session, never a value the caller chose. */
  readonly creditCode: string;
  readonly signatoryName: string;
  readonly signatoryPosition: string;
  readonly textVersion: string;
  readonly sessionId: string;
}

export type PledgeErrorCode = 'invalid-signatory' | 'pledge-text-outdated' | 'pledge-exists';

type PledgeError = DomainError<PledgeErrorCode>;

/** Longest name and position, in characters as people count them. */
export const PLEDGE_TEXT_LIMITS = { signatoryName: 50, signatoryPosition: 50 } as const;

const FIELD_NAMES = {
  signatoryName: { zh: '签署人姓名', en: 'signatory name' },
  signatoryPosition: { zh: '签署人职务', en: 'signatory position' },
} as const;

/** The name as anyone but the credit officer sees it: the family name and one star (张*), length not told. */
export const maskSignatoryName = (name: string): string => `${[...name.trim()][0] ?? ''}*`;

const blankProblem = (field: keyof typeof PLEDGE_TEXT_LIMITS, value: string): PledgeError | null => {
  const length = [...value.trim()].length;
  const max = PLEDGE_TEXT_LIMITS[field];
  if (length > 0 && length <= max) return null;
  return creditRuleError(
    'validation',
    'invalid-signatory',
    'integrity-pledge',
    {
      zh: `${FIELD_NAMES[field].zh}不能为空，且不超过${max}个字`,
      en: `The ${FIELD_NAMES[field].en} must not be blank and at most ${max} characters long`,
    },
    { field },
  );
};

/**
 * The integrity pledge (廉洁承诺, Kunshan 六(4)): signed by the enterprise's responsible person, naming themselves,
 * their position and the version of the text they read; only the current text is signed.
 */
const decidePledge = (
  command: SignPledge,
  state: PledgeState,
  { now }: DecisionContext,
): Decision<PledgeEvent, PledgeError> => {
  if (state.status === 'signed') {
    return reject(
      creditRuleError('conflict', 'pledge-exists', 'integrity-pledge', {
        zh: `承诺书 ${command.pledgeId} 已签署`,
        en: `Pledge ${command.pledgeId} is signed already`,
      }),
    );
  }
  for (const field of ['signatoryName', 'signatoryPosition'] as const) {
    const problem = blankProblem(field, command[field]);
    if (problem !== null) return reject(problem);
  }
  if (command.textVersion.trim() !== CURRENT_PLEDGE_TEXT.version) {
    return reject(
      creditRuleError(
        'conflict',
        'pledge-text-outdated',
        'integrity-pledge',
        {
          zh: `承诺书文本“${command.textVersion}”不是现行版本（${CURRENT_PLEDGE_TEXT.version}），请阅读现行文本后签署`,
          en: `Pledge text “${command.textVersion}” is not the current version (${CURRENT_PLEDGE_TEXT.version}); read the current text and sign that`,
        },
        { field: 'textVersion' },
      ),
    );
  }
  return accept({
    type: 'PledgeSigned',
    data: {
      pledgeId: command.pledgeId,
      creditCode: command.creditCode,
      signatoryName: command.signatoryName.trim(),
      signatoryPosition: command.signatoryPosition.trim(),
      textVersion: CURRENT_PLEDGE_TEXT.version,
      signedOn: chinaDateOf(now),
      signedAt: now.toISOString(),
      sessionId: command.sessionId,
    },
  });
};

export const pledgeDecider: Decider<SignPledge, PledgeEvent, PledgeState, PledgeError> = {
  initialState: () => ({ status: 'absent' }),
  evolve: (state, event) =>
    event.type === 'PledgeSigned' ? { status: 'signed', pledge: event.data } : state,
  decide: decidePledge,
};
