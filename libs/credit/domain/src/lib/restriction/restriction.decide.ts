import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf } from '../disclosure/calendar-date';
import { parseDecisionDate } from '../disclosure/disclosure-period';
import { documentNumberKey } from '../integrity-record/integrity-record.values';
import type { RestrictionEvent, RestrictionLifted } from './restriction.events';
import {
  DEFAULT_RESTRICTION_SETTINGS,
  type RestrictedRecord,
  type RestrictionSettings,
  type RestrictionTerms,
  restrictionTermsOf,
} from './restriction-rules';
import {
  evolveRestriction,
  initialRestrictionState,
  type Restriction,
  type RestrictionState,
} from './restriction.state';
import { restrictionIdOf } from './restriction.stream';
import type { ClosingLiftReason } from './restriction.values';

/**
 * Apply a record's latest facts (recorded or corrected) to its restrictions: impose what the rule table says,
 * lift what it no longer says, re-impose when the period or purposes moved. `factsAt` orders the facts.
 */
export interface ImposeRestriction {
  readonly type: 'ImposeRestriction';
  readonly record: RestrictedRecord;
  readonly factsAt: string;
}

/** The record was repaired (信用修复) or withdrawn (撤销): its restriction ends on `liftedOn`, for good. */
export interface LiftRestriction {
  readonly type: 'LiftRestriction';
  readonly documentNumber: string;
  readonly reason: ClosingLiftReason;
  readonly liftedOn: string;
}

export type RestrictionCommand = ImposeRestriction | LiftRestriction;

export type RestrictionErrorCode = 'invalid-lift-date';

export interface RestrictionDecisionContext extends DecisionContext {
  /** The jurisdiction's set period; DEFAULT_RESTRICTION_SETTINGS when not given. */
  readonly settings?: RestrictionSettings;
}

const sameTerms = (current: Restriction, terms: RestrictionTerms, record: RestrictedRecord): boolean =>
  current.rule === terms.rule &&
  current.startsOn === terms.startsOn &&
  current.endsOn === terms.endsOn &&
  current.purposes.join() === terms.purposes.join() &&
  current.creditCode === record.creditCode &&
  current.kind === record.kind &&
  current.severity === record.severity &&
  current.issuingAuthority === record.issuingAuthority;

const lifted = (
  current: Restriction,
  reason: RestrictionLifted['data']['reason'],
  liftedOn: string,
  factsAt: string | null,
  now: Date,
): RestrictionLifted => ({
  type: 'RestrictionLifted',
  data: {
    restrictionId: current.restrictionId,
    documentNumber: current.documentNumber,
    creditCode: current.creditCode,
    reason,
    liftedOn,
    factsAt,
    liftedAt: now.toISOString(),
  },
});

/**
 * 一处失信、处处受限: a record's restrictions follow its latest facts through the rule table
 * (restriction-rules.ts), at most one in force at a time; a repair or withdrawal lifts it and closes the record's
 * restrictions for good. Every command may arrive twice (redelivery): asked again, nothing more happens.
 */
const decideRestriction = (
  command: RestrictionCommand,
  state: RestrictionState,
  { now, settings = DEFAULT_RESTRICTION_SETTINGS }: RestrictionDecisionContext,
) => {
  const today = chinaDateOf(now);
  switch (command.type) {
    case 'ImposeRestriction': {
      // Closed by a repair or withdrawal, or facts older than those already followed: nothing to do.
      if (state.closedBy !== null) return accept<RestrictionEvent>();
      if (state.factsAt !== null && command.factsAt < state.factsAt) return accept<RestrictionEvent>();
      const { record } = command;
      const terms = restrictionTermsOf(record, settings);
      const current = state.current;
      if (terms === null) {
        return current === null
          ? accept<RestrictionEvent>()
          : accept<RestrictionEvent>(lifted(current, 'record-corrected', today, command.factsAt, now));
      }
      if (current !== null && sameTerms(current, terms, record)) return accept<RestrictionEvent>();
      const events: RestrictionEvent[] =
        current === null ? [] : [lifted(current, 'record-corrected', today, command.factsAt, now)];
      events.push({
        type: 'RestrictionImposed',
        data: {
          restrictionId: restrictionIdOf(documentNumberKey(record.documentNumber), state.imposed + 1),
          documentNumber: record.documentNumber,
          creditCode: record.creditCode,
          kind: record.kind,
          severity: record.severity,
          rule: terms.rule,
          purposes: terms.purposes,
          startsOn: terms.startsOn,
          endsOn: terms.endsOn,
          issuingAuthority: record.issuingAuthority,
          factsAt: command.factsAt,
          imposedAt: now.toISOString(),
        },
      });
      return accept(...events);
    }
    case 'LiftRestriction': {
      if (parseDecisionDate(command.liftedOn) === null) {
        return reject<DomainError<RestrictionErrorCode>>(
          creditRuleError(
            'validation',
            'invalid-lift-date',
            'restriction-lifting',
            {
              zh: `解除日期“${command.liftedOn}”不是存在的日期（格式 YYYY-MM-DD）`,
              en: `Lift date “${command.liftedOn}” is not a date that exists (YYYY-MM-DD)`,
            },
            { field: 'liftedOn' },
          ),
        );
      }
      // Nothing in force (never imposed, lifted already, or redelivered): the lift changes nothing.
      if (state.current === null) return accept<RestrictionEvent>();
      return accept<RestrictionEvent>(lifted(state.current, command.reason, command.liftedOn, null, now));
    }
  }
};

export const restrictionDecider: Decider<
  RestrictionCommand,
  RestrictionEvent,
  RestrictionState,
  DomainError<RestrictionErrorCode>,
  RestrictionDecisionContext
> = {
  initialState: initialRestrictionState,
  evolve: evolveRestriction,
  decide: decideRestriction,
};
