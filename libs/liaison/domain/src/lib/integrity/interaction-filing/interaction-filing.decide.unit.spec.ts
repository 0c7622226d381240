import { createOfficialWorkingDayCalendar, parseCalendarDate } from '@qinqing/calendar/domain';
import { foldEvents } from '@qinqing/shared/domain-kernel';
import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../conflicts/conflicts-between';
import { ACTIVITY_KIND_KEYS } from './activity-kinds';
import { DEFAULT_FILING_SETTINGS } from './filing-settings';
import {
  type FileInteraction,
  type FilingContext,
  interactionFilingDecider,
} from './interaction-filing.decide';
import type { FilingApproved, InteractionFiled } from './interaction-filing.events';

const calendar = createOfficialWorkingDayCalendar();
const now = new Date('2026-09-20T02:00:00.000Z');
const context: FilingContext = {
  now,
  calendar,
  settings: DEFAULT_FILING_SETTINGS,
  today: parseCalendarDate('2026-09-20'),
};
const given = deciderSpecification(interactionFilingDecider, context);
const ENTERPRISE = '91350100M000100Y43';

const file: FileInteraction = {
  type: 'FileInteraction',
  filingId: 'f-1',
  officialId: 'official-1',
  superiorId: 'superior-1',
  jurisdiction: '370200',
  activityKind: 'annual-meeting',
  organiser: { kind: 'enterprise', creditCode: ENTERPRISE, name: '海曙精密机械有限公司' },
  enterpriseCreditCodes: [ENTERPRISE],
  title: ' 2026 年会 ',
  purpose: '了解行业发展状况、听取意见建议',
  eventDate: parseCalendarDate('2026-09-30'),
};
const filed: InteractionFiled = {
  type: 'InteractionFiled',
  data: {
    filingId: 'f-1',
    officialId: 'official-1',
    superiorId: 'superior-1',
    jurisdiction: '370200',
    activityKind: 'annual-meeting',
    organiser: file.organiser,
    enterpriseCreditCodes: [ENTERPRISE],
    title: '2026 年会',
    purpose: '了解行业发展状况、听取意见建议',
    eventDate: '2026-09-30',
    filedAt: now.toISOString(),
  },
};
const approved: FilingApproved = {
  type: 'FilingApproved',
  data: {
    filingId: 'f-1',
    approvedBy: 'superior-1',
    reportDue: '2026-10-13',
    reportWithinWorkingDays: 5,
    approvedAt: now.toISOString(),
  },
};
const approve = { type: 'ApproveFiling', approvedBy: 'superior-1', conflicts: [] } as const;
const spouseShares: Conflict = {
  kind: 'declared-relation',
  relationId: 'r-1',
  relation: 'spouse',
  tieKind: 'shareholding',
};
const after = (date: string) => ({ today: parseCalendarDate(date), now: new Date(`${date}T02:00:00.000Z`) });

