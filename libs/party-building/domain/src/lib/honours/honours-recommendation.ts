import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { chinaDateOf } from '@qinqing/calendar/domain';
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

/** The honours an enterprise's responsible person may be recommended for (Hengkou 五(十一), Qingdao 五(十三)). */
export const HONOURS = ['model-worker', 'advanced-individual', 'excellent-builder'] as const;
export type Honour = (typeof HONOURS)[number];

export const HONOUR_NAMES: Readonly<Record<Honour, { readonly zh: string; readonly en: string }>> = {
  'model-worker': { zh: '劳动模范', en: 'model worker' },
  'advanced-individual': { zh: '先进人物', en: 'advanced individual' },
  'excellent-builder': { zh: '优秀中国特色社会主义事业建设者', en: 'excellent builder of socialism' },
};

/** A credit restriction on honours in force for the enterprise, from party building's own replica. */
export interface HonoursRestriction {
  readonly documentNumber: string;
  readonly issuingAuthority: string;
  readonly endsOn: string;
  readonly ruleSource: { readonly zh: string; readonly en: string };
}

export interface RecommendForHonour {
  readonly type: 'RecommendForHonour';
  readonly recommendationId: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly honour: string;
  /** The responsible person's name: honours are public, but it stays in this context. */
  readonly nominee: string;
  readonly nomineePosition: string;
  readonly recommendedBy: string;
}

export type HonourRecommended = DomainEvent<
  'HonourRecommended',
  {
    readonly recommendationId: string;
    readonly creditCode: string;
    readonly enterpriseName: string;
    readonly honour: Honour;
    readonly nominee: string;
    readonly nomineePosition: string;
    readonly recommendedBy: string;
    readonly recommendedOn: string;
  }
>;

export type HonoursState = { readonly recommended: boolean };

export interface HonoursContext extends DecisionContext {
  /** The restriction on honours in force for the enterprise today, or null. */
  readonly restriction: HonoursRestriction | null;
}

type HonoursError = DomainError<
  'invalid-credit-code' | 'unknown-honour' | 'invalid-text' | 'credit-restricted' | 'recommendation-exists'
>;

const text = (field: 'enterpriseName' | 'nominee' | 'nomineePosition', value: string, max: number) => {
  const trimmed = value.trim();
  if (trimmed.length > 0 && [...trimmed].length <= max) return null;
  const names = {
    enterpriseName: ['企业名称', 'enterprise name'],
    nominee: ['被推荐人姓名', 'nominee'],
    nomineePosition: ['被推荐人职务', 'nominee’s position'],
  }[field];
  return partyBuildingRuleError(
    'validation',
    'invalid-text',
    'honours-restriction',
    {
      zh: `${names[0]}不能为空，且不超过${max}个字`,
      en: `The ${names[1]} must not be blank and at most ${max} characters long`,
    },
    { field },
  );
};

/**
 * An honours recommendation for an enterprise's responsible person: refused while a credit restriction on
 * honours is in force for the enterprise (一处失信、处处受限), naming the record behind it, the rule and its source.
 */
const decideHonours = (
  command: RecommendForHonour,
  state: HonoursState,
  { now, restriction }: HonoursContext,
): Decision<HonourRecommended, HonoursError> => {
  if (state.recommended)
    return reject(
      partyBuildingRuleError('conflict', 'recommendation-exists', 'honours-restriction', {
        zh: '该推荐已登记',
        en: 'This recommendation is recorded already',
      }),
    );
  const code = validateUnifiedSocialCreditCode(command.creditCode);
  if (!code.ok)
    return reject(
      partyBuildingRuleError('validation', 'invalid-credit-code', 'honours-restriction', code.message, {
        field: 'creditCode',
      }),
    );
  if (!(HONOURS as readonly string[]).includes(command.honour))
    return reject(
      partyBuildingRuleError(
        'validation',
        'unknown-honour',
        'honours-restriction',
        {
          zh: `荣誉“${command.honour}”不存在，可选：${HONOURS.join('、')}`,
          en: `Honour “${command.honour}” does not exist; it is one of ${HONOURS.join(', ')}`,
        },
        { field: 'honour' },
      ),
    );
  const problem =
    text('enterpriseName', command.enterpriseName, 100) ??
    text('nominee', command.nominee, 40) ??
    text('nomineePosition', command.nomineePosition, 40);
  if (problem !== null) return reject(problem);
  if (restriction !== null)
    return reject(
      partyBuildingRuleError('conflict', 'credit-restricted', 'honours-restriction', {
        zh: `该企业因失信记录 ${restriction.documentNumber}（${restriction.issuingAuthority}）受荣誉限制至${restriction.endsOn}，期间不得推荐（限制依据：${restriction.ruleSource.zh}）`,
        en: `The enterprise is restricted from honours until ${restriction.endsOn} by record ${restriction.documentNumber} (${restriction.issuingAuthority}); no recommendation meanwhile (restriction source: ${restriction.ruleSource.en})`,
      }),
    );
  return accept({
    type: 'HonourRecommended',
    data: {
      recommendationId: command.recommendationId,
      creditCode: normaliseCreditCode(command.creditCode),
      enterpriseName: command.enterpriseName.trim(),
      honour: command.honour as Honour,
      nominee: command.nominee.trim(),
      nomineePosition: command.nomineePosition.trim(),
      recommendedBy: command.recommendedBy,
      recommendedOn: chinaDateOf(now),
    },
  });
};

export const honoursDecider: Decider<
  RecommendForHonour,
  HonourRecommended,
  HonoursState,
  HonoursError,
  HonoursContext
> = {
  initialState: () => ({ recommended: false }),
  evolve: (_state, event) => (event.type === 'HonourRecommended' ? { recommended: true } : _state),
  decide: decideHonours,
};

export const honoursRecommendationStreamId = (id: string): string => `party-building-honour-${id}`;
