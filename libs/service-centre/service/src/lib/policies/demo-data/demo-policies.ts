import type { PolicyDetails } from '@qinqing/service-centre/domain';

/**
 * Invented policies in the style of Ningbo's support measures (titles, issuers and numbers are made up for the
 * demonstration), written so the demo directory's enterprises match: 甬创智能制造 (C3491, 海曙区) the first,
 * 云帆软件 (I6513, high-growth, 鄞州区) the second, 月湖纺织 and 天一阁餐饮 (in difficulty) the third; the
 * fourth reaches the key backbone enterprises, and leaves out 甬城建设, whose bribery record (credit's demo data)
 * restricts it from policy benefits.
 * Fixed ids, so a restart adds nothing. `validYears` sets the expiry from the seeding day.
 */
export const DEMO_POLICIES: readonly { readonly policyId: string; readonly details: PolicyDetails }[] = [
  {
    policyId: '01930000-0000-7000-8000-00000000a001',
    details: {
      title: '宁波市支持制造业中小企业数字化改造的若干措施（演示）',
      issuingBody: '宁波市经济和信息化局',
      documentNumber: '甬经信〔2026〕18号',
      effectiveOn: '2026-01-01',
      expiresOn: '2028-12-31',
      summary:
        '对宁波市内完成数字化改造的制造业中型、小型企业，按设备和软件投资额给予补助，并提供免费诊断服务。',
      fullText:
        '一、支持对象：注册在宁波市、统计上属于制造业的中型、小型企业。\n二、支持内容：对数字化改造项目按设备和软件投资额的10%给予补助，单个企业最高200万元；免费提供一次数字化诊断。\n三、限制情形：被依法列为失信联合惩戒对象的企业不享受本措施。\n四、本措施自2026年1月1日起施行，有效期至2028年12月31日。',
      benefits: ['设备和软件投资额10%补助，最高200万元', '免费数字化诊断一次'],
      criteria: { industries: ['C'], sizes: ['medium', 'small'], areas: ['330200'], tags: [] },
    },
  },
  {
    policyId: '01930000-0000-7000-8000-00000000a002',
    details: {
      title: '鄞州区高成长软件和信息技术服务企业培育计划（演示）',
      issuingBody: '宁波市鄞州区科学技术局',
      documentNumber: '鄞科〔2026〕7号',
      effectiveOn: '2026-03-01',
      expiresOn: '2027-02-28',
      summary: '对鄞州区内的高成长软件和信息技术服务企业给予研发费用补助和人才公寓优先安排。',
      fullText:
        '一、培育对象：注册在鄞州区、行业为软件和信息技术服务业（I65）、列入高成长企业名单的企业。\n二、扶持内容：按上年度研发费用增量的20%给予补助，最高100万元；优先安排人才公寓。\n三、失信联合惩戒对象不予扶持。',
      benefits: ['研发费用增量20%补助，最高100万元', '人才公寓优先安排'],
      criteria: { industries: ['I65'], sizes: [], areas: ['330212'], tags: ['high-growth'] },
    },
  },
  {
    policyId: '01930000-0000-7000-8000-00000000a003',
    details: {
      title: '宁波市暂时困难企业纾困帮扶十条（演示）',
      issuingBody: '宁波市人民政府办公厅',
      documentNumber: '甬政办发〔2026〕31号',
      effectiveOn: '2026-06-01',
      expiresOn: null,
      summary: '对暂时遇到困难、有发展前景的企业，给予社保费缓缴、贷款贴息和“一企一策”上门服务。',
      fullText:
        '一、帮扶对象：宁波市内列入暂时困难企业名单、经帮扶能持续经营的企业。\n二、帮扶措施：阶段性缓缴社会保险费；新增流动资金贷款按贷款市场报价利率的50%贴息；亲清家园服务专员“一企一策”上门服务。\n三、被列为失信联合惩戒对象的企业不享受本措施。',
      benefits: ['社会保险费阶段性缓缴', '新增流动资金贷款50%贴息', '“一企一策”上门服务'],
      criteria: { industries: [], sizes: [], areas: ['330200'], tags: ['in-difficulty'] },
    },
  },
  {
    policyId: '01930000-0000-7000-8000-00000000a004',
    details: {
      title: '宁波市重点骨干企业稳岗扩产奖励办法（演示）',
      issuingBody: '宁波市人力资源和社会保障局',
      documentNumber: '甬人社发〔2026〕22号',
      effectiveOn: '2026-07-01',
      expiresOn: '2027-06-30',
      summary: '对宁波市重点骨干企业当年新增就业岗位和稳定用工给予奖励，并开通用工服务绿色通道。',
      fullText:
        '一、奖励对象：宁波市内列入重点骨干企业名单的企业。\n二、奖励标准：当年净增参保职工每人奖励1000元，单个企业最高50万元；开通用工服务绿色通道。\n三、被列为失信联合惩戒对象的企业不享受本办法。',
      benefits: ['净增参保职工每人1000元，最高50万元', '用工服务绿色通道'],
      criteria: { industries: [], sizes: [], areas: ['330200'], tags: ['key-backbone'] },
    },
  },
];
