import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { HolidayScheduleLoadedV1 } from '@qinqing/calendar/contracts';
import type { ScheduleRegistryEvent } from '@qinqing/calendar/domain';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

const DDL = [
  `CREATE TABLE IF NOT EXISTS calendar_replicated_notices (
     position bigserial PRIMARY KEY,
     event_id text NOT NULL UNIQUE,
     type text NOT NULL,
     data jsonb NOT NULL,
     recorded_at timestamptz NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now()
   )`,
];

/**
 * A replica's copy of the owning calendar's registry: each notice the owner recorded, as its registry event,
 * in the order it arrived (the owner's order: one message key for all). Written in the consumer's inbox
 * transaction, once per CloudEvent id; read by the replica's calendar, which folds these events exactly as
 * the owner folds its stream.
 */
@Injectable()
export class ReplicatedNotices implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of DDL) await this.db.query(statement);
  }

  /** Records the owner's notice in `tx`; a redelivered one (same CloudEvent id) changes nothing. */
  async record(
    tx: SqlExecutor,
    event: CloudEvent<IntegrationEventData<typeof HolidayScheduleLoadedV1>>,
  ): Promise<void> {
    const registryEvent: ScheduleRegistryEvent = { type: 'HolidayScheduleLoaded', data: event.data };
    await tx.query(
      `INSERT INTO calendar_replicated_notices (event_id, type, data, recorded_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING`,
      [event.id, registryEvent.type, JSON.stringify(registryEvent.data), event.time],
    );
  }

  /** How many notices have arrived: the replica's calendar folds again when it changes. */
  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM calendar_replicated_notices',
    );
    return rows[0]?.n ?? 0;
  }

  /** The owner's registry events, in the order they arrived. */
  async events(): Promise<readonly ScheduleRegistryEvent[]> {
    const { rows } = await this.db.query<{ type: string; data: unknown }>(
      'SELECT type, data FROM calendar_replicated_notices ORDER BY position',
    );
    return rows.map(
      (row) =>
        ({
          type: row.type,
          data: typeof row.data === 'string' ? (JSON.parse(row.data) as unknown) : row.data,
        }) as ScheduleRegistryEvent,
    );
  }
}
