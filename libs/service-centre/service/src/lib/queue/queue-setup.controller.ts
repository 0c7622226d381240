import { Controller, Get, HttpCode, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type QueueSetupView,
  setCentreAreaBody,
  type SetCentreAreaBody,
  setQueueCounterBody,
  type SetQueueCounterBody,
  setQueueServiceBody,
  type SetQueueServiceBody,
} from '@qinqing/service-centre/contracts';
import {
  estimatedWaitMinutes,
  type QueueDayState,
  type QueueSetupCommand,
  type QueueSetupState,
} from '@qinqing/service-centre/domain';
import { processDivisionDirectory } from '@qinqing/shared/divisions';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { assertKnownDivision } from '../application/known-division';
import { ApiZodBody, SQL_DATABASE, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from '../service-centre.env';
import { assertConfigures, assertReads, centreOf } from './queue-access';
import { QueueCommands } from './queue-commands';
import { checkedQueueId } from './queue-ids';
import { QueueReader } from './queue-reader';

/**
 * A centre's walk-in queue set-up: its services (each with a ticket prefix) and counters (the services each
 * calls). Administrators and the centre's service staff set them; the centre's staff, its kiosks, supervisors
 * and administrators read them, with today's waiting count and estimated wait per service.
 */
@ApiTags('service-centre')
@Controller('service-centre/queue/centres/:centreId')
export class QueueSetupController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(SERVICE_CENTRE_OPTIONS) private readonly options: ServiceCentreOptions,
    private readonly commands: QueueCommands,
    private readonly reader: QueueReader,
  ) {}

  @Get()
  @Allow('service-staff', 'supervisor', 'administrator', 'kiosk-device', 'kiosk-enterprise')
  @ApiOperation({
    summary: 'A centre’s queue services and counters, with today’s waiting count and estimated wait',
  })
  async view(@Param('centreId') centreId: string, @CurrentActor() actor: Actor): Promise<QueueSetupView> {
    assertReads(actor, centreId);
    const centre = await centreOf(this.db, centreId);
    const [setup, day] = await Promise.all([
      this.reader.setup(centreId),
      this.reader.day(centreId, this.reader.today()),
    ]);
    return this.viewOf(centreId, centre.name, setup, day);
  }

  @Put('services/:serviceId')
  @HttpCode(200)
  @Allow('service-staff', 'administrator')
  @ApiOperation({
    summary: 'Set a service of the centre’s queue (name, one-letter ticket prefix, in use or not)',
  })
  @ApiZodBody(setQueueServiceBody)
  async setService(
    @Param('centreId') centreId: string,
    @Param('serviceId') rawServiceId: string,
    @ZodBody(setQueueServiceBody) body: SetQueueServiceBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<QueueSetupView> {
    return this.configure(actor, centreId, request, 'set-queue-service', () => ({
      type: 'SetQueueService',
      centreId,
      serviceId: checkedQueueId(rawServiceId, 'serviceId'),
      ...body,
      setBy: actorId(actor),
    }));
  }

  @Put('counters/:counterId')
  @HttpCode(200)
  @Allow('service-staff', 'administrator')
  @ApiOperation({ summary: 'Set a counter of the centre (name, the services it calls, open or closed)' })
  @ApiZodBody(setQueueCounterBody)
  async setCounter(
    @Param('centreId') centreId: string,
    @Param('counterId') rawCounterId: string,
    @ZodBody(setQueueCounterBody) body: SetQueueCounterBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<QueueSetupView> {
    return this.configure(actor, centreId, request, 'set-queue-counter', () => ({
      type: 'SetQueueCounter',
      centreId,
      counterId: checkedQueueId(rawCounterId, 'counterId'),
      ...body,
      setBy: actorId(actor),
    }));
  }

  @Put('area')
  @HttpCode(200)
  @Allow('administrator')
  @ApiOperation({ summary: 'Set the centre’s level and the county it serves (GB/T 2260)' })
  @ApiZodBody(setCentreAreaBody)
  async setArea(
    @Param('centreId') centreId: string,
    @ZodBody(setCentreAreaBody) body: SetCentreAreaBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<QueueSetupView> {
    return this.configure(actor, centreId, request, 'set-centre-area', () => {
      assertKnownDivision(body.areaCode);
      return { type: 'SetCentreArea', centreId, ...body, setBy: actorId(actor) };
    });
  }

  /**
   * The steps every set-up change shares: the caller configures this centre and the centre exists, before the
   * command is built (its own checks answer 400 only to a caller who may make it); then the command, and the
   * set-up as it now stands with today's queue.
   */
  private async configure(
    actor: Actor,
    centreId: string,
    request: Request,
    commandName: string,
    commandOf: () => QueueSetupCommand,
  ): Promise<QueueSetupView> {
    assertConfigures(actor, centreId);
    const centre = await centreOf(this.db, centreId);
    const setup = await this.commands.configure(
      centreId,
      commandOf(),
      commandMetadataFor(request, actor, commandName),
    );
    return this.viewOf(centreId, centre.name, setup, await this.reader.day(centreId, this.reader.today()));
  }

  private viewOf(
    centreId: string,
    centre: { zh: string; en: string },
    setup: QueueSetupState,
    day: QueueDayState,
  ): QueueSetupView {
    return {
      centreId,
      centre,
      area:
        setup.area === null
          ? null
          : {
              ...setup.area,
              areaName: processDivisionDirectory.lookup(setup.area.areaCode)?.name ?? null,
            },
      services: setup.services.map((s) => ({
        ...s,
        waiting: day.tickets.filter((t) => t.serviceId === s.serviceId && t.status === 'waiting').length,
        estimatedWaitMinutes: estimatedWaitMinutes(
          day,
          setup,
          s.serviceId,
          this.options.queue.defaultServiceMinutes,
        ),
      })),
      counters: setup.counters,
    };
  }
}
