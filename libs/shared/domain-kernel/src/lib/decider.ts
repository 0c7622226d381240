import type { Decision } from './decision';
import type { DomainError } from './domain-error';

/** A domain event as the domain sees it: a discriminated union member with its payload. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * Everything `decide` may know about the world beyond the command and the state.
 * Time is passed in, never read: the domain stays pure and tests control the clock.
 */
export interface DecisionContext {
  readonly now: Date;
}

/**
 * An aggregate as three pure functions (the Decider pattern): fold past events into state with `evolve`,
 * and turn a command plus state into new events with `decide`.
 */
export interface Decider<
  Command,
  Event extends DomainEvent,
  State,
  Error extends DomainError = DomainError,
  Context extends DecisionContext = DecisionContext,
> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  /** `context` carries time and, for deciders that need them, pure reference data (e.g. a calendar). */
  readonly decide: (command: Command, state: State, context: Context) => Decision<Event, Error>;
}

export const foldEvents = <Event extends DomainEvent, State>(
  decider: Pick<Decider<never, Event, State>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State => events.reduce(decider.evolve, decider.initialState());
