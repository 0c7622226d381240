import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  EnterpriseDetailsCorrectedV1,
  type EnterpriseDirectoryEvent,
  EnterpriseRegisteredV1,
} from '@qinqing/liaison/contracts';
import { chinaDateOf, type DirectoryEntry } from '@qinqing/service-centre/domain';
import { roundsByKey, type Clock, type SqlDatabase, type SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { matchArrivals } from '../matching/enterprise-arrivals';
import { queueArrivals } from '../notices/policy-notice-queue.table';
import { PolicyNoticesPass } from '../notices/policy-notices.pass';
import { POLICIES_DDL } from '../projection/policies.projection';
import {
  type Correction,
  DIRECTORY_REPLICA_DDL,
  keepCorrections,
  keepRegistrations,
  type Registration,
} from './directory-replica.table';

export const SERVICE_CENTRE_DIRECTORY_CONSUMER = 'service-centre.liaison-directory';

const codeOf = (event: EnterpriseDirectoryEvent): string => event.data.creditCode.toUpperCase();

const registrationOf = ({
  data,
}: EnterpriseDirectoryEvent & { type: typeof EnterpriseRegisteredV1.type }) => ({
  entry: {
    creditCode: data.creditCode.toUpperCase(),
    name: data.name,
    industry: data.industry,
    size: data.size?.size ?? null,
    areaCode: data.areaCode,
    tags: data.tags,
  },
  at: data.registeredAt,
});

const correctionOf = ({
  data,
}: EnterpriseDirectoryEvent & { type: typeof EnterpriseDetailsCorrectedV1.type }): Correction => ({
  creditCode: data.creditCode.toUpperCase(),
  changes: {
    ...(data.changes.name === undefined ? {} : { name: data.changes.name }),
    ...(data.changes.industry === undefined ? {} : { industry: data.changes.industry }),
    ...(data.changes.areaCode === undefined ? {} : { areaCode: data.changes.areaCode }),
    ...(data.changes.tags === undefined ? {} : { tags: data.changes.tags }),
  },
  size: data.size?.size ?? null,
  at: data.correctedAt,
});

/**
 * Liaison's enterprise directory into `service_centre_directory`, in the inbox's transaction (exactly once),
 * and each arriving or corrected enterprise matched against the policies in force in the same transaction
 * (精准推送: enterprises added later are matched as they arrive), and the policies newly offered to it queued for
 * their SMS notice (PolicyNoticesPass lists them). Public events only, never liaison's tables. A batch at a time,
 * a few statements per round of distinct enterprises (`roundsByKey`): a city's directory is a million
 * registrations.
 */
@EventConsumer(SERVICE_CENTRE_DIRECTORY_CONSUMER)
export class ServiceCentreDirectoryConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly notices: PolicyNoticesPass,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const statement of [...DIRECTORY_REPLICA_DDL, ...POLICIES_DDL]) await this.db.query(statement);
  }

  @IntegrationEventBatchPattern(EnterpriseRegisteredV1, EnterpriseDetailsCorrectedV1)
  async apply(
    @Payload() events: readonly EnterpriseDirectoryEvent[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    const tx = context.getTransaction();
    let queued = false;
    for (const round of roundsByKey(events, codeOf)) queued = (await this.applyRound(tx, round)) || queued;
    if (queued) this.notices.soon();
  }

  /**
   * Keeps a round's registrations and corrections (each enterprise once), then matches the enterprises as they
   * stand against the policies in force today (China time), whenever their events were written, and queues a
   * notice of each policy newly offered, caused by the enterprise's event. True when a notice was queued.
   */
  private async applyRound(tx: SqlExecutor, round: readonly EnterpriseDirectoryEvent[]): Promise<boolean> {
    const registrations: Registration[] = [];
    const corrections: Correction[] = [];
    for (const event of round)
      if (event.type === EnterpriseRegisteredV1.type) registrations.push(registrationOf(event));
      else corrections.push(correctionOf(event));
    await keepRegistrations(tx, registrations);
    const arrived: DirectoryEntry[] = [
      ...registrations.map((r) => r.entry),
      ...(await keepCorrections(tx, corrections)),
    ];
    const now = this.clock.now();
    const at = now.toISOString();
    const matches = await matchArrivals(tx, arrived, chinaDateOf(now), at);
    const causeOf = new Map(
      round.map((event) => [
        codeOf(event),
        { correlationId: event.correlationid ?? event.id, causationId: event.id },
      ]),
    );
    const arrivals = arrived.flatMap((entry) => {
      const policyIds = matches.get(entry.creditCode)?.newlyOffered ?? [];
      const cause = causeOf.get(entry.creditCode);
      return policyIds.length === 0 || cause === undefined
        ? []
        : [{ creditCode: entry.creditCode, policyIds, cause }];
    });
    await queueArrivals(tx, arrivals, at);
    return arrivals.length > 0;
  }
}
