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
  type ObjectionOutcome,
  type ObjectionState,
  parseRepairApplicationId,
  type RecordFactsInput,
  objectionStreamId,
  type RecordStanding,
  type RepairApplicationCommand,
  repairApplicationDecider,
  type RepairApplicationEvent,
  type RepairApplicationsState,
  type RepairApplicationSummary,
  type RepairOutcome,
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

  /**
   * Decides an objection and carries the decision to the record: a correction through the record's own
   * correction (its reason the decision), a withdrawal by the record's `RecordWithdrawn`.
   */
  async decideObjection(
    objectionId: string,
    decision: {
      readonly outcome: ObjectionOutcome;
      readonly reasons: string;
      readonly changes: Partial<RecordFactsInput>;
      readonly decidedBy: string;
    },
    metadata: CommandMetadata,
  ): Promise<Exclude<ObjectionState, { status: 'absent' }>> {
    const command: ObjectionCommand = {
      type: 'DecideObjection',
      objectionId,
      outcome: decision.outcome,
      reasons: decision.reasons,
      withChanges: Object.keys(decision.changes).length > 0,
      decidedBy: decision.decidedBy,
    };
    const state = await this.checkObjection(objectionId, command);
    if (state.status === 'absent') throw new Error('A checked objection exists');
    const { documentNumber } = state;
    if (decision.outcome === 'corrected') {
      await this.onRecord(
        documentNumber,
        {
          type: 'CorrectRecord',
          documentNumber,
          changes: decision.changes,
          reason: `异议处理决定（${objectionId}）：${decision.reasons.trim()}`,
          correctedBy: decision.decidedBy,
        },
        metadata,
      );
    }
    if (decision.outcome === 'withdrawn') {
      await this.onRecord(
        documentNumber,
        {
          type: 'WithdrawRecord',
          documentNumber,
          objectionId,
          reason: decision.reasons,
          withdrawnBy: decision.decidedBy,
        },
        metadata,
      );
    }
    const result = await this.onObjection(objectionId, command, metadata);
    if (result.state.status === 'absent') throw new Error('A decided objection exists');
    return result.state;
  }

  /** Decides a repair application; granted, the record's publication ends early by its `RecordRepaired`. */
  async decideRepair(
    applicationId: string,
    decision: { readonly outcome: RepairOutcome; readonly reasons: string; readonly decidedBy: string },
    metadata: CommandMetadata,
  ): Promise<{ readonly state: RepairApplicationsState; readonly application: RepairApplicationSummary }> {
    const named = parseRepairApplicationId(applicationId);
    if (named === null) {
      throw new DomainRejectionError({
        kind: 'not-found',
        code: 'application-not-found',
        message: {
          zh: `没有编号为 ${applicationId} 的信用修复申请`,
          en: `No repair application has id ${applicationId}`,
        },
      });
    }
    const command: RepairApplicationCommand = { type: 'DecideRepair', applicationId, ...decision };
    const state = await this.checkRepair(named.documentKey, command);
    const { documentNumber } = state;
    if (documentNumber === null) throw new Error('A checked repair application exists');
    if (decision.outcome === 'granted') {
      await this.onRecord(
        documentNumber,
        { type: 'RepairRecord', documentNumber, applicationId, repairedBy: decision.decidedBy },
        metadata,
      );
    }
    const result = await this.onRepair(named.documentKey, command, metadata);
    const application = result.state.applications.find(
      (candidate) => candidate.applicationId === applicationId,
    );
    if (application === undefined) throw new Error('A decided repair application exists');
    return { state: result.state, application };
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
