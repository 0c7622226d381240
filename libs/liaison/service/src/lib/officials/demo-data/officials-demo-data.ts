import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { DEMO_JURISDICTION } from '../../liaison.env';

const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

/**
 * Identity's demo accounts (libs/identity/service demo data): two officials and the supervisor. Office channels
 * are invented (0574 is Ningbo's area code; the numbers are no real office's).
 */
export const DEMO_OFFICIALS = [
  {
    accountId: '01960000-0000-7000-8000-000000000102',
    name: '孙立新',
    unitId: 'dept-development-reform',
    superiorAccountId: '01960000-0000-7000-8000-000000000004',
    jurisdiction: DEMO_JURISDICTION,
    officeChannel: '0574-87180000（区发改局 305 室）',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000101',
    name: '周建国',
    unitId: 'dept-market-regulation',
    superiorAccountId: '01960000-0000-7000-8000-000000000102',
    jurisdiction: DEMO_JURISDICTION,
    officeChannel: '0574-87186120（区市场监管局 2 楼 212 室）',
  },
] as const;

const ZHOU = DEMO_OFFICIALS[1].accountId;
const SUN = DEMO_OFFICIALS[0].accountId;

/** The same invented enterprises as appeals' demo requests (valid codes of Haishu and Yinzhou). */
export const DEMO_PAIRINGS = [
  {
    pairingId: 'demo-pairing-1',
    officialId: ZHOU,
    enterprise: { creditCode: creditCode('330203', 'MA2H5K7P'), name: '宁波海曙甬创智能制造有限公司' },
    category: 'key-backbone',
    /** Days before today (the start is in the previous year at the latest, so the year's quota is whole). */
    startedDaysAgo: 400,
    endedDaysAgo: null,
  },
  {
    pairingId: 'demo-pairing-2',
    officialId: ZHOU,
    enterprise: { creditCode: creditCode('330212', 'MA2J1C6T'), name: '宁波鄞州康源生物科技有限公司' },
    category: 'four-new',
    startedDaysAgo: 380,
    endedDaysAgo: null,
  },
  {
    pairingId: 'demo-pairing-3',
    officialId: SUN,
    enterprise: { creditCode: creditCode('330212', 'MA2L6B2Q'), name: '宁波南部新城云帆软件有限公司' },
    category: 'high-growth',
    startedDaysAgo: 420,
    endedDaysAgo: null,
  },
  {
    pairingId: 'demo-pairing-4',
    officialId: SUN,
    enterprise: { creditCode: creditCode('330212', 'MA2F7W4N'), name: '宁波东钱湖港联物流有限公司' },
    category: 'temporarily-struggling',
    startedDaysAgo: 700,
    endedDaysAgo: 30,
  },
] as const;

const proper = {
  meal: 'canteen-staff-standard',
  alcohol: false,
  transport: 'public',
  costsBorneBy: 'official-unit',
} as const;

export const DEMO_VISITS = [
  {
    visitId: 'demo-visit-1',
    pairingId: 'demo-pairing-1',
    daysAgo: 60,
    form: 'on-site',
    participants: ['周建国', '市场监管局企业科 刘洋'],
    learned: '新生产线已投产，订单较上年增长三成；数控技工紧缺。',
    problems: [
      {
        problemId: '01960000-0000-7000-8000-00000000a001',
        title: '数控技工招聘难',
        description: '新生产线缺数控技工约30人，希望对接职业院校定向培养。',
      },
    ],
    conduct: proper,
  },
  {
    visitId: 'demo-visit-2',
    pairingId: 'demo-pairing-1',
    daysAgo: 12,
    form: 'phone',
    participants: ['周建国'],
    learned: '电话回访招工对接进展，企业反映增容申请已受理。',
    problems: [
      {
        problemId: '01960000-0000-7000-8000-00000000a002',
        title: '厂区用电增容',
        description: '新生产线需增容500千伏安，希望协调供电公司加快办理。',
      },
    ],
    conduct: { ...proper, meal: 'none' },
  },
  {
    visitId: 'demo-visit-3',
    pairingId: 'demo-pairing-2',
    daysAgo: 25,
    form: 'on-site',
    participants: ['周建国', '企业总经理 陈曦'],
    learned: '新药临床试验进展顺利，融资需求较大。',
    problems: [],
    conduct: {
      meal: 'other',
      alcohol: false,
      transport: 'own',
      costsBorneBy: 'official-unit',
      note: '调研超时，企业在外安排了午餐，已按标准自付餐费。',
    },
  },
] as const;
