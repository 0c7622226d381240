import { createOfficialWorkingDayCalendar, parseCalendarDate } from '@qinqing/calendar/domain';
import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type OrganisationInput,
  organisationDecider,
  type RecordOrganisation,
  termEndOf,
} from './organisation.decide';
import type { OrganisationRecorded } from './organisation.events';
import { creditCodeOfOrganisationStream, organisationStreamId } from './organisation.stream';
import { DEFAULT_TERM_YEARS } from './organisation.values';

const now = new Date('2026-12-02T02:00:00.000Z');
const calendar = createOfficialWorkingDayCalendar();
const given = deciderSpecification(organisationDecider, {
  now,
  calendar,
  alertWorkingDays: 30,
  termYears: DEFAULT_TERM_YEARS,
});

const branch: OrganisationInput = {
  creditCode: '91330203ma2h5k7p7a',
  enterpriseName: ' 宁波海曙甬创智能制造有限公司 ',
  fullMembers: 5,
  probationaryMembers: 1,
  type: 'branch',
  foundedOn: '2021-07-01',
  superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
  secretary: ' 张伟 ',
  instructor: null,
  termStartedOn: '2024-02-29',
  union: true,
  youthLeague: false,
};

const record = (organisation: Partial<OrganisationInput> = {}): RecordOrganisation => ({
  type: 'RecordOrganisation',
  organisation: { ...branch, ...organisation },
  recordedBy: 'party.lin',
});

const recorded: OrganisationRecorded = {
  type: 'OrganisationRecorded',
  data: {
    creditCode: '91330203MA2H5K7P7A',
    enterpriseName: '宁波海曙甬创智能制造有限公司',
    fullMembers: 5,
    probationaryMembers: 1,
    type: 'branch',
    foundedOn: '2021-07-01',
    superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
    secretary: '张伟',
    instructor: null,
    termStartedOn: '2024-02-29',
    termYears: 3,
    termEndsOn: '2027-02-28',
    union: true,
    youthLeague: false,
    requiredForm: 'branch',
    mayAlsoForm: [],
    inPlace: true,
    recordedBy: 'party.lin',
    recordedAt: now.toISOString(),
  },
};

