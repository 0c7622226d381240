import { Inject, Injectable } from '@nestjs/common';
import {
  type JointBranchCommand,
  jointBranchDecider,
  type JointBranchEvent,
  type JointBranchMembershipEvent,
  type JointBranchState,
  jointBranchStreamId,
  jointBranchUnitStreamId,
  type JointBranchUnitStanding,
  evolveJointBranchMembership,
  membershipEventsOf,
} from '@qinqing/party-building/domain';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  type Clock,
  type CommandMetadata,
  ConcurrencyConflictError,
  DomainRejectionError,
  type EventStore,
  type IdGenerator,
  type NewEvent,
  type RecordedEvent,
  type SqlDatabase,
  type StreamAppend,
  WrongExpectedRevisionError,
} from '@qinqing/shared/event-sourcing';
import { CLOCK, EVENT_STORE, ID_GENERATOR, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { PARTY_BUILDING_OPTIONS, type PartyBuildingOptions } from '../party-building.env';

const MAX_ATTEMPTS = 5;

const domainEventOf = <Event extends DomainEvent>(recorded: RecordedEvent): Event =>
  ({ type: recorded.type, data: recorded.data }) as Event;

/**
 * Joint-branch commands. "No unit in two joint branches at once" is an invariant across aggregates, so each unit
 * has a reservation stream (`party-building-joint-branch-unit-<credit code>`) that says which joint branch holds
 * it. A command reads the joint branch and its units' reservations, decides, and appends the joint branch's
 * events and the reservations they take or release in one atomic `appendMany`, each stream at the revision it was
 * read: when two joint branches race for a unit, one append fails on the unit's stream and is decided again,
 * now seeing the unit taken. A check against the projection alone could not promise this (it lags the log, and
 * two requests could both see the unit free). The units' member counts come from the organisations read model:
 * they are facts to check, not an invariant shared with another joint branch.
 */
@Injectable()
export class JointBranchCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(PARTY_BUILDING_OPTIONS) private readonly options: PartyBuildingOptions,
  ) {}

  async handle(
    jointBranchId: string,
    command: JointBranchCommand,
    metadata: CommandMetadata,
  ): Promise<{ readonly state: JointBranchState; readonly events: readonly JointBranchEvent[] }> {
    const codes = this.unitCodesOf(command);
    for (let attempt = 1; ; attempt++) {
      const branchStream = jointBranchStreamId(jointBranchId);
      const unitStreams = codes.map(jointBranchUnitStreamId);
      const histories = await this.read([branchStream, ...unitStreams]);
      const branchHistory = histories.get(branchStream) ?? [];
      const state = branchHistory
        .map((e) => domainEventOf<JointBranchEvent>(e))
        .reduce(jointBranchDecider.evolve, jointBranchDecider.initialState());
      const units = await this.standings(codes, histories);
      const now = this.clock.now();
      const decision = jointBranchDecider.decide(command, state, {
        now,
        branchTermYears: this.options.termYears.branch,
        units,
      });
      if (decision.outcome === 'rejected') throw new DomainRejectionError(decision.error);
      const causationId = metadata.causationId ?? this.ids.next();
      const envelope = (event: DomainEvent): NewEvent => ({
        eventId: this.ids.next(),
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata: {
          correlationId: metadata.correlationId,
          causationId,
          actorId: metadata.actor.id,
          actorRole: metadata.actor.role,
          occurredAt: now.toISOString(),
        },
      });
      const reservations = new Map<string, JointBranchMembershipEvent[]>();
      for (const event of decision.events)
        for (const taken of membershipEventsOf(event))
          reservations.set(taken.creditCode, [...(reservations.get(taken.creditCode) ?? []), taken.event]);
      const appends: StreamAppend[] = [
        ...[...reservations].map(([code, events]) => {
          const streamId = jointBranchUnitStreamId(code);
          const revision = (histories.get(streamId) ?? []).length - 1;
          return {
            streamId,
            expectedRevision: revision === -1 ? ('no_stream' as const) : revision,
            events: events.map(envelope),
          };
        }),
        {
          streamId: branchStream,
          expectedRevision: branchHistory.length === 0 ? 'no_stream' : branchHistory.length - 1,
          events: decision.events.map(envelope),
        },
      ];
      try {
        await this.append(appends);
        return { state: decision.events.reduce(jointBranchDecider.evolve, state), events: decision.events };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new ConcurrencyConflictError(error.streamId, attempt);
      }
    }
  }

  /** The units a command names, normalised (a code that is not one is left to the decider to refuse). */
  private unitCodesOf(command: JointBranchCommand): string[] {
    const raw = command.type === 'FormJointBranch' ? command.units : [command.creditCode];
    const valid = raw.filter((code) => validateUnifiedSocialCreditCode(code).ok).map(normaliseCreditCode);
    return [...new Set(valid)].slice(0, 20);
  }

  private async read(streamIds: readonly string[]): Promise<ReadonlyMap<string, readonly RecordedEvent[]>> {
    if (this.store.readStreams !== undefined) return this.store.readStreams(streamIds);
    return new Map(
      await Promise.all(streamIds.map(async (id) => [id, await this.store.readStream(id)] as const)),
    );
  }

  /**
   * Atomic where the store can (PostgreSQL, PGlite). A store without `appendMany` (KurrentDB) takes the
   * reservations first, each at its revision, then appends the joint branch: a race is still lost on the
   * reservation, though a crash between the two would leave a reservation without its joint branch event.
   */
  private async append(appends: readonly StreamAppend[]): Promise<void> {
    if (this.store.appendMany !== undefined) {
      await this.store.appendMany(appends);
      return;
    }
    for (const append of appends) await this.store.appendToStream(append.streamId, append.events, append);
  }

  private async standings(
    codes: readonly string[],
    histories: ReadonlyMap<string, readonly RecordedEvent[]>,
  ): Promise<Map<string, JointBranchUnitStanding>> {
    const { rows } = await this.db.query<{
      credit_code: string;
      enterprise_name: string;
      full_members: number;
      probationary_members: number;
    }>(
      `SELECT credit_code, enterprise_name, full_members, probationary_members
       FROM party_building_organisations WHERE credit_code = ANY($1::text[])`,
      [[...codes]],
    );
    const records = new Map(rows.map((row) => [row.credit_code, row]));
    return new Map(
      codes.map((code) => {
        const reservation = (histories.get(jointBranchUnitStreamId(code)) ?? [])
          .map((e) => domainEventOf<JointBranchMembershipEvent>(e))
          .reduce(evolveJointBranchMembership, { jointBranchId: null });
        const row = records.get(code);
        return [
          code,
          {
            record:
              row === undefined
                ? null
                : {
                    enterpriseName: row.enterprise_name,
                    fullMembers: row.full_members,
                    probationaryMembers: row.probationary_members,
                  },
            jointBranchId: reservation.jointBranchId,
          },
        ];
      }),
    );
  }
}
