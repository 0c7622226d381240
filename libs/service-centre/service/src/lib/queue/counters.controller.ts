import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type CounterView,
  linkVisitOutcomeBody,
  type LinkVisitOutcomeBody,
  transferTicketBody,
  type TransferTicketBody,
} from '@qinqing/service-centre/contracts';
import {
  currentTicketAt,
  type QueueDayCommand,
  type QueueDayState,
  type QueueSetupState,
  queueRuleError,
  waitingAt,
} from '@qinqing/service-centre/domain';
import { DomainRejectionError, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, SQL_DATABASE, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { assertOperates, centreOf } from './queue-access';
import { QueueCommands } from './queue-commands';
import { checkedQueueId, checkedTicketId } from './queue-ids';
import { QueueReader } from './queue-reader';

type CounterAction = 'call-next' | 'recall' | 'start' | 'finish' | 'no-show';

const COMMAND_OF: Readonly<Record<CounterAction, QueueDayCommand['type']>> = {
  'call-next': 'CallNextTicket',
  recall: 'RecallTicket',
  start: 'StartService',
  finish: 'FinishVisit',
  'no-show': 'MarkNoShow',
};

const counterViewOf = (
  centreId: string,
  counterId: string,
  setup: QueueSetupState,
  day: QueueDayState,
): CounterView => {
  const counter = setup.counters.find((c) => c.counterId === counterId);
  if (counter === undefined)
    throw new NotFoundException({
      error: 'unknown-counter',
      message: { zh: `本中心没有窗口“${counterId}”`, en: `The centre has no counter “${counterId}”` },
    });
  const current = currentTicketAt(day, counterId);
  return {
    centreId,
    counterId,
    name: counter.name,
    open: counter.open,
    waiting: waitingAt(day, counter),
    current:
      current === undefined
        ? null
        : {
            ticketId: current.ticketId,
            number: current.number,
            serviceId: current.serviceId,
            priority: current.priority,
            status: current.status === 'serving' ? 'serving' : 'called',
            calledAt: current.calledAt,
            transferred: current.waitingSince !== current.takenAt,
          },
    recentlyFinished: day.tickets
      .filter((t) => t.status === 'finished' && t.outcomes.length === 0)
      .slice(-5)
      .reverse()
      .map((t) => ({ ticketId: t.ticketId, number: t.number })),
  };
};

/**
 * A counter screen's actions, each on the counter's current ticket (one tap): call the next ticket by the
 * call-order rule, re-call it, start serving, finish, mark a no-show, transfer to another counter; and link
 * what a visit produced. The centre's own service staff only.
 */
@ApiTags('service-centre')
@Controller('service-centre/queue/centres/:centreId')
export class CountersController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly commands: QueueCommands,
    private readonly reader: QueueReader,
  ) {}

  @Get('counters/:counterId')
  @Allow('service-staff')
  @ApiOperation({ summary: 'A counter now: its current ticket and how many wait for it' })
  async counter(
    @Param('centreId') centreId: string,
    @Param('counterId') rawCounterId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CounterView> {
    assertOperates(actor, centreId);
    await centreOf(this.db, centreId);
    const counterId = checkedQueueId(rawCounterId, 'counterId');
    const [setup, day] = await Promise.all([
      this.reader.setup(centreId),
      this.reader.day(centreId, this.reader.today()),
    ]);
    return counterViewOf(centreId, counterId, setup, day);
  }

  @Post('counters/:counterId/transfer')
  @HttpCode(200)
  @Allow('service-staff')
  @ApiOperation({
    summary: 'Transfer the counter’s current ticket to another open counter (called there first)',
  })
  @ApiZodBody(transferTicketBody)
  async transfer(
    @Param('centreId') centreId: string,
    @Param('counterId') rawCounterId: string,
    @ZodBody(transferTicketBody) body: TransferTicketBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CounterView> {
    assertOperates(actor, centreId);
    await centreOf(this.db, centreId);
    const counterId = checkedQueueId(rawCounterId, 'counterId');
    const { state, setup } = await this.commands.decide(
      centreId,
      {
        type: 'TransferTicket',
        counterId,
        toCounterId: checkedQueueId(body.toCounterId, 'toCounterId'),
        by: actorId(actor),
      },
      commandMetadataFor(request, actor, 'queue-transfer'),
    );
    return counterViewOf(centreId, counterId, setup, state);
  }

  @Post('counters/:counterId/:action')
  @HttpCode(200)
  @Allow('service-staff')
  @ApiOperation({
    summary: 'Call the next ticket, re-call, start serving, finish or mark a no-show at a counter',
  })
  async act(
    @Param('centreId') centreId: string,
    @Param('counterId') rawCounterId: string,
    @Param('action') action: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CounterView> {
    assertOperates(actor, centreId);
    await centreOf(this.db, centreId);
    const counterId = checkedQueueId(rawCounterId, 'counterId');
    const type = Object.hasOwn(COMMAND_OF, action) ? COMMAND_OF[action as CounterAction] : undefined;
    if (type === undefined)
      throw new NotFoundException({
        error: 'unknown-counter-action',
        message: {
          zh: '窗口操作为 call-next、recall、start、finish、no-show 或 transfer',
          en: 'A counter action is call-next, recall, start, finish, no-show or transfer',
        },
      });
    const { state, setup } = await this.commands.decide(
      centreId,
      { type, counterId, by: actorId(actor) } as QueueDayCommand,
      commandMetadataFor(request, actor, `queue-${action}`),
    );
    return counterViewOf(centreId, counterId, setup, state);
  }

  @Post('tickets/:ticketId/outcomes')
  @HttpCode(201)
  @Allow('service-staff')
  @ApiOperation({
    summary:
      'Link what a visit produced (request, objection, repair application, registration); requests are checked against the centre’s replica',
  })
  @ApiZodBody(linkVisitOutcomeBody)
  async link(
    @Param('centreId') centreId: string,
    @Param('ticketId') rawTicketId: string,
    @ZodBody(linkVisitOutcomeBody) body: LinkVisitOutcomeBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly ticketId: string; readonly outcomes: readonly { kind: string; refId: string }[] }> {
    assertOperates(actor, centreId);
    await centreOf(this.db, centreId);
    const ticketId = checkedTicketId(rawTicketId);
    const { rows } = await this.db.query<{ day: string }>(
      'SELECT day FROM service_centre_queue_visits WHERE ticket_id = $1 AND centre_id = $2',
      [ticketId, centreId],
    );
    const day = rows[0]?.day ?? this.reader.today();
    const refId = body.refId.trim();
    const verified = body.kind === 'request' ? await this.requestKnown(refId) : false;
    if (body.kind === 'request' && !verified)
      throw new DomainRejectionError(
        queueRuleError(
          'validation',
          'unknown-request',
          'visit-outcomes',
          {
            zh: '本中心尚未收到这件诉求（请核对编号，刚提交的请稍后再试）',
            en: 'The centre knows no such request (check the id; one just filed may take a moment)',
          },
          { field: 'refId' },
        ),
      );
    const { state } = await this.commands.decide(
      centreId,
      { type: 'LinkVisitOutcome', ticketId, kind: body.kind, refId, verified, by: actorId(actor) },
      commandMetadataFor(request, actor, 'link-visit-outcome'),
      day,
    );
    return { ticketId, outcomes: state.tickets.find((t) => t.ticketId === ticketId)?.outcomes ?? [] };
  }

  /** Requests are the one kind the centre can check: it keeps a replica of the appeals requests it heard of. */
  private async requestKnown(requestId: string): Promise<boolean> {
    const { rows } = await this.db.query<{ request_id: string }>(
      'SELECT request_id FROM service_centre_request_facts WHERE request_id = $1',
      [requestId],
    );
    return rows.length > 0;
  }
}
