import type { RecordFactsInput } from '@qinqing/credit/domain';

/**
 * Demo objections (异议) and repair applications (信用修复) in every state, each on a record of its own in the
 * files of three demo-directory enterprises that demo-records.ts leaves alone (so its records keep their
 * states). Decision dates are months before the seeding day; the cases are filed and decided on it. Every fact
 * is invented; the responsible persons' names are made up.
 */
export type DemoCase =
  | {
      readonly kind: 'objection';
      readonly by: 'kiosk' | 'officer';
      readonly grounds: string;
      readonly then: DemoObjectionEnd;
    }
  | { readonly kind: 'repair'; readonly signatory: string; readonly then: DemoRepairEnd };

export type DemoObjectionEnd =
  | { readonly outcome: 'open' }
  | { readonly outcome: 'retracted' }
  | { readonly outcome: 'upheld' | 'withdrawn'; readonly reasons: string }
  | { readonly outcome: 'corrected'; readonly reasons: string; readonly changes: Partial<RecordFactsInput> };

export type DemoRepairEnd =
  { readonly outcome: 'pending' } | { readonly outcome: 'granted' | 'refused'; readonly reasons: string };

export interface DemoCaseRecord {
  readonly documentNumber: string;
  readonly monthsAgo: number;
  readonly facts: Omit<RecordFactsInput, 'decidedOn'>;
  readonly cases: readonly DemoCase[];
}

const SIMINGSHAN = { creditCode: '91330212MA2Q6F3W9W', enterpriseName: '宁波鄞州四明山生态农业有限公司' };
const HUACHEN = { creditCode: '91330203MA2R8G1X9T', enterpriseName: '宁波海曙华辰商务咨询有限公司' };
const HUITONG = { creditCode: '91330212MA2T3H8Y9P', enterpriseName: '宁波鄞州汇通电子商务有限公司' };

const penalty = (authority: string, legalBasis: string, evidence: string, content: string) => ({
  kind: 'administrative-penalty',
  issuingAuthority: authority,
  legalBasis,
  evidenceReference: evidence,
  penaltyCategory: '罚款',
  penaltyContent: content,
});

const YINZHOU_SAMR = '宁波市鄞州区市场监督管理局';
const HAISHU_SAMR = '宁波市海曙区市场监督管理局';
const COMMITMENT_SIGNATORIES = { huitong: '陈立新', huachen: '王晓明' } as const;

export const DEMO_CASE_RECORDS: readonly DemoCaseRecord[] = [
  {
    documentNumber: '甬鄞市监罚〔演示〕201号',
    monthsAgo: 5,
    facts: {
      ...HUITONG,
      severity: 'general',
      ...penalty(
        YINZHOU_SAMR,
        '《中华人民共和国电子商务法》第七十六条',
        '演示案卷 D-0201',
        '罚款人民币二万元',
      ),
    },
    cases: [{ kind: 'repair', signatory: COMMITMENT_SIGNATORIES.huitong, then: { outcome: 'pending' } }],
  },
  {
    documentNumber: '甬鄞市监罚〔演示〕202号',
    monthsAgo: 1,
    facts: {
      ...HUITONG,
      severity: 'minor',
      ...penalty(
        YINZHOU_SAMR,
        '《中华人民共和国电子商务法》第七十七条',
        '演示案卷 D-0202',
        '罚款人民币二千元（简易程序）',
      ),
    },
    cases: [
      {
        kind: 'repair',
        signatory: COMMITMENT_SIGNATORIES.huitong,
        then: { outcome: 'granted', reasons: '罚款已缴清，违法行为已改正，承诺书已签署，准予修复' },
      },
    ],
  },
  {
    documentNumber: '甬海市监罚〔演示〕203号',
    monthsAgo: 8,
    facts: {
      ...HUACHEN,
      severity: 'general',
      ...penalty(
        HAISHU_SAMR,
        '《中华人民共和国反不正当竞争法》第二十条',
        '演示案卷 D-0203',
        '罚款人民币五万元',
      ),
    },
    cases: [
      {
        kind: 'repair',
        signatory: COMMITMENT_SIGNATORIES.huachen,
        then: { outcome: 'refused', reasons: '未提交罚款缴纳凭证，补齐后可重新申请' },
      },
    ],
  },
  {
    documentNumber: '甬海市监罚〔演示〕204号',
    monthsAgo: 1,
    facts: {
      ...HUACHEN,
      severity: 'general',
      ...penalty(HAISHU_SAMR, '《中华人民共和国广告法》第五十八条', '演示案卷 D-0204', '罚款人民币三万元'),
    },
    cases: [
      { kind: 'objection', by: 'kiosk', grounds: '处罚金额登记有误', then: { outcome: 'retracted' } },
      {
        kind: 'objection',
        by: 'kiosk',
        grounds: '该处罚决定已于行政复议中被变更，公示内容与复议决定不一致',
        then: { outcome: 'open' },
      },
    ],
  },
  {
    documentNumber: '甬鄞农罚〔演示〕205号',
    monthsAgo: 2,
    facts: {
      ...SIMINGSHAN,
      severity: 'general',
      ...penalty(
        '宁波市鄞州区农业农村局',
        '《中华人民共和国农产品质量安全法》第七十一条',
        '演示案卷 D-0205',
        '罚款人民币一万元',
      ),
    },
    cases: [
      {
        kind: 'objection',
        by: 'kiosk',
        grounds: '认为检测样品非本企业产品',
        then: { outcome: 'upheld', reasons: '经核查，抽样记录与企业签字确认一致，维持原记录' },
      },
    ],
  },
  {
    documentNumber: '甬鄞农罚〔演示〕206号',
    monthsAgo: 2,
    facts: {
      ...SIMINGSHAN,
      severity: 'general',
      ...penalty(
        '宁波市鄞州区农业农村局',
        '《中华人民共和国种子法》第七十五条',
        '演示案卷 D-0206',
        '罚款人民币八万元',
      ),
    },
    cases: [
      {
        kind: 'objection',
        by: 'officer',
        grounds: '处罚内容与决定书不符：决定书罚款为人民币八千元',
        then: {
          outcome: 'corrected',
          reasons: '经核对决定书原件，罚款金额登记错误，予以更正',
          changes: { penaltyContent: '罚款人民币八千元' },
        },
      },
    ],
  },
  {
    documentNumber: '甬鄞市监罚〔演示〕207号',
    monthsAgo: 3,
    facts: {
      ...SIMINGSHAN,
      severity: 'general',
      ...penalty(
        YINZHOU_SAMR,
        '《中华人民共和国食品安全法》第一百二十六条',
        '演示案卷 D-0207',
        '罚款人民币五千元',
      ),
    },
    cases: [
      {
        kind: 'objection',
        by: 'kiosk',
        grounds: '该处罚决定已被人民法院判决撤销',
        then: { outcome: 'withdrawn', reasons: '经核查，原处罚决定已被判决撤销，撤销该记录' },
      },
    ],
  },
];
