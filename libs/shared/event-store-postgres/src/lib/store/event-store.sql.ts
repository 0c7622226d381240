import { namedStatement } from '../sql/named-statements';
import { eventColumns } from './event-row';

/** The new events as parallel arrays, unnested in input order: $n .. $n+4 of the statements below. */
const newEvents = (first: number, alias: string): string =>
  `unnest($${first}::text[], $${first + 1}::text[], $${first + 2}::int[], $${first + 3}::text[], $${first + 4}::text[])
     WITH ORDINALITY AS ${alias}(event_id, event_type, schema_version, data, metadata, ordinality)`;

const INSERT_COLUMNS =
  'event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, idempotency_key';

/** Only what the database generates: the caller already has the rest, so nothing large travels back. */
const RETURNING_GENERATED = `RETURNING global_position::text AS position_text, transaction_id::text AS transaction_text,
    stream_revision::text AS revision_text, recorded_at`;

/**
 * Refuses an append whose expected head ($2; -1 for a new stream) is not the stream's head without
 * reading the head: UNIQUE (stream_id, stream_revision) already refuses a stream that is past it (revision
 * $2 + 1 is taken), so the statement only has to refuse one that is short of it — the expected head row
 * does not exist. A new stream needs no check beyond the key.
 */
const AT_EXPECTED_HEAD = `WHERE $2::bigint = -1 OR EXISTS (
    SELECT 1 FROM es_events h WHERE h.stream_id = $1 AND h.stream_revision = $2::bigint)`;

/**
 * One event at an expected head, as one single-row statement (the common command).
 * $1 stream, $2 expected head, $3 id, $4 type, $5 schema version, $6 data, $7 metadata, $8 idempotency key.
 */
export const APPEND_ONE_SQL = namedStatement(
  'es-append-one',
  `
  INSERT INTO es_events (${INSERT_COLUMNS})
  SELECT $3::uuid, $1, $2::bigint + 1, $4, $5::int, $6::jsonb, $7::jsonb, $8::text
  ${AT_EXPECTED_HEAD}
  ${RETURNING_GENERATED}`,
);

/**
 * Several events at an expected head, unnested in input order so the bigserial hands out positions in
 * that order too; the idempotency key goes on the first row only. $1 stream, $2 expected head, $3-$7
 * events, $8 idempotency key.
 */
export const APPEND_MANY_SQL = namedStatement(
  'es-append-many',
  `
  INSERT INTO es_events (${INSERT_COLUMNS})
  SELECT e.event_id::uuid, $1, $2::bigint + e.ordinality, e.event_type, e.schema_version,
         e.data::jsonb, e.metadata::jsonb, CASE WHEN e.ordinality = 1 THEN $8::text END
  FROM ${newEvents(3, 'e')}
  ${AT_EXPECTED_HEAD}
  ORDER BY e.ordinality
  ${RETURNING_GENERATED}`,
);

/**
 * An append with no expectation ('any'): revisions continue from the stream's current head, read in the
 * same statement. $1 stream, $3-$7 events, $8 idempotency key ($2 unused, kept for one parameter list).
 */
export const APPEND_ANY_SQL = `
  WITH head AS (
    SELECT coalesce(max(stream_revision), -1) AS revision FROM es_events WHERE stream_id = $1
  )
  INSERT INTO es_events (${INSERT_COLUMNS})
  SELECT e.event_id::uuid, $1, head.revision + e.ordinality, e.event_type, e.schema_version,
         e.data::jsonb, e.metadata::jsonb, CASE WHEN e.ordinality = 1 THEN $8::text END
  FROM head, ${newEvents(3, 'e')}
  WHERE $2::bigint IS NULL
  ORDER BY e.ordinality
  ${RETURNING_GENERATED}`;

/**
 * What is already stored under the ids of an append that failed, compared in SQL (jsonb equality ignores
 * key order and whitespace), in input order; unknown ids give a row of NULLs.
 * $1 stream, $2-$6 events.
 */
export const STORED_COPY_SQL = `
  SELECT ${eventColumns('s')},
         (s.stream_id = $1 AND s.event_type = n.event_type AND s.schema_version = n.schema_version
           AND s.data = n.data::jsonb AND s.metadata = n.metadata::jsonb) AS same
  FROM ${newEvents(2, 'n')}
  LEFT JOIN es_events s ON s.event_id = n.event_id::uuid
  ORDER BY n.ordinality`;

/**
 * Several streams' appends as ONE statement — one implicit transaction, so every row or none. Per append,
 * in input order: $1 stream, $2 expected head (-1 for a new stream, NULL for 'any': the current head, read
 * here), $3 idempotency key (on the append's first row). Per event, in input order: $4 the 1-based index
 * of its append, $5 its 1-based place in that append, $6-$10 the event columns. Inserts nothing when an
 * expected head row is missing (a stream short of its expectation); a stream past it collides on
 * UNIQUE (stream_id, stream_revision) and aborts the whole statement. Rows are inserted in input order, so
 * the bigserial hands out positions in that order and every row carries the same transaction id.
 */
