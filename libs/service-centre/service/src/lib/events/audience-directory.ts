import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EnterpriseDetailsCorrectedV1, EnterpriseRegisteredV1 } from '@qinqing/liaison/contracts';
import type { AudienceFacts, EnterpriseSize } from '@qinqing/service-centre/domain';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';

/**
 * The port the events area asks for an enterprise's audience facts (industry, area, size). Behind it today: a
 * minimal replica of liaison's directory of its own (`service_centre_event_directory`). When the service
 * centre has one shared directory replica, provide `AUDIENCE_DIRECTORY` from it and drop this one.
 */
export interface AudienceDirectory {
  factsOf(creditCode: string): Promise<AudienceFacts | null>;
}

export const AUDIENCE_DIRECTORY = Symbol('AUDIENCE_DIRECTORY');

export const EVENT_DIRECTORY_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_event_directory (
     credit_code text PRIMARY KEY,
     name text NOT NULL,
     industry text NOT NULL,
     area_code text NOT NULL,
     size text
   )`,
];

interface DirectoryRow {
  readonly name: string;
  readonly industry: string;
  readonly area_code: string;
  readonly size: string | null;
}

@Injectable()
export class ReplicaAudienceDirectory implements AudienceDirectory, OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of EVENT_DIRECTORY_DDL) await this.db.query(statement);
  }

  async factsOf(creditCode: string): Promise<AudienceFacts | null> {
    const { rows } = await this.db.query<DirectoryRow>(
      'SELECT name, industry, area_code, size FROM service_centre_event_directory WHERE credit_code = $1',
      [creditCode.toUpperCase()],
    );
    const row = rows[0];
    return row === undefined
      ? null
      : {
          name: row.name,
          industry: row.industry,
          areaCode: row.area_code,
          size: (row.size as EnterpriseSize | null) ?? null,
        };
  }
}

export const CENTRE_EVENTS_DIRECTORY_CONSUMER = 'service-centre.events-directory';

const upsert = async (
  tx: SqlExecutor,
  creditCode: string,
  facts: { name?: string; industry?: string; areaCode?: string },
  size: string | null,
) => {
  if (facts.name !== undefined && facts.industry !== undefined && facts.areaCode !== undefined) {
    await tx.query(
      `INSERT INTO service_centre_event_directory (credit_code, name, industry, area_code, size)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, industry = excluded.industry,
         area_code = excluded.area_code, size = excluded.size`,
      [creditCode, facts.name, facts.industry, facts.areaCode, size],
    );
    return;
  }
  await tx.query(
    `UPDATE service_centre_event_directory SET name = COALESCE($2, name), industry = COALESCE($3, industry),
       area_code = COALESCE($4, area_code), size = $5 WHERE credit_code = $1`,
    [creditCode, facts.name ?? null, facts.industry ?? null, facts.areaCode ?? null, size],
  );
};

/** Liaison's directory (its public events only) into the events area's audience facts, exactly once. */
@EventConsumer(CENTRE_EVENTS_DIRECTORY_CONSUMER)
export class CentreEventsDirectoryConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of EVENT_DIRECTORY_DDL) await this.db.query(statement);
  }

  @IntegrationEventPattern(EnterpriseRegisteredV1)
  async registered(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseRegisteredV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, name, industry, areaCode, size } = event.data;
    await upsert(context.getTransaction(), creditCode, { name, industry, areaCode }, size?.size ?? null);
  }

  @IntegrationEventPattern(EnterpriseDetailsCorrectedV1)
  async corrected(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseDetailsCorrectedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, changes, size } = event.data;
    await upsert(
      context.getTransaction(),
      creditCode,
      {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.industry === undefined ? {} : { industry: changes.industry }),
        ...(changes.areaCode === undefined ? {} : { areaCode: changes.areaCode }),
      },
      size?.size ?? null,
    );
  }
}
