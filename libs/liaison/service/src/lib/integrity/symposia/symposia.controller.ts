import { Controller, Get, HttpCode, Inject, NotFoundException, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  changeSymposiumSettingsBody,
  type ChangeSymposiumSettingsBody,
  raiseSymposiumProblemBody,
  type RaiseSymposiumProblemBody,
  recordAttendanceBody,
  type RecordAttendanceBody,
  scheduleSymposiumBody,
  type ScheduleSymposiumBody,
  symposiumListQuery,
  type SymposiumListQuery,
} from '@qinqing/liaison/contracts';
import {
  type PeriodCompliance,
  ruleError,
  symposiumCompliance,
  symposiumDecider,
  type SymposiumSettings,
  symposiumSettingsDecider,
  symposiumSettingsStreamId,
  symposiumStreamId,
} from '@qinqing/liaison/domain';
import { maskPhone } from '@qinqing/shared/chinese-ids';
import {
  type Clock,
  type CommandHandler,
  DomainRejectionError,
  type EventStore,
  type IdGenerator,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  CLOCK,
  COMMAND_HANDLER,
  EVENT_STORE,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { Jurisdictions } from '../../application/deployment-jurisdiction';
import { isOfficial } from '../../officials/application/liaison-access';
import { OfficialsService } from '../../officials/application/officials.service';
import { chinaDateOf } from '../china-today';
import { ALL_STAFF, jurisdictionParam, PathParams, uuidParam } from '../params';
import { streamState } from '../stream-state';

/** Who convenes symposia and records them: the leadership (officials), supervision, administration. */
const CONVENERS = ['leading-official', 'supervisor', 'administrator'] as const;
const symposiumIdParam = uuidParam('symposiumId', '座谈会编号', 'symposium id');
/** A jurisdiction holds a few symposia a year; a year's list is bounded well above any real count. */
const YEAR_LIMIT = 200;

interface SymposiumRow {
  symposium_id: string;
  title: string;
  date: string;
  convener_unit_id: string;
  status: string;
  enterprises: unknown;
  chambers: unknown;
}

const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** Symposia with enterprises and chambers (政企座谈会, 青岛 二(一), 恒口 二(一)) and their problems. */
@ApiTags('liaison integrity')
@Controller('liaison')
export class SymposiaController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly jurisdictions: Jurisdictions,
    private readonly officials: OfficialsService,
  ) {}

  /**
   * Whose symposium count a new one goes to. An official convenes under the jurisdiction on their profile and
   * may not name another (a 400 on `jurisdiction`); supervision and administration name the jurisdiction they
   * convene for, by default the deployment's.
   */
  private async jurisdictionFor(actor: Actor, named: string | undefined): Promise<string> {
    if (!isOfficial(actor)) {
      return named === undefined
        ? this.jurisdictions.deployment
        : this.jurisdictions.requireKnown(named, 'jurisdiction');
    }
    if (named !== undefined) {
      throw new DomainRejectionError(
        ruleError(
          'validation',
          'jurisdiction-not-chosen',
          'symposia',
          {
            zh: '领导干部召集的座谈会属于其登记的辖区，不能另行指定',
            en: 'An official’s symposium is under the jurisdiction on their profile; it cannot be named',
          },
          { field: 'jurisdiction' },
        ),
      );
    }
    return this.officials.jurisdictionOf(actorId(actor));
  }

  private context() {
    return { today: chinaDateOf(this.clock.now()) };
  }

  @Get('jurisdictions/:jurisdiction/symposium-settings')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'How often a jurisdiction holds symposia (default once every half year)' })
  async settings(
    @PathParams(jurisdictionParam) { jurisdiction }: { jurisdiction: string },
  ): Promise<SymposiumSettings> {
    const known = this.jurisdictions.requireKnown(jurisdiction, 'params.jurisdiction');
    return (await streamState(this.store, symposiumSettingsDecider, symposiumSettingsStreamId(known)))
      .settings;
  }

  @Put('jurisdictions/:jurisdiction/symposium-settings')
  @Allow('administrator')
  @ApiOperation({ summary: 'Change how often a jurisdiction holds symposia (an event, with the reason)' })
  @ApiZodBody(changeSymposiumSettingsBody)
  async changeSettings(
    @PathParams(jurisdictionParam) { jurisdiction }: { jurisdiction: string },
    @ZodBody(changeSymposiumSettingsBody) body: ChangeSymposiumSettingsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<SymposiumSettings> {
    const { reason, ...settings } = body;
    this.jurisdictions.requireKnown(jurisdiction, 'params.jurisdiction');
    const result = await this.commands.handle(
      symposiumSettingsDecider,
      symposiumSettingsStreamId(jurisdiction),
      { type: 'ChangeSymposiumSettings', jurisdiction, settings, reason, changedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'symposium-settings'),
    );
    return result.state.settings;
  }

  @Post('symposia')
  @Allow(...CONVENERS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Schedule a symposium with enterprises and chambers' })
  @ApiZodBody(scheduleSymposiumBody)
  async schedule(
    @ZodBody(scheduleSymposiumBody) body: ScheduleSymposiumBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly symposiumId: string }> {
    const jurisdiction = await this.jurisdictionFor(actor, body.jurisdiction);
    const symposiumId = this.ids.next();
    await this.commands.handle(
      symposiumDecider,
      symposiumStreamId(symposiumId),
      {
        type: 'ScheduleSymposium',
        symposiumId,
        ...body,
        jurisdiction,
        date: body.date as never,
        scheduledBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'schedule-symposium'),
      this.context(),
    );
    return { symposiumId };
  }

  @Post('symposia/:symposiumId/attendance')
  @Allow(...CONVENERS)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Record who attended (enterprises by credit code, chambers by name), once it is held',
  })
  @ApiZodBody(recordAttendanceBody)
  async attendance(
    @PathParams(symposiumIdParam) { symposiumId }: { symposiumId: string },
    @ZodBody(recordAttendanceBody) body: RecordAttendanceBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<void> {
    await this.commands.handle(
      symposiumDecider,
      symposiumStreamId(symposiumId),
      { type: 'RecordAttendance', ...body, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'record-attendance'),
      this.context(),
    );
  }

  @Post('symposia/:symposiumId/problems')
  @Allow(...CONVENERS)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a problem an attending enterprise raised; it becomes an enterprise request',
  })
  @ApiZodBody(raiseSymposiumProblemBody)
  async problem(
    @PathParams(symposiumIdParam) { symposiumId }: { symposiumId: string },
    @ZodBody(raiseSymposiumProblemBody) body: RaiseSymposiumProblemBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly problemId: string }> {
    const problemId = this.ids.next();
    await this.commands.handle(
      symposiumDecider,
      symposiumStreamId(symposiumId),
      { type: 'RaiseSymposiumProblem', problemId, ...body, raisedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'raise-symposium-problem'),
      this.context(),
    );
    return { problemId };
  }

  @Get('symposia')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'A jurisdiction’s symposia of a year, and whether each period met its minimum' })
  async list(
    @ZodQuery(symposiumListQuery) query: SymposiumListQuery,
    @CurrentActor() actor: Actor,
  ): Promise<{
    readonly items: readonly { symposiumId: string; title: string; date: string; status: string }[];
    readonly compliance: readonly PeriodCompliance[];
  }> {
    // Without `jurisdiction`: an official's own, everyone else's the deployment's. Reading another's is fine.
    const jurisdiction =
      query.jurisdiction ??
      (isOfficial(actor)
        ? await this.officials.jurisdictionOf(actorId(actor))
        : this.jurisdictions.deployment);
    const { rows } = await this.db.query<SymposiumRow>(
      `SELECT symposium_id, title, date, convener_unit_id, status, enterprises, chambers FROM liaison_symposia
        WHERE jurisdiction = $1 AND date >= $2 AND date <= $3 ORDER BY date, symposium_id LIMIT ${YEAR_LIMIT}`,
      [jurisdiction, `${query.year}-01-01`, `${query.year}-12-31`],
    );
    const settings = await this.settings({ jurisdiction });
    return {
      items: rows.map((r) => ({
        symposiumId: r.symposium_id,
        title: r.title,
        date: r.date,
        status: r.status,
      })),
      compliance: symposiumCompliance(
        settings,
        query.year,
        rows.filter((r) => r.status === 'held').map((r) => r.date),
      ),
    };
  }

  @Get('symposia/:symposiumId')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'One symposium: attendance and problems (contact phones masked)' })
  async one(@PathParams(symposiumIdParam) { symposiumId }: { symposiumId: string }): Promise<unknown> {
    const { rows } = await this.db.query<SymposiumRow>(
      'SELECT symposium_id, title, date, convener_unit_id, status, enterprises, chambers FROM liaison_symposia WHERE symposium_id = $1',
      [symposiumId],
    );
    const row = rows[0];
    if (row === undefined) {
      throw new NotFoundException({
        error: 'symposium-not-found',
        message: { zh: '没有这次座谈会', en: 'There is no such symposium' },
      });
    }
    const problems = await this.db.query<Record<string, string>>(
      `SELECT problem_id, enterprise_credit_code, enterprise_name, title, description, contact_name, contact_phone
         FROM liaison_symposium_problems WHERE symposium_id = $1 ORDER BY problem_id LIMIT 500`,
      [symposiumId],
    );
    return {
      symposiumId: row.symposium_id,
      title: row.title,
      date: row.date,
      convenerUnitId: row.convener_unit_id,
      status: row.status,
      enterprises: parse(row.enterprises),
      chambers: parse(row.chambers),
      problems: problems.rows.map((p) => ({
        problemId: p['problem_id'],
        enterprise: { creditCode: p['enterprise_credit_code'], name: p['enterprise_name'] },
        title: p['title'],
        description: p['description'],
        contact: { name: p['contact_name'], phone: maskPhone(p['contact_phone'] ?? '') },
      })),
    };
  }
}
