import { type LocalizedMessage, ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of party building in private enterprises (非公企业党建), each with its source (docs/party-building.md
 * traces them). A refusal names the rule, the setting that decided it when configurable, and the source — in
 * the message people read and as `rule` for clients.
 */
export const PARTY_BUILDING_RULES = {
  'branch-threshold': {
    name: { zh: '正式党员3人以上应当成立党支部', en: 'three or more full members set up a branch' },
    source: {
      zh: '《中国共产党支部工作条例（试行）》第四条；恒口 五(十二)',
      en: 'CPC Branch Work Regulations (Trial) art. 4; Hengkou 5(12)',
    },
  },
  'joint-branch': {
    name: {
      zh: '正式党员不足3人的单位可与邻近单位联合成立党支部（一般不超过5个单位）',
      en: 'units with fewer than three full members may form a joint branch (usually at most five units)',
    },
    source: {
      zh: '《中国共产党支部工作条例（试行）》第二章（第五条）',
      en: 'CPC Branch Work Regulations (Trial) ch. 2 (art. 5)',
    },
  },
  'branch-committee': {
    name: {
      zh: '正式党员7人以上的党支部设立支部委员会',
      en: 'a branch of seven or more full members has a committee',
    },
    source: {
      zh: '《中国共产党支部工作条例（试行）》第六章（支部委员会和党支部书记）',
      en: 'CPC Branch Work Regulations (Trial) ch. 6 (branch committees and secretaries)',
    },
  },
  'general-branch': {
    name: {
      zh: '党员50人以上的，经上级党组织批准可以成立党总支',
      en: 'more than fifty members may, with approval, form a general branch',
    },
    source: {
      zh: '《中国共产党支部工作条例（试行）》第四条（党支部党员人数一般不超过50人）；参照《中国共产党国有企业基层组织工作条例（试行）》第七条',
      en: 'CPC Branch Work Regulations (Trial) art. 4 (a branch usually has at most 50 members); by analogy, Regulations on Primary Organisations in State-Owned Enterprises art. 7',
    },
  },
  'primary-committee': {
    name: {
      zh: '党员100人以上的，经上级党组织批准可以设立党的基层委员会',
      en: 'a hundred or more members may, with approval, form a primary committee',
    },
    source: {
      zh: '《中国共产党章程》第三十条；参照《中国共产党国有企业基层组织工作条例（试行）》第七条',
      en: 'CPC Constitution art. 30; by analogy, Regulations on Primary Organisations in State-Owned Enterprises art. 7',
    },
  },
  'organisation-alert': {
    name: {
      zh: '达到建立党组织条件的，限期同步建立，逾期提级督办',
      en: 'where the counts call for an organisation it is set up within a deadline, escalated when missed',
    },
    source: {
      zh: '恒口 五(十二)（“应同步建立党组织”）；期限为本平台设置（默认30个工作日）',
      en: 'Hengkou 5(12) (“set up at the same time”); the deadline is a platform setting (default 30 working days)',
    },
  },
  'term-reminder': {
    name: { zh: '任期届满按期换届', en: 'elections when a term ends' },
    source: {
      zh: '《中国共产党支部工作条例（试行）》第六章；《中国共产党基层组织选举工作条例》',
      en: 'CPC Branch Work Regulations (Trial) ch. 6; Regulations on Elections in Primary Organisations',
    },
  },
  'term-length': {
    name: {
      zh: '党的基层委员会、总支部委员会、支部委员会每届任期三年至五年',
      en: 'primary committees, general branches and branches serve terms of three to five years',
    },
    source: {
      zh: '《中国共产党章程》第三十一条；默认任期：《关于党的基层组织任期的意见》（2018）一、《中国共产党支部工作条例（试行）》第六章（3年）；本平台可按地区设置',
      en: 'CPC Constitution art. 31; defaults: Opinions on the Terms of Primary Party Organisations (2018) §1, Branch Work Regulations ch. 6 (3 years); a deployment setting',
    },
  },
  'chamber-party-building': {
    name: {
      zh: '加强商会党建工作，指导异地、行业商会党组织开展学习培训',
      en: 'party building in chambers of commerce: their party organisations, study and training',
    },
    source: {
      zh: '昆山 四(5)（加强商会党建工作）',
      en: 'Kunshan 4(5) (party building in chambers of commerce)',
    },
  },
  'four-links-four-helps': {
    name: {
      zh: '机关党组织挂钩帮扶行业协会和非公企业（组织联建、队伍联育、活动联抓、发展联谋；四帮）',
      en: 'government party branches paired with associations and private enterprises (“四联四帮”)',
    },
    source: { zh: '晋江 三(一)（“四联四帮”）', en: 'Jinjiang 3(1) (“four links, four helps”)' },
  },
  activities: {
    name: {
      zh: '党组织开展学习培训等活动，按组织登记（只记参加人数）',
      en: 'party organisations’ activities (study, training, …) recorded per organisation, participants as a count',
    },
    source: {
      zh: '昆山 四(5)（组织各商协会党支部开展学习培训、党性锤炼）；晋江 三(一)（活动联抓）',
      en: 'Kunshan 4(5) (study and training); Jinjiang 3(1) (activities run together)',
    },
  },
  'honours-restriction': {
    name: {
      zh: '失信受限期间不得推荐评选劳动模范、先进人物等荣誉',
      en: 'no honours recommendations while a credit restriction on honours is in force',
    },
    source: {
      zh: '恒口 五(十一)、五(十三)；青岛 五(十三)、五(十五)；昆山 六(5)（一处失信、处处受限）',
      en: 'Hengkou 5(11), 5(13); Qingdao 5(13), 5(15); Kunshan 6(5)',
    },
  },
  'member-counts': {
    name: {
      zh: '党组织信息只记人数与职务，不记党员身份',
      en: 'counts and roles only, never members’ identities',
    },
    source: {
      zh: '《中华人民共和国个人信息保护法》第二十八条（政治面貌属敏感个人信息）',
      en: 'Personal Information Protection Law art. 28 (political affiliation is sensitive personal information)',
    },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type PartyBuildingRule = keyof typeof PARTY_BUILDING_RULES;

/** A refusal that names its rule, the setting that decided it (if any) and the source, in both languages. */
export const partyBuildingRuleError = ruleErrorOf<PartyBuildingRule>(PARTY_BUILDING_RULES);
