import type { Decider, DecisionContext, DomainError, DomainEvent } from '@qinqing/shared/domain-kernel';
import { expect } from 'vitest';

export interface DeciderThen<Event> {
  /** The command is accepted and produces exactly these events. */
  then(expected: readonly Event[]): void;
  /** The command is refused with this error code (and kind, when given). */
  thenRejects(code: string, kind?: DomainError['kind']): void;
  /** The command is accepted; the assertion inspects the events. */
  thenEvents(assert: (events: readonly Event[]) => void): void;
  /** The command is refused; the assertion inspects the error (its message, rule, field). */
  thenRejectsWith(assert: (error: DomainError) => void): void;
}

export interface DeciderWhen<Command, Event, Context extends DecisionContext = DecisionContext> {
  when(command: Command, context?: Partial<Context>): DeciderThen<Event>;
}

/**
 * Given / when / then for deciders: history in, command, expected events or refusal out.
 * `given(events).when(command).then(events)` reads like the rule it tests.
 */
export const deciderSpecification =
  <Command, Event extends DomainEvent, State, Context extends DecisionContext = DecisionContext>(
    decider: Decider<Command, Event, State, DomainError, Context>,
    defaults: Context,
  ) =>
  (history: readonly Event[]): DeciderWhen<Command, Event, Context> => ({
    when: (command, context) => {
      const state = history.reduce(decider.evolve, decider.initialState());
      const decision = decider.decide(command, state, { ...defaults, ...context });
      const accepted = (): readonly Event[] => {
        if (decision.outcome === 'rejected') {
          throw new Error(`Expected the command to be accepted, but it was rejected: ${decision.error.code}`);
        }
        // Every produced event must also fold: evolve is total over what decide emits.
        decision.events.reduce(decider.evolve, state);
        return decision.events;
      };
      return {
        then: (expected) => expect(accepted()).toEqual(expected),
        thenEvents: (assert) => assert(accepted()),
        thenRejects: (code, kind) => {
          if (decision.outcome === 'accepted') {
            throw new Error(
              `Expected rejection ${code}, but the command produced ${JSON.stringify(decision.events)}`,
            );
          }
          expect(decision.error.code).toBe(code);
          if (kind !== undefined) expect(decision.error.kind).toBe(kind);
        },
        thenRejectsWith: (assert) => {
          if (decision.outcome === 'accepted') {
            throw new Error(
              `Expected a rejection, but the command produced ${JSON.stringify(decision.events)}`,
            );
          }
          assert(decision.error);
        },
      };
    },
  });
