export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/**
 * The event store's schema, in order. Never edit a migration that has shipped: add the next one.
 * Statements are idempotent too, so a half-recorded history cannot wedge a start.
 */
export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'create es_events',
    statements: [
      `CREATE TABLE IF NOT EXISTS es_events (
        global_position bigserial PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL,
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL,
        event_type text NOT NULL,
        schema_version int NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        idempotency_key text NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT es_events_event_id_key UNIQUE (event_id),
        CONSTRAINT es_events_stream_revision_key UNIQUE (stream_id, stream_revision)
      )`,
      // The global log's read order (see PostgresEventStore).
      `CREATE INDEX IF NOT EXISTS es_events_log_order_idx ON es_events (transaction_id, global_position)`,
      // Only the first event of an append carries the key, so one key marks one append.
      `CREATE UNIQUE INDEX IF NOT EXISTS es_events_idempotency_key_idx ON es_events (idempotency_key)
        WHERE idempotency_key IS NOT NULL`,
    ],
  },
];