describe('an enterprise’s party organisation record', () => {
  it('records a branch with its counts, roles, term end and what the counts require', () => {
    given([]).when(record()).then([recorded]);
  });

  it('records it again when something changed, and refuses a record that changes nothing', () => {
    given([recorded]).when(record()).thenRejects('nothing-changed', 'validation');
    given([recorded])
      .when(record({ fullMembers: 8 }))
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({
          fullMembers: 8,
          requiredForm: 'branch-committee',
          inPlace: false,
        }),
      );
  });

  it('assesses a required branch as not in place while the enterprise has none or only a joint branch', () => {
    given([])
      .when(
        record({
          type: 'none',
          foundedOn: null,
          superiorOrganisation: null,
          secretary: null,
          termStartedOn: null,
        }),
      )
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ requiredForm: 'branch', inPlace: false, termEndsOn: null }),
      );
    given([])
      .when(
        record({
          fullMembers: 2,
          type: 'joint-branch',
          foundedOn: null,
          secretary: null,
          termStartedOn: null,
          superiorOrganisation: '中共鼓楼街道联合党支部',
        }),
      )
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({
          requiredForm: 'none',
          mayAlsoForm: ['joint-branch'],
          inPlace: true,
        }),
      );
  });

  it('raises an alert due in 30 working days when the organisation falls short, once, and resolves it when in place', () => {
    const raised = {
      type: 'OrganisationAlertRaised' as const,
      data: {
        creditCode: '91330203MA2H5K7P7A',
        requiredForm: 'branch-committee' as const,
        raisedOn: '2026-12-02',
        workingDays: 30,
        dueOn: calendar.addWorkingDays(parseCalendarDate('2026-12-02'), 30),
      },
    };
    expect(raised.data.dueOn > '2027-01-08').toBe(true); // 30 working days span the New Year holiday
    given([recorded])
      .when(record({ fullMembers: 8 }))
      .thenEvents((events) => expect(events[1]).toEqual(raised));
    const grown = {
      ...recorded,
      data: { ...recorded.data, fullMembers: 8, requiredForm: 'branch-committee' as const, inPlace: false },
    };
    given([recorded, grown, raised])
      .when(record({ fullMembers: 9 }))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['OrganisationRecorded']));
    given([recorded, grown, raised])
      .when(record({ fullMembers: 9, type: 'branch-committee' }))
      .thenEvents((events) =>
        expect(events[1]).toEqual({
          type: 'OrganisationAlertResolved',
          data: { creditCode: '91330203MA2H5K7P7A', raisedOn: '2026-12-02', resolvedOn: '2026-12-02' },
        }),
      );
  });

  it('escalates an alert once its deadline has passed, once; reminds of a term six and three months ahead, once each', () => {
    const raised = {
      type: 'OrganisationAlertRaised' as const,
      data: {
        creditCode: '91330203MA2H5K7P7A',
        requiredForm: 'branch' as const,
        raisedOn: '2026-10-01',
        workingDays: 30,
        dueOn: '2026-11-13',
      },
    };
    given([recorded]).when({ type: 'EscalateAlert' }).thenRejects('no-open-alert', 'conflict');
    given([recorded, raised])
      .when({ type: 'EscalateAlert' })
      .then([
        {
          type: 'OrganisationAlertEscalated',
          data: { creditCode: '91330203MA2H5K7P7A', dueOn: '2026-11-13', escalatedOn: '2026-12-02' },
        },
      ]);
    given([recorded, { ...raised, data: { ...raised.data, dueOn: '2026-12-02' } }])
      .when({ type: 'EscalateAlert' })
      .thenRejects('alert-not-overdue', 'conflict');
    const escalated = {
      type: 'OrganisationAlertEscalated' as const,
      data: { creditCode: '91330203MA2H5K7P7A', dueOn: '2026-11-13', escalatedOn: '2026-11-20' },
    };
    given([recorded, raised, escalated])
      .when({ type: 'EscalateAlert' })
      .thenRejects('already-escalated', 'conflict');
    // The term ends 2027-02-28: six months ahead is 2026-08-28 (due), three months ahead 2026-11-28 (due).
    const reminded = {
      type: 'TermReminderDue' as const,
      data: {
        creditCode: '91330203MA2H5K7P7A',
        termEndsOn: '2027-02-28',
        monthsBefore: 6 as const,
        remindedOn: '2026-12-02',
      },
    };
    given([recorded]).when({ type: 'RemindTerm', monthsBefore: 6 }).then([reminded]);
    given([recorded, reminded])
      .when({ type: 'RemindTerm', monthsBefore: 6 })
      .thenRejects('reminder-given', 'conflict');
    given([{ ...recorded, data: { ...recorded.data, termEndsOn: '2027-06-30' } }])
      .when({ type: 'RemindTerm', monthsBefore: 3 })
      .thenRejects('reminder-not-due', 'conflict');
  });

  it('refuses a form the counts do not allow, naming the rule and its source', () => {
    given([])
      .when(record({ fullMembers: 2 }))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          code: 'organisation-not-possible',
          field: 'type',
          rule: { rule: 'branch-threshold' },
        });
        expect(error.message.zh).toContain('支部工作条例');
      });
    given([])
      .when(record({ type: 'branch-committee' }))
      .thenRejectsWith((error) => expect(error.rule?.rule).toBe('branch-committee'));
    given([])
      .when(record({ fullMembers: 40, probationaryMembers: 10, type: 'general-branch' }))
      .thenRejectsWith((error) => expect(error.rule?.rule).toBe('general-branch'));
  });

  it('keeps founding dates, terms and secretaries to an enterprise’s own organisation', () => {
    given([])
      .when(record({ fullMembers: 1, type: 'joint-branch', foundedOn: null, termStartedOn: null }))
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'not-applicable', field: 'secretary' }),
      );
    given([])
      .when(record({ foundedOn: '2021-02-30' }))
      .thenRejectsWith((error) => expect(error).toMatchObject({ code: 'invalid-date', field: 'foundedOn' }));
    given([])
      .when(record({ termStartedOn: '2020-01-01' }))
      .thenRejectsWith((error) => expect(error).toMatchObject({ code: 'term-before-founding' }));
    given([])
      .when(record({ foundedOn: '2027-01-01' }))
      .thenRejectsWith((error) => expect(error).toMatchObject({ code: 'date-in-future' }));
  });

  it('takes the term from the deployment’s setting by type, or an explicit 3–5 years on the record', () => {
    const configured = deciderSpecification(organisationDecider, {
      now,
      calendar,
      alertWorkingDays: 30,
      termYears: { branch: 4, generalBranch: 5, primaryCommittee: 3 },
    });
    configured([])
      .when(record())
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ termYears: 4, termEndsOn: '2028-02-29' }),
      );
    configured([])
      .when(record({ fullMembers: 90, probationaryMembers: 12, type: 'primary-committee' }))
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ termYears: 3, termEndsOn: '2027-02-28' }),
      );
    given([])
      .when(record({ fullMembers: 60, type: 'general-branch', termYears: '5' }))
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ termYears: 5, termEndsOn: '2029-02-28' }),
      );
    given([recorded])
      .when(record({ termYears: 3 }))
      .thenRejects('nothing-changed', 'validation');
    for (const termYears of [2, 6, '3.5', 'three'])
      given([])
        .when(record({ termYears }))
        .thenRejectsWith((error) =>
          expect(error).toMatchObject({
            code: 'invalid-term-years',
            field: 'termYears',
            rule: { rule: 'term-length' },
          }),
        );
    given([])
      .when(
        record({
          fullMembers: 1,
          type: 'joint-branch',
          foundedOn: null,
          termStartedOn: null,
          secretary: null,
          termYears: 3,
        }),
      )
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'not-applicable', field: 'termYears' }),
      );
  });

  it('refuses bad counts and codes, naming the field', () => {
    given([])
      .when(record({ fullMembers: -1 }))
      .thenRejects('invalid-member-count', 'validation');
    given([])
      .when(record({ probationaryMembers: '2.5' }))
      .thenRejectsWith((error) => expect(error.field).toBe('probationaryMembers'));
    given([])
      .when(record({ creditCode: '91330203MA2H5K7P7B' }))
      .thenRejectsWith((error) => expect(error.field).toBe('creditCode'));
    given([])
      .when(record({ type: 'cell' }))
      .thenRejects('unknown-organisation-type', 'validation');
  });

  it('ends a term on the same date years on, 28 February for a 29 February, and keys streams by credit code', () => {
    expect(termEndOf('2024-02-29', 3)).toBe('2027-02-28');
    expect(termEndOf('2024-02-29', 4)).toBe('2028-02-29');
    expect(creditCodeOfOrganisationStream(organisationStreamId('91330203ma2h5k7p7a'))).toBe(
      '91330203MA2H5K7P7A',
    );
    expect(creditCodeOfOrganisationStream('credit-record-x')).toBeNull();
  });
});
