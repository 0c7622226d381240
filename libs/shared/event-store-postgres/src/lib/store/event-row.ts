import type { EventMetadata, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { encodeCursor } from './log-cursor';

/**
 * A stored event as the query returns it. bigint and xid8 columns are selected as text: pg returns
 * int8 as strings and PGlite as (possibly rounded) numbers, text is exact on both. The aliases differ
 * from the column names so that ORDER BY still sorts by the typed columns.
 */
export interface EventRow {
  readonly position_text: string;
  readonly transaction_text: string;
  readonly revision_text: string;
  readonly event_id: string;
  readonly stream_id: string;
  readonly event_type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recorded_at: Date | string;
}

/** The select list producing an EventRow from es_events under the given alias. */
export const eventColumns = (alias: string): string =>
  [
    `${alias}.global_position::text AS position_text`,
    `${alias}.transaction_id::text AS transaction_text`,
    `${alias}.stream_revision::text AS revision_text`,
    `${alias}.event_id::text AS event_id`,
    `${alias}.stream_id`,
    `${alias}.event_type`,
    `${alias}.schema_version`,
    `${alias}.data`,
    `${alias}.metadata`,
    `${alias}.recorded_at`,
  ].join(', ');

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  type: row.event_type,
  schemaVersion: Number(row.schema_version),
  data: row.data,
  metadata: row.metadata,
  streamId: row.stream_id,
  streamRevision: Number(row.revision_text),
  globalPosition: BigInt(row.position_text),
  cursor: encodeCursor({ transactionId: row.transaction_text, globalPosition: row.position_text }),
  recordedAt: row.recorded_at instanceof Date ? row.recorded_at : new Date(row.recorded_at),
});
