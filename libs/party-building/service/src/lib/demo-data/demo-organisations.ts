import { addMonths, type CalendarDate } from '@qinqing/calendar/domain';
import type { OrganisationInput, RecommendForHonour } from '@qinqing/party-building/domain';

/**
 * Demo party organisation records of enterprises of liaison's demo directory (credit codes and registered names
 * as in libs/liaison/service/src/lib/demo-data/demo-directory.ts; the demo test keeps them alike). Each is
 * recorded `daysAgo` days before the seeding day, on that day's clock, with founding and term dates counted
 * back from the seeding day, so that on any day the demo shows what its comment names: a branch in place, a
 * branch committee, a branch too small for its eight full members whose alert is overdue and escalated, four
 * members without a branch whose alert is open, a joint branch, an instructor only, no organisation, and a term
 * ending within six months (its reminder given). Counts and roles only; the secretaries' and instructors'
 * names are placeholders (张三, 李四, …) marked 演示.
 */
export interface DemoOrganisation {
  /** Calendar days before the seeding day the record was made. */
  readonly daysAgo: number;
  readonly organisation: (today: CalendarDate) => OrganisationInput;
}

const TIANYIGE = { creditCode: '91330203MA2K3D9E27', enterpriseName: '宁波天一阁老字号餐饮管理有限公司' };
const YONGCHENG = { creditCode: '91330212MA2M8C4R3Y', enterpriseName: '宁波鄞州甬城建设工程有限公司' };
const HUITONG = { creditCode: '91330212MA2T3H8Y9P', enterpriseName: '宁波鄞州汇通电子商务有限公司' };
const GANGLIAN = { creditCode: '91330212MA2F7W4N38', enterpriseName: '宁波东钱湖港联物流有限公司' };
const YUNFAN = { creditCode: '91330212MA2L6B2Q8Q', enterpriseName: '宁波南部新城云帆软件有限公司' };
const GULOU = { creditCode: '91330203MA2N4D7T0H', enterpriseName: '宁波海曙鼓楼便利连锁有限公司' };
const YUEHU = { creditCode: '91330203MA2GQ8R35N', enterpriseName: '宁波月湖纺织品进出口有限公司' };
const HUACHEN = { creditCode: '91330203MA2R8G1X9T', enterpriseName: '宁波海曙华辰商务咨询有限公司' };
const WANGCHUN = { creditCode: '91330203MA2P2E5UXB', enterpriseName: '宁波望春物业服务有限公司' };

const HAISHU_COMMITTEE = '中共宁波市海曙区非公有制经济组织委员会';
const YINZHOU_COMMITTEE = '中共宁波市鄞州区非公有制经济组织委员会';

const NOTHING = {
  foundedOn: null,
  superiorOrganisation: null,
  secretary: null,
  instructor: null,
  termStartedOn: null,
  union: false,
  youthLeague: false,
} as const;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // A branch in place: five full members, a secretary, a term with almost two years to run.
  {
    daysAgo: 20,
    organisation: (today) => ({
      ...TIANYIGE,
      fullMembers: 5,
      probationaryMembers: 1,
      type: 'branch',
      foundedOn: addMonths(today, -62),
      superiorOrganisation: HAISHU_COMMITTEE,
      secretary: '张三（演示）',
      instructor: null,
      termStartedOn: addMonths(today, -14),
      union: true,
      youthLeague: false,
    }),
  },
  // A branch committee (twelve full members).
  {
    daysAgo: 30,
    organisation: (today) => ({
      ...YONGCHENG,
      fullMembers: 12,
      probationaryMembers: 3,
      type: 'branch-committee',
      foundedOn: addMonths(today, -120),
      superiorOrganisation: YINZHOU_COMMITTEE,
      secretary: '李四（演示）',
      instructor: null,
      termStartedOn: addMonths(today, -8),
      union: true,
      youthLeague: true,
    }),
  },
  // A term ending in five months: the six-month reminder is given when the demo is seeded.
  {
    daysAgo: 40,
    organisation: (today) => ({
      ...HUITONG,
      fullMembers: 6,
      probationaryMembers: 2,
      type: 'branch',
      foundedOn: addMonths(today, -55),
      superiorOrganisation: YINZHOU_COMMITTEE,
      secretary: '王五（演示）',
      instructor: null,
      termStartedOn: addMonths(today, -31),
      union: true,
      youthLeague: false,
    }),
  },
  // Eight full members with a branch and no committee, recorded 90 days ago: the alert's 30 working days have
  // passed, so the scheduler escalates it.
  {
    daysAgo: 90,
    organisation: (today) => ({
      ...GANGLIAN,
      fullMembers: 8,
      probationaryMembers: 1,
      type: 'branch',
      foundedOn: addMonths(today, -50),
      superiorOrganisation: YINZHOU_COMMITTEE,
      secretary: '赵六（演示）',
      instructor: null,
      termStartedOn: addMonths(today, -14),
      union: true,
      youthLeague: false,
    }),
  },
  // Three full members and no branch, recorded five days ago: an open alert, not yet due.
  {
    daysAgo: 5,
    organisation: () => ({
      ...YUNFAN,
      ...NOTHING,
      fullMembers: 3,
      probationaryMembers: 1,
      type: 'none',
      union: true,
    }),
  },
  // Two members in a joint branch with neighbouring shops.
  {
    daysAgo: 60,
    organisation: () => ({
      ...GULOU,
      ...NOTHING,
      fullMembers: 1,
      probationaryMembers: 1,
      type: 'joint-branch',
      superiorOrganisation: '中共宁波市海曙区鼓楼街道商贸企业联合支部委员会',
    }),
  },
  // Two full members, no organisation: an instructor carries the party's work (恒口 五(十二)).
  {
    daysAgo: 45,
    organisation: () => ({
      ...YUEHU,
      ...NOTHING,
      fullMembers: 2,
      probationaryMembers: 0,
      type: 'none',
      instructor: '孙七（演示）',
      union: true,
    }),
  },
  // No members and nothing set up.
  {
    daysAgo: 10,
    organisation: () => ({ ...HUACHEN, ...NOTHING, fullMembers: 0, probationaryMembers: 0, type: 'none' }),
  },
];

/** One accepted honours recommendation, of an enterprise credit does not restrict; a fixed id keeps it once. */
export const DEMO_HONOURS_RECOMMENDATION: Omit<RecommendForHonour, 'type' | 'recommendedBy'> & {
  readonly daysAgo: number;
} = {
  recommendationId: '01960000-0000-7000-8000-00000000d001',
  ...WANGCHUN,
  honour: 'excellent-builder',
  nominee: '钱八（演示）',
  nomineePosition: '董事长',
  daysAgo: 14,
};

/**
 * An enterprise under a credit restriction on honours in the credit demo data (the serious bribery conviction
 * 甬鄞检刑〔演示〕105号, libs/credit/service/src/lib/demo-data/demo-records.ts): recommending it is refused.
 */
export const DEMO_RESTRICTED_ENTERPRISE = { ...YONGCHENG, documentNumber: '甬鄞检刑〔演示〕105号' } as const;
