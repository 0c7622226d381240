import { Inject, Injectable } from '@nestjs/common';
import { OfficialsService } from '../../officials/application/officials.service';
import { CalendarInForce, parseCalendarDate } from '@qinqing/calendar/domain';
import type { StaffActor } from '@qinqing/identity/access';
import type {
  ChangeFilingSettingsBody,
  FileInteractionBody,
  ReportInteractionBody,
} from '@qinqing/liaison/contracts';
import {
  conflictsBetween,
  declarationsDecider,
  declarationsStreamId,
  type FilingContext,
  type FilingSettings,
  filingSettingsDecider,
  filingSettingsStreamId,
  filingStreamId,
  interactionFilingDecider,
  ruleError,
} from '@qinqing/liaison/domain';
import {
  type Clock,
  type CommandHandler,
  type CommandMetadata,
  DomainRejectionError,
  type EventStore,
  type IdGenerator,
} from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE, ID_GENERATOR } from '@qinqing/shared/nest-platform';
import { chinaDateOf } from '../china-today';
import { streamState } from '../stream-state';

/** Filing commands: each gathers what its decision needs (settings, superior, calendar, declarations). */
@Injectable()
export class FilingCommandsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly calendar: CalendarInForce,
    private readonly officials: OfficialsService,
  ) {}

  async settingsFor(jurisdiction: string): Promise<FilingSettings> {
    return (await streamState(this.store, filingSettingsDecider, filingSettingsStreamId(jurisdiction)))
      .settings;
  }

  async changeSettings(
    jurisdiction: string,
    body: ChangeFilingSettingsBody,
    changedBy: string,
    metadata: CommandMetadata,
  ): Promise<FilingSettings> {
    const { reason, ...settings } = body;
    const result = await this.commands.handle(
      filingSettingsDecider,
      filingSettingsStreamId(jurisdiction),
      { type: 'ChangeFilingSettings', jurisdiction, settings, reason, changedBy },
      metadata,
    );
    return result.state.settings;
  }

  /** Who approves an official's filings: the superior on the official's liaison profile (null without one). */
  superiorOf(accountId: string): Promise<string | null> {
    return this.officials.superiorOf(accountId);
  }

  private async context(jurisdiction: string): Promise<Omit<FilingContext, 'now'>> {
    return {
      calendar: await this.calendar.current(),
      settings: await this.settingsFor(jurisdiction),
      today: chinaDateOf(this.clock.now()),
    };
  }

  /**
   * The settings an official's filings are decided under: those of the jurisdiction on their profile (the
   * deployment's without one). The official never names it, so never picks a lenient one.
   */
  async settingsOfOfficial(
    accountId: string,
  ): Promise<{ readonly jurisdiction: string; readonly settings: FilingSettings }> {
    const jurisdiction = await this.officials.jurisdictionOf(accountId);
    return { jurisdiction, settings: await this.settingsFor(jurisdiction) };
  }

  async file(official: StaffActor, body: FileInteractionBody, metadata: CommandMetadata): Promise<string> {
    // Never the caller's choice: an official does not pick who approves them. The superior recorded for the
    // official decides (see superiorOf; docs/liaison.md says how the officials' profiles feed it).
    const superiorId = await this.superiorOf(official.id);
    if (superiorId === null) {
      throw new DomainRejectionError(
        ruleError(
          'conflict',
          'no-superior',
          'filing-approval',
          {
            zh: '尚未登记您的领导干部档案（含上级），无法报备；请管理员先登记',
            en: 'Your official’s profile (with your superior) is not registered; an administrator registers it before you file',
          },
          { field: 'superiorId' },
        ),
      );
    }
    // Likewise the jurisdiction: the official's record decides it, and the filing keeps it for its approval.
    const jurisdiction = await this.officials.jurisdictionOf(official.id);
    const filingId = this.ids.next();
    const organiserCode = body.organiser.creditCode;
    await this.commands.handle(
      interactionFilingDecider,
      filingStreamId(filingId),
      {
        type: 'FileInteraction',
        filingId,
        officialId: official.id,
        superiorId,
        jurisdiction,
        activityKind: body.activityKind,
        organiser: body.organiser,
        enterpriseCreditCodes: [
          ...(organiserCode === undefined ? [] : [organiserCode]),
          ...body.enterpriseCreditCodes,
        ],
        title: body.title,
        purpose: body.purpose,
        eventDate: parseCalendarDate(body.eventDate),
      },
      metadata,
      await this.context(jurisdiction),
    );
    return filingId;
  }

  private async filing(filingId: string) {
    const state = await streamState(this.store, interactionFilingDecider, filingStreamId(filingId));
    if (state.status === 'absent') {
      throw new DomainRejectionError(
        ruleError('not-found', 'filing-not-found', 'filing-approval', {
          zh: '没有这项报备',
          en: 'There is no such filing',
        }),
      );
    }
    return state.filing;
  }

  async approve(filingId: string, approvedBy: string, metadata: CommandMetadata): Promise<void> {
    const filing = await this.filing(filingId);
    const declarations = await streamState(
      this.store,
      declarationsDecider,
      declarationsStreamId(filing.officialId),
    );
    const conflicts = filing.enterpriseCreditCodes.map((creditCode) => ({
      creditCode,
      conflicts: conflictsBetween([declarations], filing.officialId, creditCode),
    }));
    await this.commands.handle(
      interactionFilingDecider,
      filingStreamId(filingId),
      { type: 'ApproveFiling', approvedBy, conflicts },
      metadata,
      await this.context(filing.jurisdiction),
    );
  }

  async refuse(
    filingId: string,
    refusedBy: string,
    reason: string,
    metadata: CommandMetadata,
  ): Promise<void> {
    const filing = await this.filing(filingId);
    await this.commands.handle(
      interactionFilingDecider,
      filingStreamId(filingId),
      { type: 'RefuseFiling', refusedBy, reason },
      metadata,
      await this.context(filing.jurisdiction),
    );
  }

  async report(
    filingId: string,
    reportedBy: string,
    body: ReportInteractionBody,
    metadata: CommandMetadata,
  ): Promise<void> {
    const filing = await this.filing(filingId);
    await this.commands.handle(
      interactionFilingDecider,
      filingStreamId(filingId),
      { type: 'ReportInteraction', reportedBy, summary: body.summary, conductKept: body.conductKept },
      metadata,
      await this.context(filing.jurisdiction),
    );
  }

  /** Raises the missing-report alert on one filing (the overdue sweep calls it). */
  async flagOverdue(filingId: string, jurisdiction: string, metadata: CommandMetadata): Promise<void> {
    await this.commands.handle(
      interactionFilingDecider,
      filingStreamId(filingId),
      { type: 'FlagReportOverdue' },
      metadata,
      await this.context(jurisdiction),
    );
  }
}
