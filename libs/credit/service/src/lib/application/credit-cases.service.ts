import { Inject, Injectable } from '@nestjs/common';
import { CalendarInForce } from '@qinqing/calendar/domain';
import {
  documentNumberKey,
  foldRecord,
  type IntegrityRecordCommand,
  type IntegrityRecordEvent,
  integrityRecordDecider,
  integrityRecordStreamId,
  type ObjectionCommand,
  objectionDecider,
  type ObjectionEvent,
  type ObjectionState,
  objectionStreamId,
  type RecordStanding,
  type RepairApplicationCommand,
  repairApplicationDecider,
  type RepairApplicationEvent,
  type RepairApplicationsState,
  repairStreamId,
  standingOf,
  type WorkingDayLimitContext,
} from '@qinqing/credit/domain';
import { foldEvents, type DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  type Clock,
  type CommandHandler,
  type CommandMetadata,
  DomainRejectionError,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { CREDIT_OPTIONS, type CreditOptions } from '../credit.options';

const domainEventsOf = async <Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
): Promise<Event[]> =>
  (await store.readStream(streamId)).map((event) => ({ type: event.type, data: event.data }) as Event);

/**
 * Runs objection and repair commands with the working-day calendar in force and the limits set, and the
 * record commands their decisions lead to. A decision is first checked against the case as it stands; only
 * then is the record changed, and then the decision recorded (the record commands are idempotent per case,
 * so a retry after a failure in between completes it).
 */
@Injectable()
export class CreditCasesService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CREDIT_OPTIONS) private readonly options: CreditOptions,
    private readonly calendar: CalendarInForce,
  ) {}

  /** The record a case is about, as it stands now; null when there is none. */
  async recordStanding(documentNumber: string): Promise<RecordStanding | null> {
    const events = await domainEventsOf<IntegrityRecordEvent>(
      this.store,
      integrityRecordStreamId(documentNumberKey(documentNumber)),
    );
    return standingOf(foldRecord(events));
  }

  async onRecord(documentNumber: string, command: IntegrityRecordCommand, metadata: CommandMetadata) {
    return this.commands.handle(
      integrityRecordDecider,
      integrityRecordStreamId(documentNumberKey(documentNumber)),
      command,
      metadata,
    );
  }

  async onObjection(objectionId: string, command: ObjectionCommand, metadata: CommandMetadata) {
    return this.commands.handle(objectionDecider, objectionStreamId(objectionId), command, metadata, {
      calendar: await this.calendar.current(),
      workingDays: this.options.objectionWorkingDays,
    });
  }

  async onRepair(documentKey: string, command: RepairApplicationCommand, metadata: CommandMetadata) {
    return this.commands.handle(repairApplicationDecider, repairStreamId(documentKey), command, metadata, {
      calendar: await this.calendar.current(),
      workingDays: this.options.repairDecisionWorkingDays,
    });
  }

  /** Refuses now, as the decider would, a decision the objection as it stands does not allow. */
  async checkObjection(objectionId: string, command: ObjectionCommand): Promise<ObjectionState> {
    const state = foldEvents(
      objectionDecider,
      await domainEventsOf<ObjectionEvent>(this.store, objectionStreamId(objectionId)),
    );
    const decision = objectionDecider.decide(
      command,
      state,
      await this.context(this.options.objectionWorkingDays),
    );
    if (decision.outcome === 'rejected') throw new DomainRejectionError(decision.error);
    return state;
  }

  /** Refuses now, as the decider would, a decision the record's applications as they stand do not allow. */
  async checkRepair(
    documentKey: string,
    command: RepairApplicationCommand,
  ): Promise<RepairApplicationsState> {
    const state = foldEvents(
      repairApplicationDecider,
      await domainEventsOf<RepairApplicationEvent>(this.store, repairStreamId(documentKey)),
    );
    const decision = repairApplicationDecider.decide(
      command,
      state,
      await this.context(this.options.repairDecisionWorkingDays),
    );
    if (decision.outcome === 'rejected') throw new DomainRejectionError(decision.error);
    return state;
  }

  private async context(workingDays: number): Promise<WorkingDayLimitContext> {
    return { now: this.clock.now(), calendar: await this.calendar.current(), workingDays };
  }
}
