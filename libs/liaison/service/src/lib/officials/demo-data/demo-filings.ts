import { type CalendarDate, type CalendarInForce, parseCalendarDate } from '@qinqing/calendar/domain';
import {
  chinaDateOf,
  type FilingContext,
  filingSettingsDecider,
  filingSettingsStreamId,
  filingStreamId,
  interactionFilingDecider,
} from '@qinqing/liaison/domain';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { streamState } from '../../integrity/stream-state';
import { DEMO_OFFICIALS, DEMO_PAIRINGS } from './officials-demo-data';

const SUN = DEMO_OFFICIALS[0];
const ZHOU = DEMO_OFFICIALS[1];
const YONGCHUANG = DEMO_PAIRINGS[0].enterprise;

/** What became of a demo filing, and when (days before today) each step was taken. */
type Course =
  | { readonly to: 'requested' }
  | { readonly to: 'refused'; readonly decidedDaysAgo: number; readonly reason: string }
  | { readonly to: 'approved'; readonly decidedDaysAgo: number }
  | { readonly to: 'reported'; readonly decidedDaysAgo: number; readonly reportedDaysAgo: number }
  | { readonly to: 'overdue'; readonly decidedDaysAgo: number };

interface DemoFiling {
  readonly filingId: string;
  readonly filedDaysAgo: number;
  /** Negative: the activity is still to come. */
  readonly eventDaysAgo: number;
  readonly activityKind: 'forum' | 'annual-meeting' | 'symposium' | 'training' | 'trade-fair';
  readonly title: string;
  readonly purpose: string;
  readonly course: Course;
}

/** 周建国's filings, approved by his superior 孙立新: one in each state a filing can be in. */
export const DEMO_FILINGS: readonly DemoFiling[] = [
  {
    filingId: '01960000-0000-7000-8000-00000000f001',
    filedDaysAgo: 1,
    eventDaysAgo: -9,
    activityKind: 'annual-meeting',
    title: '海曙区智能制造商会2026年度会员大会',
    purpose: '应商会邀请出席年会，听取会员企业对营商环境的意见建议。',
    course: { to: 'requested' },
  },
  {
    filingId: '01960000-0000-7000-8000-00000000f002',
    filedDaysAgo: 6,
    eventDaysAgo: -3,
    activityKind: 'forum',
    title: '宁波数字经济高峰论坛',
    purpose: '受邀作为嘉宾出席论坛，介绍市场监管领域惠企政策。',
    course: { to: 'approved', decidedDaysAgo: 5 },
  },
  {
    filingId: '01960000-0000-7000-8000-00000000f003',
    filedDaysAgo: 12,
    eventDaysAgo: -2,
    activityKind: 'trade-fair',
    title: '甬创智能新品发布暨订货会',
    purpose: '企业邀请出席新品发布会。',
    course: {
      to: 'refused',
      decidedDaysAgo: 11,
      reason: '单个企业的商业推广活动，不属于可参加的活动范围，请改为调研走访。',
    },
  },
  {
    filingId: '01960000-0000-7000-8000-00000000f004',
    filedDaysAgo: 40,
    eventDaysAgo: 30,
    activityKind: 'symposium',
    title: '海曙区民营企业家座谈会',
    purpose: '参加座谈，听取企业诉求。',
    course: { to: 'reported', decidedDaysAgo: 38, reportedDaysAgo: 28 },
  },
  {
    filingId: '01960000-0000-7000-8000-00000000f005',
    filedDaysAgo: 50,
    eventDaysAgo: 35,
    activityKind: 'training',
    title: '企业合规经营培训会',
    purpose: '应邀为企业讲授合规经营要点。',
    course: { to: 'overdue', decidedDaysAgo: 48 },
  },
];

/**
 * Seeds the demo filings, each step decided by the filing's own rules as of the day it is dated (the decider's
 * `today`), so the data is what the rules would have let happen: report deadlines in working days from the
 * calendar in force, the overdue alert only once the deadline has passed.
 */
export const seedDemoFilings = async (deps: {
  readonly commands: CommandHandler;
  readonly store: EventStore;
  readonly calendar: CalendarInForce;
  readonly now: Date;
}): Promise<void> => {
  const settings = (
    await streamState(deps.store, filingSettingsDecider, filingSettingsStreamId(ZHOU.jurisdiction))
  ).settings;
  const calendar = await deps.calendar.current();
  const day = (n: number): CalendarDate =>
    parseCalendarDate(chinaDateOf(new Date(deps.now.getTime() - n * 86_400_000)));
  const asOf = (daysAgo: number): Omit<FilingContext, 'now'> => ({ calendar, settings, today: day(daysAgo) });
  const by = (id: string): CommandMetadata => ({
    correlationId: 'liaison-filings-demo-data',
    actor: { id, role: 'leading-official' },
  });
  for (const filing of DEMO_FILINGS) {
    const stream = filingStreamId(filing.filingId);
    await deps.commands.handle(
      interactionFilingDecider,
      stream,
      {
        type: 'FileInteraction',
        filingId: filing.filingId,
        officialId: ZHOU.accountId,
        superiorId: SUN.accountId,
        jurisdiction: ZHOU.jurisdiction,
        activityKind: filing.activityKind,
        organiser: { kind: 'enterprise', creditCode: YONGCHUANG.creditCode, name: YONGCHUANG.name },
        enterpriseCreditCodes: [YONGCHUANG.creditCode],
        title: filing.title,
        purpose: filing.purpose,
        eventDate: day(filing.eventDaysAgo),
      },
      by(ZHOU.accountId),
      asOf(filing.filedDaysAgo),
    );
    const { course } = filing;
    if (course.to === 'requested') continue;
    if (course.to === 'refused') {
      await deps.commands.handle(
        interactionFilingDecider,
        stream,
        { type: 'RefuseFiling', refusedBy: SUN.accountId, reason: course.reason },
        by(SUN.accountId),
        asOf(course.decidedDaysAgo),
      );
      continue;
    }
    await deps.commands.handle(
      interactionFilingDecider,
      stream,
      { type: 'ApproveFiling', approvedBy: SUN.accountId, conflicts: [] },
      by(SUN.accountId),
      asOf(course.decidedDaysAgo),
    );
    if (course.to === 'reported') {
      await deps.commands.handle(
        interactionFilingDecider,
        stream,
        {
          type: 'ReportInteraction',
          reportedBy: ZHOU.accountId,
          summary:
            '座谈会上12家企业发言，反映用工、融资、物流成本等问题，已整理转相关部门。全程未接受宴请和礼品。',
          conductKept: true,
        },
        by(ZHOU.accountId),
        asOf(course.reportedDaysAgo),
      );
    }
    if (course.to === 'overdue') {
      await deps.commands.handle(
        interactionFilingDecider,
        stream,
        { type: 'FlagReportOverdue' },
        {
          correlationId: 'liaison-filings-demo-data',
          actor: { id: 'liaison-overdue-sweep', role: 'system' },
        },
        asOf(0),
      );
    }
  }
};
