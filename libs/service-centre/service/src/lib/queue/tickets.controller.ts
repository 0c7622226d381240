import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  rateVisitBody,
  type RateVisitBody,
  takeTicketBody,
  type TakeTicketBody,
  type TicketAnswer,
} from '@qinqing/service-centre/contracts';
import { estimatedWaitMinutes, wrongTicketCode } from '@qinqing/service-centre/domain';
import { DomainRejectionError, type IdGenerator, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ID_GENERATOR, SQL_DATABASE, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from '../service-centre.env';
import { centreOf, kioskCentreOf } from './queue-access';
import { QueueCommands } from './queue-commands';
import { newTicketCode } from './queue-ids';

/**
 * The kiosk's side of the walk-in queue: take a ticket for a service of the kiosk's own centre (priority for
 * the elderly and appointments), and rate the visit afterwards with the code printed on the ticket.
 */
@ApiTags('service-centre')
@Controller('service-centre/queue')
export class TicketsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SERVICE_CENTRE_OPTIONS) private readonly options: ServiceCentreOptions,
    private readonly commands: QueueCommands,
  ) {}

  @Post('tickets')
  @HttpCode(201)
  @Allow('kiosk-device', 'kiosk-enterprise')
  @ApiOperation({
    summary: 'Take a ticket at the kiosk: its number, rating code, tickets ahead and estimated wait',
  })
  @ApiZodBody(takeTicketBody)
  async take(
    @ZodBody(takeTicketBody) body: TakeTicketBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<TicketAnswer> {
    const centreId = kioskCentreOf(actor);
    const centre = await centreOf(this.db, centreId);
    const ticketId = this.ids.next();
    const { state, setup } = await this.commands.decide(
      centreId,
      {
        type: 'TakeTicket',
        ticketId,
        serviceId: body.serviceId,
        priority: body.priority,
        code: newTicketCode(),
        takenBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'take-queue-ticket'),
    );
    const ticket = state.tickets.find((t) => t.ticketId === ticketId);
    const service = setup.services.find((s) => s.serviceId === body.serviceId);
    if (ticket === undefined || service === undefined) throw new Error('The queue decider took no ticket');
    const ahead = state.tickets.filter(
      (t) => t.status === 'waiting' && t.serviceId === ticket.serviceId && t.ticketId !== ticketId,
    ).length;
    return {
      ticketId,
      number: ticket.number,
      code: ticket.code,
      service: service.name,
      centre: centre.name,
      priority: ticket.priority,
      waitingAhead: ahead,
      // The wait of the tickets ahead: the formula counts the waiting ones, this ticket among them.
      estimatedWaitMinutes: estimatedWaitMinutes(
        { ...state, tickets: state.tickets.filter((t) => t.ticketId !== ticketId) },
        setup,
        ticket.serviceId,
        this.options.queue.defaultServiceMinutes,
      ),
      takenAt: ticket.takenAt,
    };
  }

  @Post('ratings')
  @HttpCode(200)
  @Allow('kiosk-device', 'kiosk-enterprise')
  @ApiOperation({
    summary:
      'Rate a finished visit of the kiosk’s centre once (one to five), with the code printed on its ticket; 404 for a code that rates nothing here',
  })
  @ApiZodBody(rateVisitBody)
  async rate(
    @ZodBody(rateVisitBody) body: RateVisitBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly number: string; readonly rating: number }> {
    const code = body.code.toUpperCase();
    const { rows } = await this.db.query<{
      ticket_id: string;
      centre_id: string;
      day: string;
      number: string;
    }>('SELECT ticket_id, centre_id, day, number FROM service_centre_queue_visits WHERE code = $1', [code]);
    const visit = rows[0];
    // A kiosk rates the visits of its own centre: another centre's code is answered as if unknown.
    if (visit === undefined || visit.centre_id !== kioskCentreOf(actor))
      throw new DomainRejectionError(wrongTicketCode);
    await this.commands.decide(
      visit.centre_id,
      { type: 'RateVisit', ticketId: visit.ticket_id, code, rating: body.rating },
      commandMetadataFor(request, actor, 'rate-queue-visit'),
      visit.day,
    );
    return { number: visit.number, rating: body.rating };
  }
}
