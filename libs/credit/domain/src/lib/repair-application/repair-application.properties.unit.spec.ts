import { addDays, createOfficialWorkingDayCalendar, parseCalendarDate } from '@qinqing/calendar/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentNumberKey } from '../integrity-record/integrity-record.values';
import type { RecordStanding } from '../integrity-record/record-standing';
import { objectionDecider } from '../objection/objection.decide';
import {
  type ApplyForRepair,
  type RepairApplicationCommand,
  repairApplicationDecider,
} from './repair-application.decide';
import type { RepairApplicationEvent } from './repair-application.events';
import { pendingApplicationOf, type RepairApplicationsState } from './repair-application.state';
import { repairApplicationId } from './repair-application.stream';

const calendar = createOfficialWorkingDayCalendar();
const CODE = '91330203MA2H5K7P7A';
const NUMBER = '昆市监罚〔2026〕12号';
const KEY = documentNumberKey(NUMBER);

const record: RecordStanding = {
  documentNumber: NUMBER,
  creditCode: CODE,
  polarity: 'negative',
  repairableFrom: '2026-01-01',
  withdrawnOn: null,
  repairedOn: null,
};

const apply: ApplyForRepair = {
  type: 'ApplyForRepair',
  documentNumber: NUMBER,
  documentKey: KEY,
  record,
  creditCode: CODE,
  correctionEvidence: '整改报告',
  commitment: { signatoryName: '张伟', signatoryPosition: '法定代表人', textVersion: '2026-04' },
  currentCommitmentVersion: '2026-04',
  by: { role: 'credit-officer', id: 'credit.zhao' },
};

/** A moment in 2026–2027, in China's day. */
const moment = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date);

const command: fc.Arbitrary<RepairApplicationCommand> = fc.oneof(
  fc.constant<RepairApplicationCommand>(apply),
  fc.record({
    type: fc.constant('DecideRepair' as const),
    applicationId: fc.integer({ min: 1, max: 4 }).map((n) => repairApplicationId(KEY, n)),
    outcome: fc.constantFrom('granted' as const, 'refused' as const),
    reasons: fc.constant('理由'),
    decidedBy: fc.constant('credit.zhao'),
  }),
);

const run = (commands: readonly RepairApplicationCommand[]) => {
  let state: RepairApplicationsState = repairApplicationDecider.initialState();
  const history: RepairApplicationEvent[] = [];
  const now = new Date('2026-09-30T01:00:00.000Z');
  for (const next of commands) {
    const decision = repairApplicationDecider.decide(next, state, { now, calendar, workingDays: 5 });
    if (decision.outcome === 'rejected') continue;
    for (const event of decision.events) {
      history.push(event);
      state = repairApplicationDecider.evolve(state, event);
      expect(
        state.applications.filter((application) => application.outcome === null).length,
      ).toBeLessThanOrEqual(1);
    }
  }
  return { state, history };
};

describe('repair applications, whatever is asked in whatever order', () => {
  it('hold at most one pending application, decide each exactly once, and grant at most one', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        const { history } = run(commands);
        const decided = history.filter((event) => event.type === 'RepairDecided');
        const ids = decided.map((event) => event.data.applicationId);
        expect(new Set(ids).size).toBe(ids.length);
        const granted = decided.filter((event) => event.data.outcome === 'granted');
        expect(granted.length).toBeLessThanOrEqual(1);
        // Nothing is applied for after the grant.
        const grantIndex = history.findIndex(
          (event) => event.type === 'RepairDecided' && event.data.outcome === 'granted',
        );
        if (grantIndex >= 0)
          expect(history.slice(grantIndex + 1).some((event) => event.type === 'RepairApplied')).toBe(false);
      }),
    );
  });

  it('after a refusal, a new application is always accepted (the conditions still met)', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 20 }), (commands) => {
        const { state } = run(commands);
        const last = state.applications.at(-1);
        fc.pre(last !== undefined && last.outcome === 'refused');
        expect(pendingApplicationOf(state)).toBeNull();
        const decision = repairApplicationDecider.decide(apply, state, {
          now: new Date('2026-09-30T01:00:00.000Z'),
          calendar,
          workingDays: 5,
        });
        expect(decision.outcome).toBe('accepted');
      }),
    );
  });

  it('are due N working days after the day they are made: a working day, with N working days after the filing day', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 1, max: 20 }), (now, workingDays) => {
        const decision = repairApplicationDecider.decide(apply, repairApplicationDecider.initialState(), {
          now,
          calendar,
          workingDays,
        });
        if (decision.outcome === 'rejected') throw new Error(decision.error.code);
        const data = decision.events[0]?.data;
        if (data === undefined || !('dueOn' in data) || !('appliedOn' in data))
          throw new Error('no application');
        const appliedOn = parseCalendarDate(data.appliedOn);
        const dueOn = parseCalendarDate(data.dueOn);
        expect(calendar.isWorkingDay(dueOn)).toBe(true);
        expect(calendar.countWorkingDays(addDays(appliedOn, 1), dueOn)).toBe(workingDays);
      }),
      { numRuns: 60 },
    );
  });
});

describe('objections, whatever is asked', () => {
  it('are decided or taken back at most once, and are due N working days after filing', () => {
    fc.assert(
      fc.property(
        moment,
        fc.integer({ min: 1, max: 15 }),
        fc.array(fc.constantFrom('upheld' as const, 'withdrawn' as const, 'retract' as const), {
          maxLength: 6,
        }),
        (now, workingDays, asks) => {
          let state = objectionDecider.initialState();
          const context = { now, calendar, workingDays };
          const filed = objectionDecider.decide(
            {
              type: 'FileObjection',
              objectionId: 'obj-1',
              documentNumber: NUMBER,
              record,
              creditCode: CODE,
              grounds: '理由',
              evidenceReference: null,
              by: { role: 'kiosk-enterprise', id: 'walk-in' },
            },
            state,
            context,
          );
          if (filed.outcome === 'rejected') throw new Error(filed.error.code);
          state = filed.events.reduce(objectionDecider.evolve, state);
          const event = filed.events[0];
          if (event?.type !== 'ObjectionFiled') throw new Error('not filed');
          expect(
            calendar.countWorkingDays(
              addDays(parseCalendarDate(event.data.filedOn), 1),
              parseCalendarDate(event.data.dueOn),
            ),
          ).toBe(workingDays);
          let closings = 0;
          for (const ask of asks) {
            const decision = objectionDecider.decide(
              ask === 'retract'
                ? {
                    type: 'RetractObjection',
                    objectionId: 'obj-1',
                    creditCode: CODE,
                    by: { role: 'kiosk-enterprise', id: 'w' },
                  }
                : {
                    type: 'DecideObjection',
                    objectionId: 'obj-1',
                    outcome: ask,
                    reasons: '理由',
                    withChanges: false,
                    decidedBy: 'o',
                  },
              state,
              context,
            );
            if (decision.outcome === 'rejected') continue;
            closings += decision.events.length;
            state = decision.events.reduce(objectionDecider.evolve, state);
          }
          expect(closings).toBe(asks.length === 0 ? 0 : 1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
