import type { LocalizedMessage } from './domain-error';

/**
 * The request was fine, but the platform lacks reference data to answer it (e.g. a year's holiday notice for
 * counting working days). Thrown rather than guessing; the transport answers 422 with the code and message.
 * A base class in the kernel so the HTTP layer can map it without knowing which context's data is missing.
 */
export abstract class ReferenceDataMissingError extends Error {
  abstract readonly code: string;
  abstract readonly localizedMessage: LocalizedMessage;
}
