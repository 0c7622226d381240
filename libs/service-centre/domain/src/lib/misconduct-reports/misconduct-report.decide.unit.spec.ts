import { createOfficialWorkingDayCalendar } from '@qinqing/calendar/domain';
import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FileReport, misconductReportDecider } from './misconduct-report.decide';
import type { MisconductReportEvent, MisconductReportFiled } from './misconduct-report.events';
import { misconductReportStreamId, reportIdOfStream } from './misconduct-report.stream';

const calendar = createOfficialWorkingDayCalendar();
// 2026-10-14 10:00 in China: after the National Day holiday.
const now = new Date('2026-10-14T02:00:00.000Z');
const given = deciderSpecification(misconductReportDecider, { now, calendar, escalationWorkingDays: 5 });

const file = (overrides: Partial<FileReport> = {}): FileReport => ({
  type: 'FileReport',
  reportId: 'r-1',
  channel: 'anonymous',
  category: 'extortion',
  negativeListItemCode: null,
  accused: { name: ' 周某 ', unitId: 'dept-market-regulation', position: '', headsUnit: false },
  description: ' 办理许可时索要好处费 ',
  filedOn: '2026-09-30',
  reporter: null,
  ...overrides,
});

const filed = (overrides: Partial<MisconductReportFiled['data']> = {}): MisconductReportFiled => ({
  type: 'MisconductReportFiled',
  data: {
    reportId: 'r-1',
    channel: 'anonymous',
    category: 'extortion',
    negativeListItemCode: null,
    accused: {
      name: '周某',
      unitId: 'dept-market-regulation',
      position: null,
      headsUnit: false,
      officialId: null,
    },
    description: '办理许可时索要好处费',
    filedOn: '2026-09-30',
    reporter: null,
    escalationDueOn: null,
    ...overrides,
  },
});

const aboutHead = filed({
  accused: {
    name: '周某',
    unitId: 'dept-market-regulation',
    position: '局长',
    headsUnit: true,
    officialId: null,
  },
  escalationDueOn: '2026-10-13',
});

describe('misconduct report: filing', () => {
  it('files an anonymous report with the day only and no reporter', () => {
    given([]).when(file()).then([filed()]);
  });

  it('a report about the head of the unit is due one level up within 5 working days, across the National Day holiday (工作规则 第十五条)', () => {
    given([])
      .when(
        file({
          accused: { name: '周某', unitId: 'dept-market-regulation', position: '局长', headsUnit: true },
        }),
      )
      .then([aboutHead]);
  });

  it('refuses a report without a description, naming the rule and field', () => {
    given([])
      .when(file({ description: '  ' }))
      .thenRejectsWith((error) => {
        expect(error.code).toBe('invalid-report-text');
        expect(error.field).toBe('description');
        expect(error.rule?.rule).toBe('report-content');
      });
  });

  it('refuses a malformed negative-list item code', () => {
    given([])
      .when(file({ category: 'negative-list', negativeListItemCode: 'K5;drop' }))
      .thenRejects('invalid-negative-list-item', 'validation');
  });

  it('refuses a day of receipt in the future and a second filing', () => {
    given([])
      .when(file({ filedOn: '2026-10-15' }))
      .thenRejects('invalid-date');
    given([filed()]).when(file()).thenRejects('report-exists', 'conflict');
  });
});