describe('an interaction filing (政商交往报备)', () => {
  it('is filed before the activity, for an allowed kind, to the superior', () => {
    given([]).when(file).then([filed]);
  });

  it('is never approved by the official (own superior), nor filed after the activity', () => {
    given([])
      .when({ ...file, superiorId: 'official-1' })
      .thenRejects('own-superior', 'conflict');
    given([]).when(file, after('2026-10-01')).thenRejects('filing-after-event', 'validation');
  });

  it('refuses a kind the jurisdiction does not allow, naming the setting', () => {
    given([])
      .when(file, { settings: { ...DEFAULT_FILING_SETTINGS, allowedKinds: ['symposium'] } })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'activity-kind-not-allowed', field: 'activityKind' });
        expect(error.rule).toMatchObject({ rule: 'filing-approval', setting: 'allowedKinds' });
        expect(error.message.zh).toContain('年会');
      });
  });

  it('is approved by the superior with the report due 5 working days after the activity, across National Day', () => {
    given([filed]).when(approve).then([approved]);
  });

  it('takes the jurisdiction’s report limit', () => {
    given([filed])
      .when(approve, { settings: { ...DEFAULT_FILING_SETTINGS, reportWithinWorkingDays: 1 } })
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { reportDue: '2026-10-08' } }));
  });

  it('is decided only by the superior, once, and not after the activity', () => {
    given([filed])
      .when({ ...approve, approvedBy: 'someone-else' })
      .thenRejects('not-the-superior', 'forbidden');
    given([filed, approved]).when(approve).thenRejects('filing-not-pending', 'conflict');
    given([filed]).when(approve, after('2026-10-01')).thenRejects('approval-after-event', 'conflict');
  });

  it('is blocked by a declared conflict, and the refusal names the recusal needed', () => {
    given([filed])
      .when({ ...approve, conflicts: [{ creditCode: ENTERPRISE, conflicts: [spouseShares] }] })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'conflict-of-interest',
          rule: { rule: 'recusal' },
        });
        expect(error.message.zh).toContain('配偶');
        expect(error.message.zh).toContain('回避');
        expect(error.message.en).toContain('recuse');
      });
  });

  it('is refused with a reason', () => {
    given([filed])
      .when({ type: 'RefuseFiling', refusedBy: 'superior-1', reason: '  ' })
      .thenRejects('invalid-filing', 'validation');
    given([filed])
      .when({ type: 'RefuseFiling', refusedBy: 'superior-1', reason: '与本职工作无关' })
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ type: 'FilingRefused', data: { reason: '与本职工作无关' } }),
      );
  });

  it('is reported by the official after the activity, on time or late', () => {
    const report = {
      type: 'ReportInteraction',
      reportedBy: 'official-1',
      summary: '听取意见3条',
      conductKept: true,
    } as const;
    given([filed, approved]).when(report, after('2026-09-29')).thenRejects('report-before-event');
    given([filed, approved])
      .when({ ...report, reportedBy: 'superior-1' }, after('2026-10-09'))
      .thenRejects('not-the-official', 'forbidden');
    given([filed, approved])
      .when(report, after('2026-10-13'))
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ type: 'InteractionReported', data: { late: false } }),
      );
    given([filed, approved])
      .when(report, after('2026-10-14'))
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { late: true } }));
    given([filed]).when(report, after('2026-10-09')).thenRejects('filing-not-approved');
  });

  it('raises the missing-report alert once, only after the due date', () => {
    const flag = { type: 'FlagReportOverdue' } as const;
    given([filed, approved]).when(flag, after('2026-10-13')).thenRejects('report-not-overdue');
    given([filed, approved])
      .when(flag, after('2026-10-14'))
      .then([
        {
          type: 'FilingReportOverdue',
          data: { filingId: 'f-1', reportDue: '2026-10-13', flaggedAt: '2026-10-14T02:00:00.000Z' },
        },
      ]);
    const flagged = {
      type: 'FilingReportOverdue',
      data: { filingId: 'f-1', reportDue: '2026-10-13', flaggedAt: 'x' },
    } as const;
    given([filed, approved, flagged]).when(flag, after('2026-10-20')).thenRejects('report-not-overdue');
  });
});

describe('filing invariants', () => {
  const days = fc.integer({ min: 0, max: 400 }).map((n) => {
    const d = new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    return parseCalendarDate(d);
  });

  it('the report is due on a working day strictly after the activity, N working days on', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 30 }), (eventDate, n) => {
        const state = foldEvents(interactionFilingDecider, [
          { ...filed, data: { ...filed.data, eventDate } },
        ]);
        const decision = interactionFilingDecider.decide(approve, state, {
          ...context,
          today: eventDate,
          settings: { ...DEFAULT_FILING_SETTINGS, reportWithinWorkingDays: n },
        });
        expect(decision.outcome).toBe('accepted');
        if (decision.outcome !== 'accepted') return;
        const due = parseCalendarDate((decision.events[0] as FilingApproved).data.reportDue);
        expect(due > eventDate).toBe(true);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(
          calendar.countWorkingDays(
            parseCalendarDate(new Date(Date.parse(eventDate) + 86_400_000).toISOString().slice(0, 10)),
            due,
          ),
        ).toBe(n);
      }),
      { numRuns: 60 },
    );
  });

  it('any conflict on any enterprise of the filing blocks approval; none lets it through', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ACTIVITY_KIND_KEYS),
        (hasConflict, kind) => {
          const state = foldEvents(interactionFilingDecider, [
            { ...filed, data: { ...filed.data, activityKind: kind } },
          ]);
          const conflicts = hasConflict.map((c, i) => ({
            creditCode: `code-${i}`,
            conflicts: c ? [spouseShares] : [],
          }));
          const decision = interactionFilingDecider.decide({ ...approve, conflicts }, state, context);
          expect(decision.outcome === 'rejected').toBe(hasConflict.some(Boolean));
        },
      ),
    );
  });
});
