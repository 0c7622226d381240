import type { DomainError } from '@qinqing/shared/domain-kernel';
import type { ExpectedRevision } from './event-store.port';

export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream' | 'unknown',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

export class IdempotencyKeyUsedError extends Error {
  override readonly name = 'IdempotencyKeyUsedError';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency key ${idempotencyKey} was already used`);
  }
}

/**
 * An idempotency key came back with a different request than the one it was first used for: replaying the
 * first result would answer a request nobody made, running the new one would break the key's promise.
 */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency key ${idempotencyKey} was first used with a different request`);
  }
}

/** The same event ids were appended before, but not as the same events at the same place. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly streamId: string) {
    super(`Stream ${streamId}: event ids already stored elsewhere or with different content`);
  }
}

/** Retried appends kept losing the race for the stream. */
export class ConcurrencyConflictError extends Error {
  override readonly name = 'ConcurrencyConflictError';
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(
      `Stream ${streamId} was changed concurrently ${attempts} times in a row; the command was not applied`,
    );
  }
}

/** A domain rule refused the command; carries the typed domain error to the transport. */
export class DomainRejectionError extends Error {
  override readonly name = 'DomainRejectionError';
  constructor(readonly error: DomainError) {
    super(`${error.code}: ${error.message.en}`);
  }
}

/** Raised when a stored event has a schema version the registered upcasters cannot bring to current. */
export class UnknownSchemaVersionError extends Error {
  override readonly name = 'UnknownSchemaVersionError';
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
  ) {
    super(`No upcaster for ${eventType} v${schemaVersion}`);
  }
}
