import { type LocalizedMessage, ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of the service centre's events (活动: 政企恳谈会, 政策宣讲会, 商桥微课堂, 法律服务), each with its
 * source. A refusal names the rule and the source in the message people read and as `rule` for clients.
 */
export const CENTRE_EVENT_RULES = {
  'event-programme': {
    name: {
      zh: '亲清家园开展政情恳谈、政策宣讲、商桥微课堂、法律服务等活动',
      en: 'the service centre holds symposia, policy briefings, courses and legal service sessions',
    },
    source: {
      zh: '宁波“1+3+1”亲清家园（政情恳谈、政策宣讲）；昆山 四(4)（商桥微课堂、商桥法律服务之家）',
      en: 'Ningbo “1+3+1” service centres (dialogue, policy briefing); Kunshan 4(4) (courses, legal service)',
    },
  },
  capacity: {
    name: {
      zh: '报名人数不超过名额，额满进入候补名单，名额空出时按报名先后递补',
      en: 'registrations within capacity; a full event keeps a waiting list promoted first come, first served',
    },
    source: {
      zh: '平台规则（公开、平等获取信息：晋江 三(二)(七)）',
      en: 'platform rule (open and equal access: Jinjiang 3(2)(7))',
    },
  },
  audience: {
    name: {
      zh: '活动面向的行业、区域、规模由组织方设定，按企业名录核对',
      en: 'the organiser sets the audience by industry, area and size, checked against the enterprise directory',
    },
    source: {
      zh: '昆山 四(2)（按行业、规模、区域精准推送）',
      en: 'Kunshan 4(2) (precise targeting by industry, size and area)',
    },
  },
  'registration-window': {
    name: {
      zh: '报名与取消报名在活动开始前办理',
      en: 'registration and withdrawal close when the event starts',
    },
    source: { zh: '平台规则', en: 'platform rule' },
  },
  'check-in': {
    name: {
      zh: '凭签到码签到，一码一次，活动取消后不能签到',
      en: 'check-in by code, each code once; none after a cancellation',
    },
    source: { zh: '平台规则', en: 'platform rule' },
  },
  feedback: {
    name: {
      zh: '参加活动的企业可评价一次（五级评分，可附意见）',
      en: 'an attending enterprise rates the event once (five levels, optional comment)',
    },
    source: {
      zh: '宁波 亲清健康指数（服务满意度）；青岛（企业评价部门）',
      en: 'Ningbo health index (satisfaction); Qingdao (enterprises rate departments)',
    },
  },
  cancellation: {
    name: {
      zh: '活动取消须说明理由，并逐一告知已报名企业',
      en: 'a cancellation states its reason and notifies every registered enterprise',
    },
    source: {
      zh: '晋江 三(二)(七)（信息公开、平等）',
      en: 'Jinjiang 3(2)(7) (open and equal information)',
    },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type CentreEventRule = keyof typeof CENTRE_EVENT_RULES;

export const centreEventRuleError = ruleErrorOf<CentreEventRule>(CENTRE_EVENT_RULES);