export const APPEND_TO_STREAMS_SQL = namedStatement(
  'es-append-to-streams',
  `
  WITH appends AS MATERIALIZED (
    SELECT a.n, a.stream_id, a.idempotency_key,
           coalesce(a.expected,
                    (SELECT max(h.stream_revision) FROM es_events h WHERE h.stream_id = a.stream_id),
                    -1) AS head
    FROM unnest($1::text[], $2::bigint[], $3::text[]) WITH ORDINALITY AS a(stream_id, expected, idempotency_key, n)
  )
  INSERT INTO es_events (${INSERT_COLUMNS})
  SELECT e.event_id::uuid, a.stream_id, a.head + e.place, e.event_type, e.schema_version,
         e.data::jsonb, e.metadata::jsonb, CASE WHEN e.place = 1 THEN a.idempotency_key END
  FROM unnest($4::int[], $5::int[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[])
       WITH ORDINALITY AS e(append_n, place, event_id, event_type, schema_version, data, metadata, ordinality)
  JOIN appends a ON a.n = e.append_n
  WHERE NOT EXISTS (
    SELECT 1 FROM appends s
    WHERE s.head >= 0
      AND NOT EXISTS (SELECT 1 FROM es_events h WHERE h.stream_id = s.stream_id AND h.stream_revision = s.head))
  ORDER BY e.ordinality
  ${RETURNING_GENERATED}`,
);

/**
 * STORED_COPY_SQL for the events of several streams: $1 each event's stream, $2-$6 the events.
 */
export const STORED_COPIES_SQL = `
  SELECT ${eventColumns('s')},
         (s.stream_id = n.stream_id AND s.event_type = n.event_type AND s.schema_version = n.schema_version
           AND s.data = n.data::jsonb AND s.metadata = n.metadata::jsonb) AS same
  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])
       WITH ORDINALITY AS n(stream_id, event_id, event_type, schema_version, data, metadata, ordinality)
  LEFT JOIN es_events s ON s.event_id = n.event_id::uuid
  ORDER BY n.ordinality`;

/** The head of each stream in $1, in input order (NULL for a stream that does not exist). */
export const CURRENT_REVISIONS_SQL = `
  SELECT (SELECT max(e.stream_revision) FROM es_events e WHERE e.stream_id = s.stream_id)::text AS revision_text
  FROM unnest($1::text[]) WITH ORDINALITY AS s(stream_id, n)
  ORDER BY s.n`;

export const IDEMPOTENCY_KEYS_USED_SQL = `
  SELECT idempotency_key FROM es_events WHERE idempotency_key = ANY($1::text[])`;

/** The events of the streams in $1, stream by stream, each in revision order (one index range per stream). */
export const READ_STREAMS_SQL = namedStatement(
  'es-read-streams',
  `
  SELECT ${eventColumns('e')} FROM es_events e
  WHERE e.stream_id = ANY($1::text[])
  ORDER BY e.stream_id, e.stream_revision`,
);

export const READ_STREAM_SQL = namedStatement(
  'es-read-stream',
  `
  SELECT ${eventColumns('e')} FROM es_events e WHERE e.stream_id = $1 ORDER BY e.stream_revision`,
);

/**
 * Only transactions older than the oldest one still running (the snapshot's xmin, computed once per
 * statement) are read, in (transaction id, position) order, after the cursor ($1, $2); $3 limit or NULL.
 */
export const READ_ALL_SQL = namedStatement(
  'es-read-all',
  `
  SELECT ${eventColumns('e')} FROM es_events e
  WHERE e.transaction_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))
    AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
  ORDER BY e.transaction_id, e.global_position
  LIMIT $3`,
);

/**
 * A window of the log as READ_ALL_SQL reads it, with the columns of only the types in $4: the others come as
 * their position alone (every other column NULL), so the reader moves past them without receiving them — nor
 * parsing a timestamp and two strings for each, which was a tenth of a consumer's CPU passing over a city's log.
 */
export const READ_ALL_OF_TYPES_SQL = namedStatement(
  'es-read-all-of-types',
  `
  SELECT e.global_position::text AS position_text, e.transaction_id::text AS transaction_text,
         w.wanted,
         CASE WHEN w.wanted THEN e.stream_revision::text END AS revision_text,
         CASE WHEN w.wanted THEN e.event_id::text END AS event_id,
         CASE WHEN w.wanted THEN e.stream_id END AS stream_id,
         CASE WHEN w.wanted THEN e.event_type END AS event_type,
         CASE WHEN w.wanted THEN e.schema_version END AS schema_version,
         CASE WHEN w.wanted THEN e.data END AS data,
         CASE WHEN w.wanted THEN e.metadata END AS metadata,
         CASE WHEN w.wanted THEN e.recorded_at END AS recorded_at
  FROM es_events e
  CROSS JOIN LATERAL (SELECT e.event_type = ANY($4::text[]) AS wanted) w
  WHERE e.transaction_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))
    AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
  ORDER BY e.transaction_id, e.global_position
  LIMIT $3`,
);

/** The append a key marks: its first event, and the events of the same append after it. */
export const FIND_BY_IDEMPOTENCY_KEY_SQL = `
  SELECT ${eventColumns('e')}
  FROM es_events marked
  JOIN es_events e
    ON e.stream_id = marked.stream_id
   AND e.transaction_id = marked.transaction_id
   AND e.stream_revision >= marked.stream_revision
   AND e.metadata ->> 'idempotencyKey' = marked.idempotency_key
  WHERE marked.idempotency_key = $1
  ORDER BY e.stream_revision`;

export const CURRENT_REVISION_SQL = `
  SELECT max(stream_revision)::text AS revision_text FROM es_events WHERE stream_id = $1`;

export const IDEMPOTENCY_KEY_USED_SQL = `SELECT 1 AS used FROM es_events WHERE idempotency_key = $1`;

export const EVENT_ID_CONSTRAINT = 'es_events_event_id_key';
export const IDEMPOTENCY_KEY_INDEX = 'es_events_idempotency_key_idx';
