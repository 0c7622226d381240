import { jsonEvent } from '@kurrent/kurrentdb-client';
import type { EventData, JSONType, Position } from '@kurrent/kurrentdb-client';
import type { NewEvent, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { decodeEventMetadata, encodeEventMetadata } from './event-metadata';
import { MalformedStoredEventError } from './errors';
import { revisionToNumber } from './expected-revision';
import { encodeLogCursor, isUsablePosition } from './log-cursor';

/** The fields of the client's RecordedEvent that this adapter reads (the client's type is assignable to it). */
export interface KurrentRecordedEvent {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly created: Date;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

/** KurrentDB event id = our eventId (UUIDv7), type = our type, schema version and envelope in the metadata. */
export const toEventData = (event: NewEvent): EventData =>
  jsonEvent({
    id: event.eventId,
    type: event.type,
    // The client serialises with JSON.stringify, which takes any JSON value, not only its JSONType.
    // Absent data is stored as null (JSON has no undefined), as the PostgreSQL store does.
    data: (event.data ?? null) as JSONType,
    metadata: { ...encodeEventMetadata(event.schemaVersion, event.metadata) },
  });

/**
 * The stored event as our envelope, at the schema version it was written with (upcasting comes after).
 * `streamId` is passed in because the adapter may keep streams under a namespace prefix.
 */
export const toRecordedEvent = (event: KurrentRecordedEvent, streamId: string): RecordedEvent => {
  const fail = (reason: string): never => {
    throw new MalformedStoredEventError(event.streamId, event.id, reason);
  };
  if (!event.isJson) fail('content type is not application/json');
  const decoded = decodeEventMetadata(event.metadata);
  if ('problem' in decoded) return fail(decoded.problem);
  // Stream reads carry the $all position only on servers newer than 22.6; older ones send a "none" marker.
  const position =
    event.position !== undefined && isUsablePosition(event.position)
      ? event.position
      : fail('no $all position (KurrentDB / EventStoreDB 22.6 or later is required)');
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: decoded.schemaVersion,
    data: event.data,
    metadata: decoded.metadata,
    streamId,
    streamRevision: revisionToNumber(event.revision),
    globalPosition: position.commit,
    cursor: encodeLogCursor(position),
    recordedAt: event.created,
  };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so two values that serialise to the same JSON compare equal. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, nested: unknown) =>
    isPlainObject(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  ) ?? 'undefined';

/**
 * Whether a stored event is the one that was sent. KurrentDB's idempotency compares event ids only, so an
 * append that reuses ids with other content "succeeds" without writing; this catches that.
 */
export const sameContent = (sent: NewEvent, stored: RecordedEvent): boolean =>
  sent.eventId === stored.eventId &&
  sent.type === stored.type &&
  sent.schemaVersion === stored.schemaVersion &&
  canonicalJson(sent.data ?? null) === canonicalJson(stored.data) &&
  canonicalJson(sent.metadata) === canonicalJson(stored.metadata);
