import type { RecordFactsInput } from '@qinqing/credit/domain';

/**
 * Demo entries of the integrity files (诚信档案) of liaison's demo directory (the enterprises' credit codes and
 * registered names as in libs/liaison/service/src/lib/demo-data/demo-directory.ts; a test keeps them alike).
 * Decision dates are months before the day the demo is seeded, so each record is, on that day, in the state
 * its comment names whatever the date: minor (never published), general and serious while the minimum runs,
 * after it (repair may be applied for), and one whose maximum has passed (the scheduler ends its publication).
 * Every fact is invented; the authorities and legal bases are real bodies and articles of the kind each
 * record would cite.
 */
export interface DemoRecord {
  readonly documentNumber: string;
  /** Months before the seeding day (the decision day keeps its number, or the month's last day). */
  readonly monthsAgo: number;
  readonly facts: Omit<RecordFactsInput, 'decidedOn'>;
}

const WANGCHUN = { creditCode: '91330203MA2P2E5UXB', enterpriseName: '宁波望春物业服务有限公司' };
const YUEHU = { creditCode: '91330203MA2GQ8R35N', enterpriseName: '宁波月湖纺织品进出口有限公司' };
const KANGYUAN = { creditCode: '91330212MA2J1C6T17', enterpriseName: '宁波鄞州康源生物科技有限公司' };
const GANGLIAN = { creditCode: '91330212MA2F7W4N38', enterpriseName: '宁波东钱湖港联物流有限公司' };
const TIANYIGE = { creditCode: '91330203MA2K3D9E27', enterpriseName: '宁波天一阁老字号餐饮管理有限公司' };
const YUNFAN = { creditCode: '91330212MA2L6B2Q8Q', enterpriseName: '宁波南部新城云帆软件有限公司' };
const YONGCHENG = { creditCode: '91330212MA2M8C4R3Y', enterpriseName: '宁波鄞州甬城建设工程有限公司' };
const GULOU = { creditCode: '91330203MA2N4D7T0H', enterpriseName: '宁波海曙鼓楼便利连锁有限公司' };

const HAISHU_SAMR = '宁波市海曙区市场监督管理局';
const YINZHOU_SAMR = '宁波市鄞州区市场监督管理局';

export const DEMO_RECORDS: readonly DemoRecord[] = [
  // general, minimum running (published)
  {
    documentNumber: '甬海市监罚〔演示〕101号',
    monthsAgo: 1,
    facts: {
      ...GULOU,
      kind: 'administrative-penalty',
      severity: 'general',
      issuingAuthority: HAISHU_SAMR,
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      evidenceReference: '演示案卷 D-0101',
      penaltyCategory: '罚款；没收违法所得',
      penaltyContent: '没收违法所得人民币三千二百元，并处罚款人民币五万元',
    },
  },
  // general, minimum passed (repairable)
  {
    documentNumber: '甬鄞市监罚〔演示〕102号',
    monthsAgo: 5,
    facts: {
      ...KANGYUAN,
      kind: 'administrative-penalty',
      severity: 'general',
      issuingAuthority: YINZHOU_SAMR,
      legalBasis: '《中华人民共和国广告法》第五十五条',
      evidenceReference: '演示案卷 D-0102',
      penaltyCategory: '罚款',
      penaltyContent: '责令停止发布违法广告，并处广告费用三倍罚款计人民币六万元',
    },
  },
  // general, maximum passed (publication ended by the scheduler)
  {
    documentNumber: '甬海市监罚〔演示〕103号',
    monthsAgo: 14,
    facts: {
      ...TIANYIGE,
      kind: 'administrative-penalty',
      severity: 'general',
      issuingAuthority: HAISHU_SAMR,
      legalBasis: '《中华人民共和国食品安全法》第一百二十六条',
      evidenceReference: '演示案卷 D-0103',
      penaltyCategory: '警告；罚款',
      penaltyContent: '警告，并处罚款人民币五千元',
    },
  },
  // minor (not published)
  {
    documentNumber: '甬海市监罚〔演示〕104号',
    monthsAgo: 2,
    facts: {
      ...YUEHU,
      kind: 'administrative-penalty',
      severity: 'minor',
      issuingAuthority: HAISHU_SAMR,
      legalBasis: '《中华人民共和国产品质量法》第五十四条',
      evidenceReference: '演示案卷 D-0104',
      penaltyCategory: '警告',
      penaltyContent: '责令改正，予以警告',
    },
  },
  // serious bribery, minimum running (published)
  {
    documentNumber: '甬鄞检刑〔演示〕105号',
    monthsAgo: 4,
    facts: {
      ...YONGCHENG,
      kind: 'bribery',
      severity: 'serious',
      issuingAuthority: '宁波市鄞州区人民法院',
      legalBasis: '《中华人民共和国刑法》第三百九十三条（单位行贿罪）',
      evidenceReference: '演示案卷 D-0105',
    },
  },
  // serious wage arrears, minimum passed (repairable)
  {
    documentNumber: '甬鄞人社监〔演示〕106号',
    monthsAgo: 15,
    facts: {
      ...GANGLIAN,
      kind: 'wage-arrears',
      severity: 'serious',
      issuingAuthority: '宁波市鄞州区人力资源和社会保障局',
      legalBasis: '《保障农民工工资支付条例》第四十八条',
      evidenceReference: '演示案卷 D-0106',
    },
  },
  // general tax, minimum running
  {
    documentNumber: '甬海税罚〔演示〕107号',
    monthsAgo: 2,
    facts: {
      ...YUNFAN,
      kind: 'tax-evasion',
      severity: 'general',
      issuingAuthority: '国家税务总局宁波市海曙区税务局',
      legalBasis: '《中华人民共和国税收征收管理法》第六十三条',
      evidenceReference: '演示案卷 D-0107',
    },
  },
  // positive: honour and praise
  {
    documentNumber: '甬政发〔演示〕108号',
    monthsAgo: 3,
    facts: {
      ...WANGCHUN,
      kind: 'honour',
      severity: null,
      issuingAuthority: '宁波市人民政府',
      legalBasis: '《宁波市守信激励和失信惩戒实施办法》',
      evidenceReference: '演示文件 D-0108（守合同重信用企业）',
    },
  },
  {
    documentNumber: '甬海发改〔演示〕109号',
    monthsAgo: 6,
    facts: {
      ...YUEHU,
      kind: 'praise',
      severity: null,
      issuingAuthority: '宁波市海曙区发展和改革局',
      legalBasis: '《宁波市守信激励和失信惩戒实施办法》',
      evidenceReference: '演示通报 D-0109（纳税信用A级企业通报表扬）',
    },
  },
];
