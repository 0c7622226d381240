import { ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of the policy library and precise push (政策库与精准推送), each with its source; a refusal names
 * the rule, the setting that decided it when there is one, and the source (docs/service-centre.md).
 */
export const POLICY_RULES = {
  'policy-published-in-full': {
    name: {
      zh: '涉企政策须载明发文机关、文号、生效日期和申报条件后统一发布',
      en: 'a policy is published with its issuing body, document number, effective date and criteria',
    },
    source: {
      zh: '青岛《关于构建新型政商关系的意见》二(三)（梳理支持企业发展的相关政策统一发布）；晋江 二(二)（公示公开扶持政策申报条件）',
      en: 'Qingdao opinions on new government-business relations 2(3); Jinjiang opinions 2(2)',
    },
  },
  'policy-lifecycle': {
    name: {
      zh: '政策草稿可修改和发布，已发布的政策可撤回，撤回或失效的政策不再推送',
      en: 'a draft is edited and published, a published policy may be withdrawn; withdrawn or expired ones are not pushed',
    },
    source: {
      zh: '亲清家园政策库（精准推送）规则，docs/service-centre.md',
      en: '亲清家园 policy library (precise push) rules, docs/service-centre.md',
    },
  },
  'policy-dates': {
    name: {
      zh: '政策的生效和失效日期须为真实日期且在平台范围内，失效日期不早于生效日期',
      en: 'a policy’s effective and expiry dates are real dates within the platform’s range, expiry not before effect',
    },
    source: {
      zh: '平台规则：中华人民共和国成立（1949-10-01）前无现行涉企政策；2100-12-31 为平台日历的上限',
      en: 'platform rule: no policy in force predates the People’s Republic (1949-10-01); 2100-12-31 is the platform calendar’s horizon',
    },
  },
  'policy-benefits-restricted': {
    name: {
      zh: '失信主体限制享受优惠政策（联合惩戒）',
      en: 'an enterprise under a credit restriction gets no policy benefits (joint punishment)',
    },
    source: {
      zh: '国发〔2016〕33号；国办发〔2020〕49号；《全国失信惩戒措施基础清单（2024年版）》（限制享受政策扶持）',
      en: 'State Council 〔2016〕33; General Office 〔2020〕49; national basic list of dishonesty measures (2024)',
    },
  },
} as const;

export type PolicyRule = keyof typeof POLICY_RULES;

export const policyRuleError = ruleErrorOf<PolicyRule>(POLICY_RULES);