describe('misconduct report: handling', () => {
  it('records every read, even after the conclusion', () => {
    given([filed()])
      .when({ type: 'RecordReportRead', readBy: 'inspector', what: 'report' })
      .then([
        {
          type: 'MisconductReportRead',
          data: { readBy: 'inspector', readAt: now.toISOString(), what: 'report' },
        },
      ]);
  });

  it('the inspector setting "heads the unit" starts the escalation clock from the day of receipt', () => {
    given([filed()])
      .when({ type: 'IdentifyAccused', officialId: 'acc-1', headsUnit: true, by: 'inspector' })
      .then([
        {
          type: 'MisconductReportAccusedIdentified',
          data: {
            officialId: 'acc-1',
            headsUnit: true,
            escalationDueOn: '2026-10-13',
            by: 'inspector',
            at: now.toISOString(),
          },
        },
      ]);
  });

  it('escalation late on 2026-10-14 is recorded as not on time; a report not about the head is not escalated', () => {
    given([aboutHead])
      .when({ type: 'EscalateReport', toBody: '区纪委监委', by: 'inspector' })
      .then([
        {
          type: 'MisconductReportEscalated',
          data: { toBody: '区纪委监委', by: 'inspector', at: now.toISOString(), onTime: false },
        },
      ]);
    given([filed()])
      .when({ type: 'EscalateReport', toBody: '区纪委监委', by: 'inspector' })
      .thenRejects('not-about-head');
  });

  it('flags an overdue escalation once, and nothing when not due yet', () => {
    given([aboutHead])
      .when({ type: 'FlagEscalationOverdue' })
      .then([
        { type: 'MisconductReportEscalationOverdue', data: { dueOn: '2026-10-13', flaggedOn: '2026-10-14' } },
      ]);
    const flagged: MisconductReportEvent = {
      type: 'MisconductReportEscalationOverdue',
      data: { dueOn: '2026-10-13', flaggedOn: '2026-10-14' },
    };
    given([aboutHead, flagged]).when({ type: 'FlagEscalationOverdue' }).thenRejects('nothing-overdue');
    given([aboutHead])
      .when({ type: 'FlagEscalationOverdue' }, { now: new Date('2026-10-13T15:00:00.000Z') })
      .thenRejects('nothing-overdue');
  });

  it('a concluded report takes no more information, answers or escalation', () => {
    const done: MisconductReportEvent = {
      type: 'MisconductReportConcluded',
      data: {
        outcome: 'substantiated',
        areaCode: '330203',
        summary: '属实',
        by: 'inspector',
        at: now.toISOString(),
      },
    };
    given([filed(), done])
      .when({ type: 'SupplementReport', text: '补充', addedOn: '2026-10-14', from: 'reporter' })
      .thenRejects('report-concluded');
    given([filed(), done])
      .when({ type: 'AnswerReporter', text: '已办结', by: 'i' })
      .thenRejects('report-concluded');
  });

  it('a conclusion names an outcome and a 6-digit area', () => {
    given([filed()])
      .when({
        type: 'ConcludeReport',
        outcome: 'substantiated',
        areaCode: 'dept-x',
        summary: '属实',
        by: 'i',
      })
      .thenRejects('invalid-area');
  });

  it('commands on a report never filed are refused as not found', () => {
    given([])
      .when({ type: 'RecordReportRead', readBy: 'i', what: 'report' })
      .thenRejects('report-not-found', 'not-found');
  });
});

describe('misconduct report: properties', () => {
  it('whatever the text, a filing keeps no reporter on an anonymous report and the day only', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.boolean(), (text, head) => {
        const decision = misconductReportDecider.decide(
          file({
            description: `x${text}`,
            accused: { name: '某', unitId: 'u', position: null, headsUnit: head },
          }),
          misconductReportDecider.initialState(),
          { now, calendar, escalationWorkingDays: 5 },
        );
        if (decision.outcome === 'rejected') return decision.error.code === 'invalid-report-text';
        const [event] = decision.events;
        if (event?.type !== 'MisconductReportFiled') return false;
        return (
          event.data.reporter === null &&
          /^\d{4}-\d{2}-\d{2}$/u.test(event.data.filedOn) &&
          (event.data.escalationDueOn !== null) === head
        );
      }),
    );
  });

  it('stream ids round-trip', () => {
    expect(reportIdOfStream(misconductReportStreamId('abc'))).toBe('abc');
    expect(reportIdOfStream('party-building-x')).toBeNull();
  });
});
