import type { DomainError } from './domain-error';

/** What `decide` returns: the events that happen, or the rule that refused the command. */
export type Decision<Event, Error extends DomainError = DomainError> =
  | { readonly outcome: 'accepted'; readonly events: readonly Event[] }
  | { readonly outcome: 'rejected'; readonly error: Error };

export const accept = <Event>(...events: Event[]): Decision<Event, never> => ({
  outcome: 'accepted',
  events,
});

export const reject = <Error extends DomainError>(error: Error): Decision<never, Error> => ({
  outcome: 'rejected',
  error,
});
