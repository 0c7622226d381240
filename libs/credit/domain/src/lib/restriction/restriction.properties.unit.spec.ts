import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodOf, SEVERITIES } from '../disclosure/disclosure-period';
import { parseCalendarDate } from '../disclosure/calendar-date';
import { RECORD_KINDS, polarityOf } from '../integrity-record/integrity-record.values';
import { restrictionDecider, type RestrictionCommand } from './restriction.decide';
import type { RestrictionEvent } from './restriction.events';
import { type RestrictedRecord, restrictionTermsOf } from './restriction-rules';

const now = new Date('2026-12-02T01:00:00.000Z');
const NUMBER = 'X〔2026〕1号';

const decidedOn = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A record's facts as its public events carry them: a negative kind has a severity and so its periods. */
const record: fc.Arbitrary<RestrictedRecord> = fc
  .record({
    kind: fc.constantFrom(...RECORD_KINDS),
    severity: fc.constantFrom(...SEVERITIES),
    decidedOn,
    creditCode: fc.constantFrom('91330203MA2H5K7P7A', '91350100M000100Y43'),
    issuingAuthority: fc.constantFrom('昆山市人民法院', '昆山市市场监督管理局'),
  })
  .map(({ kind, severity, decidedOn: date, creditCode, issuingAuthority }) => {
    const negative = polarityOf(kind) === 'negative';
    const decided = parseCalendarDate(date);
    const period = negative && decided !== null ? periodOf(severity, decided) : null;
    return {
      documentNumber: NUMBER,
      creditCode,
      kind,
      severity: negative ? severity : null,
      issuingAuthority,
      decidedOn: date,
      publicUntil: period?.publicUntil ?? null,
    };
  });

/**
 * A record's history as the reactor hands it over: facts in the order they were recorded (one key, one
 * partition), each possibly delivered twice, with a repair or withdrawal anywhere.
 */
const commands: fc.Arbitrary<RestrictionCommand[]> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.record({ record, twice: fc.boolean() }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<'repaired' | 'record-withdrawn'>('repaired', 'record-withdrawn'),
      },
    ),
    { maxLength: 12 },
  )
  .map((steps) =>
    steps.flatMap((step, i): RestrictionCommand[] => {
      if (typeof step === 'string') {
        return [{ type: 'LiftRestriction', documentNumber: NUMBER, reason: step, liftedOn: '2026-12-01' }];
      }
      const impose: RestrictionCommand = {
        type: 'ImposeRestriction',
        record: step.record,
        factsAt: `2026-12-01T10:${String(i).padStart(2, '0')}:00.000Z`,
      };
      return step.twice ? [impose, impose] : [impose];
    }),
  );

const run = (commands: readonly RestrictionCommand[]) => {
  let state = restrictionDecider.initialState();
  const log: RestrictionEvent[] = [];
  for (const c of commands) {
    const decision = restrictionDecider.decide(c, state, { now });
    if (decision.outcome === 'rejected') throw new Error(decision.error.code);
    log.push(...decision.events);
    state = decision.events.reduce(restrictionDecider.evolve, state);
  }
  return { state, log };
};

describe('restriction invariants', () => {
  it('any sequence of record facts and lifts leaves at most one restriction in force, as the rule table says of the latest facts', () => {
    fc.assert(
      fc.property(commands, (history) => {
        const { state, log } = run(history);
        // At most one in force at any point of the log: every imposition follows the lift of the one before.
        let inForce = 0;
        for (const event of log) {
          inForce += event.type === 'RestrictionImposed' ? 1 : -1;
          expect(inForce).toBeGreaterThanOrEqual(0);
          expect(inForce).toBeLessThanOrEqual(1);
        }
        expect(state.current === null ? 0 : 1).toBe(inForce);
        // Ids are unique.
        const ids = log.filter((e) => e.type === 'RestrictionImposed').map((e) => e.data.restrictionId);
        expect(new Set(ids).size).toBe(ids.length);
        // Until a repair or withdrawal closes it, what is in force is the rule table applied to the latest facts.
        const closedAt = history.findIndex(
          (c, i) => c.type === 'LiftRestriction' && run(history.slice(0, i)).state.current !== null,
        );
        const considered = closedAt === -1 ? history : history.slice(0, closedAt);
        const facts = considered.filter((c) => c.type === 'ImposeRestriction');
        const latest = facts.reduce<(typeof facts)[number] | null>(
          (best, c) => (best === null || c.factsAt >= best.factsAt ? c : best),
          null,
        );
        if (closedAt !== -1) {
          expect(state.current).toBeNull();
        } else if (latest !== null) {
          const terms = restrictionTermsOf(latest.record);
          if (terms === null) expect(state.current).toBeNull();
          else expect(state.current).toMatchObject({ ...terms, creditCode: latest.record.creditCode });
        }
      }),
    );
  });

  it('deciding the same command twice adds nothing the second time (redelivery)', () => {
    fc.assert(
      fc.property(commands, fc.nat(), (history, pick) => {
        const repeated = history[pick % Math.max(1, history.length)];
        if (repeated === undefined) return;
        const at = history.indexOf(repeated) + 1;
        const once = run(history.slice(0, at));
        const twice = run([...history.slice(0, at), repeated]);
        expect(twice.log).toEqual(once.log);
      }),
    );
  });
});
